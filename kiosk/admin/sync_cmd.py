"""`kiosk-admin sync` and `kiosk-admin status`: one check-and-install for scheduled tasks, and
what the last check found."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.catalog.repository import CatalogError
from kiosk.config import Config, ConfigError, defaults, load
from kiosk.paths import Paths
from kiosk.sync.install import sync_once
from kiosk.sync.keys import SigningKeyError, parse_public
from kiosk.sync.lock import LockBusy, sync_lock
from kiosk.sync.outcome import CURRENT, FAILED, UPDATED
from kiosk.sync.sources import open_source
from kiosk.sync.status import InstalledCatalog, status_report
from kiosk.sync.store import CatalogStore

# Exit codes scripts can tell apart.
EXIT = {UPDATED: 0, CURRENT: 10, FAILED: 1}

DATA_DIR_HELP = (
    "the kiosk's data folder, as for kiosk --data-dir: the site configuration is then "
    "DIR/config/kiosk.toml"
)


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "sync",
        help="check for a newer catalog and install it",
        description="Check the publish source once and install a newer signed catalog. "
        "Exit 0: updated; 10: already current; 1: failed (the reason is printed "
        "and kept for status). The running catalog is never touched by a "
        "failure.",
    )
    p.add_argument(
        "--source",
        help="the publish folder or web address (default: sync.source from the kiosk "
        "configuration)",
    )
    p.add_argument("--data-dir", type=Path, help=DATA_DIR_HELP)
    p.add_argument("--config", type=Path, help="a kiosk configuration file to use last")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="PUBKEY",
        help="also trust this public key (ed25519:...); the configuration's "
        "sync.trusted_keys are always trusted",
    )
    p.set_defaults(run=run_sync)
    s = verbs.add_parser(
        "status",
        help="show the installed catalog and the last sync",
        description="Show the current and previous catalog, whether it is the sample, which "
        "BLS release and area its careers' pay is from, and what the last sync found.",
    )
    s.add_argument("--data-dir", type=Path, help=DATA_DIR_HELP)
    s.add_argument("--json", action="store_true", help="print JSON for scripts")
    s.add_argument("--config", type=Path, help="a kiosk configuration file to use last")
    s.set_defaults(run=run_status)
    r = verbs.add_parser(
        "rollback",
        help="go back to the previous catalog",
        description="Switch the kiosk back to its previous catalog. It stays pinned there: "
        "sync skips the version rolled away from until a newer one is published. "
        "A running kiosk shows it from its next attract screen.",
    )
    r.add_argument("--data-dir", type=Path, help="the kiosk's data folder")
    r.set_defaults(run=run_rollback)


def _store(data_dir: Path | None) -> CatalogStore:
    return CatalogStore(Paths.resolve(data_dir).data_dir)


def _config(data_dir: Path | None, path: Path | None) -> Config:
    # The configuration a kiosk started with the same --data-dir reads, not the machine's.
    return load(Paths.resolve(data_dir).config_files(path))


def run_sync(args: argparse.Namespace) -> int:
    try:
        config = _config(args.data_dir, args.config)
        trusted = [parse_public(text) for text in [*config.sync_trusted_keys, *args.trust]]
    except (ConfigError, SigningKeyError) as exc:
        print(f"sync: failed: {exc}")
        return EXIT[FAILED]
    source = args.source or config.sync_source
    if not source:
        print(
            "sync: failed: no source (give --source, or set sync.source in the kiosk configuration)"
        )
        return EXIT[FAILED]
    if not trusted:
        print(
            "sync: failed: no trusted public key (set sync.trusted_keys in the kiosk "
            "configuration, or give --trust ed25519:...)"
        )
        return EXIT[FAILED]
    outcome = sync_once(_store(args.data_dir), open_source(source), trusted)
    print(f"sync: {outcome.result}: {outcome.reason}")
    return EXIT[outcome.result]


def run_rollback(args: argparse.Namespace) -> int:
    store = _store(args.data_dir)
    try:
        with sync_lock(store.folder):
            from_version, to_version = store.rollback()
    except (CatalogError, LockBusy) as exc:
        print(f"rollback: failed: {exc}")
        return 1
    except OSError as exc:  # the pointer could not be replaced: nothing changed
        print(f"rollback: failed: the catalog folder cannot be written ({exc})")
        return 1
    print(
        f"rollback: now on catalog version {to_version}; version {from_version} and older "
        "will be skipped until a newer one is published"
    )
    return 0


def run_status(args: argparse.Namespace) -> int:
    try:
        interval = _config(args.data_dir, args.config).sync_interval_minutes
    except ConfigError:
        interval = defaults().sync_interval_minutes
    report = status_report(_store(args.data_dir), interval)
    if args.json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        for role, entry in (("current", report.current), ("previous", report.previous)):
            print(f"{role}: {_catalog_text(entry)}")
        last = report.last_sync
        print(f"last sync: {last.last_check or 'never'} {last.result or ''} {last.reason}".rstrip())
        print(f"source: {last.source or 'none yet'}")
        print(f"next check: {report.next_check} (by the running kiosk)")
    return 0 if report.healthy else 1


def _catalog_text(entry: InstalledCatalog | None) -> str:
    if entry is None:
        return "none"
    if entry.error:
        return f"{entry.file}: {entry.error}"
    sample = " (sample)" if entry.sample else ""
    # Which BLS release and area the careers' pay is from: what to check after a spring update.
    pay = entry.pay_source or "none joined"
    return f"version {entry.version}{sample}, built {entry.created}; pay: {pay}"
