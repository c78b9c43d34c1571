"""One check-and-install: fetch the manifest, verify everything, and only then switch.

Order matters. Nothing in the store changes until the new file is complete, matches its
signed size and hash, opens read-only, passes an integrity check and carries the expected
schema and catalog version; then the pointer is replaced atomically. A failure at any step
leaves the current catalog untouched, and the reason is kept for `status`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk import __version__
from kiosk.catalog.repository import CatalogError, Repository
from kiosk.catalog.schema import SCHEMA_VERSION
from kiosk.files import is_refused, read_shared, replace_retrying, retry_refused, write_atomically
from kiosk.sync.keys import PublicKey
from kiosk.sync.lock import LockBusy, sync_lock
from kiosk.sync.manifest import Manifest, ManifestError, verify, version_tuple
from kiosk.sync.outcome import CURRENT, FAILED, UPDATED, Outcome, SyncResult
from kiosk.sync.sources import Source, SourceError, Validators
from kiosk.sync.store import CatalogStore

STATE = "sync-state.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncState:
    """What the last check found; shown by `kiosk-admin status` and the admin panel."""

    source: str = ""
    last_check: str = ""
    last_success: str = ""  # the last check that did not fail ("": none yet)
    result: SyncResult | None = None  # None: never checked
    reason: str = ""
    version: int = -1
    etag: str = ""
    last_modified: str = ""
    history: list[str] = field(default_factory=list)


class Refused(Exception):
    """The published catalog may not be installed; the message is the reason."""


class Current(Exception):
    """The published catalog is the one installed."""


def read_state(store: CatalogStore) -> SyncState:
    try:
        raw = json.loads(read_shared(store.folder / STATE).decode("utf-8"))
        known = {k: v for k, v in raw.items() if k in SyncState.__dataclass_fields__}
        known["result"] = SyncResult(known["result"]) if known.get("result") else None
        return SyncState(**known)
    except (OSError, ValueError, TypeError, AttributeError):
        return SyncState()


def sync_once(
    store: CatalogStore,
    source: Source,
    trusted: Iterable[PublicKey],
    *,
    app_version: str = __version__,
    now: dt.datetime | None = None,
) -> Outcome:
    now = now or dt.datetime.now(dt.UTC)
    try:
        with sync_lock(store.folder):
            _remove_leftovers(store)
            outcome, validators = _check_and_install(store, source, list(trusted), app_version, now)
            try:
                _remember(store, source, outcome, validators, now)
            except OSError as exc:  # the catalog is installed or not either way
                if not is_refused(exc):  # a refusal has been reported where it happened
                    log.warning("the sync state was not saved: %s", exc)
            return outcome
    except LockBusy as busy:
        return Outcome(FAILED, str(busy), store.current_version())


def _remove_leftovers(store: CatalogStore) -> None:
    """Partial downloads and half-written small files of a sync that was killed. Only a sync
    writes them, and this one holds the lock."""
    for pattern in (".*.part", f".{STATE}.*.tmp", ".current.json.*.tmp"):
        for path in store.folder.glob(pattern):
            with contextlib.suppress(OSError):
                path.unlink()


def _check_and_install(
    store: CatalogStore,
    source: Source,
    trusted: list[PublicKey],
    app_version: str,
    now: dt.datetime,
) -> tuple[Outcome, Validators]:
    state = read_state(store)
    current = store.current_version()
    since = Validators(state.etag, state.last_modified) if current >= 0 else Validators()
    try:
        response = source.manifest(since)
        if response.data is None:
            return Outcome(CURRENT, "the manifest has not changed", current), since
        manifest = verify(response.data, trusted)
        pointer = store.pointer()
        pin = pointer.rolled_back_from if pointer else None
        if pin is not None and manifest.catalog_version <= pin:
            raise Current(
                f"catalog version {pin} was rolled back; version "
                f"{current} stays until a newer one is published"
            )
        _check_manifest(manifest, current, app_version, now)
        _install(store, source, manifest)
    except (SourceError, ManifestError, Refused) as exc:
        # Validators are kept only for what was installed, so a refused manifest is looked at
        # again next time (it may be fixed without changing).
        return Outcome(FAILED, str(exc), current), since
    except OSError as exc:  # a full disk, or a file another program holds on to for good
        reason = f"the catalog folder cannot be written ({exc.strerror or exc})"
        return Outcome(FAILED, reason, current), since
    except Current as same:
        return Outcome(CURRENT, str(same), current), response.validators
    return (
        Outcome(
            UPDATED,
            f"installed catalog version {manifest.catalog_version}",
            manifest.catalog_version,
        ),
        response.validators,
    )


def _check_manifest(manifest: Manifest, current: int, app_version: str, now: dt.datetime) -> None:
    if manifest.catalog_version == current:
        raise Current(f"catalog version {current} is already installed")
    if manifest.catalog_version < current:
        raise Refused(
            f"the published catalog version {manifest.catalog_version} is older "
            f"than the installed version {current}"
        )
    if manifest.expired(now):
        raise Refused(
            f"the manifest expired on {manifest.expires}; the publisher must publish again"
        )
    if version_tuple(manifest.min_app_version) > version_tuple(app_version):
        raise Refused(
            f"the catalog needs kiosk app {manifest.min_app_version} or newer "
            f"(this is {app_version})"
        )
    if manifest.schema_version != SCHEMA_VERSION:
        raise Refused(
            f"the catalog has schema {manifest.schema_version}; this app reads "
            f"schema {SCHEMA_VERSION}"
        )


def _install(store: CatalogStore, source: Source, manifest: Manifest) -> None:
    store.folder.mkdir(parents=True, exist_ok=True)
    name = f"catalog-v{manifest.catalog_version}.catalog"
    part = store.folder / f".{name}.{os.getpid()}.part"
    try:
        digest = source.download(manifest.file, manifest.size, part)
        if digest != manifest.sha256:
            raise Refused(
                "the downloaded catalog does not match the manifest's sha256 (damaged or tampered)"
            )
        _check_catalog(part, manifest)
        # An antivirus scans the new file the moment it is closed: both may be refused for that.
        retry_refused(lambda: _flush_to_disk(part), part)
        replace_retrying(part, store.folder / name)
    finally:
        # One try: a part file still held is swept away by the next sync (_remove_leftovers).
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
    store.switch_to(name)
    pointer = store.pointer()
    store.keep_only({name, pointer.previous or name} if pointer else {name})


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _check_catalog(path: Path, manifest: Manifest) -> None:
    try:
        with Repository(path) as repo:
            version = repo.info().catalog_version
            result = repo.integrity()
    except (CatalogError, sqlite3.Error) as exc:
        raise Refused(f"the signed file is not a usable catalog ({exc})") from exc
    if result != "ok":
        raise Refused(f"the catalog failed its integrity check ({result})")
    if version != manifest.catalog_version:
        raise Refused(
            f"the file holds catalog version {version}, the manifest says "
            f"{manifest.catalog_version}"
        )


def _remember(
    store: CatalogStore, source: Source, outcome: Outcome, validators: Validators, now: dt.datetime
) -> None:
    before = read_state(store)
    line = f"{now.isoformat(timespec='seconds')} {outcome.result}: {outcome.reason}"
    state = SyncState(
        source=source.description,
        last_check=now.isoformat(timespec="seconds"),
        last_success=(
            before.last_success if outcome.result is FAILED else now.isoformat(timespec="seconds")
        ),
        result=outcome.result,
        reason=outcome.reason,
        version=outcome.version,
        etag=validators.etag,
        last_modified=validators.last_modified,
        history=[line, *before.history][:20],
    )
    store.folder.mkdir(parents=True, exist_ok=True)
    write_atomically(store.folder / STATE, json.dumps(asdict(state), indent=2).encode())
