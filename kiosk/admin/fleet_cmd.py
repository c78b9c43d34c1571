"""`kiosk-admin fleet DIR`: every kiosk of a status folder in one table, worst first, for
IT and for a scheduled task that alerts (exit 0 only when every kiosk is ok)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.fleet.verdicts import KioskRow, Verdict, duration, read_fleet

EXIT_ALL_OK, EXIT_NOT_ALL_OK, EXIT_UNREADABLE = 0, 1, 2
COLUMNS = ("KIOSK", "APP", "CATALOG", "LAST SYNC", "LAST SEEN", "VERDICT")


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "fleet",
        help="list every kiosk's health from a folder of status files",
        description="Read the status files kiosks write to a shared folder (health.report_dir) "
        "and print one row per kiosk, worst first: its name, app and catalog version, last "
        "sync and its result, when it was last seen and a verdict: failing (out of service, "
        "its sync failing or its status file unusable), silent (not seen for more than twice "
        "its report interval), behind (an older catalog than the newest published, with "
        "--published) or ok. Exit 0 only when every kiosk is ok, 1 when any is not or none "
        "reported, 2 when a folder cannot be read.",
    )
    p.add_argument("folder", type=Path, help="the folder the kiosks write their status to")
    p.add_argument(
        "--published",
        metavar="SOURCE",
        help="where catalogs are published (a folder or a web address, as in the kiosks' "
        "sync.source): kiosks showing an older catalog are behind",
    )
    p.add_argument("--json", action="store_true", help="print JSON (for scripts) instead")
    p.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        help="seconds to wait for a folder or web address that does not answer (default 30)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    newest: int | None = None
    if args.published:
        try:
            newest = _within(args.timeout, lambda: _published_version(args.published, args.timeout))
        except Exception as exc:
            return _fail(f"{args.published}: the published manifest cannot be read ({exc})")
    now = time.time()
    try:
        rows: list[KioskRow] = _within(args.timeout, lambda: read_fleet(args.folder, now, newest))
    except (OSError, TimeoutError) as exc:
        return _fail(f"{args.folder}: cannot be read ({_reason(exc)})")
    if args.json:
        print(json.dumps([_as_json(row) for row in rows], indent=2, ensure_ascii=False))
    else:
        _print_table(rows, now)
    if not rows:
        print(f"kiosk-admin fleet: no kiosk status files in {args.folder}", file=sys.stderr)
        return EXIT_NOT_ALL_OK
    return EXIT_ALL_OK if all(r.verdict is Verdict.OK for r in rows) else EXIT_NOT_ALL_OK


def _published_version(source: str, timeout: float) -> int:
    from kiosk.sync.manifest import read_unverified
    from kiosk.sync.sources import Validators, open_source

    data = open_source(source, timeout=timeout).manifest(Validators()).data
    if data is None:
        raise ValueError("no manifest")
    # Only its version is wanted, to compare: a forged one could only make kiosks look behind.
    return read_unverified(data).catalog_version


def _within[T](timeout: float, work: Callable[[], T]) -> T:
    """Run `work` in a thread and give up after `timeout` s: a share that hangs must not
    hold a scheduled task for ever."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name="fleet-read", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError(f"no answer within {timeout:g} s")
    if "error" in box:
        raise box["error"]
    value: T = box["value"]
    return value


def _print_table(rows: list[KioskRow], now: float) -> None:
    table = [list(COLUMNS)] + [_cells(row, now) for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    for line in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        )


def _cells(row: KioskRow, now: float) -> list[str]:
    verdict = f"{row.verdict}: {row.why}" if row.why else str(row.verdict)
    f = row.figures
    if f is None:
        return [row.name, "?", "?", "?", "?", verdict]
    catalog = str(f.catalog_version) + (" (sample)" if f.catalog_sample else "")
    if f.catalog_version < 0:
        catalog = "none"
    last_sync = f.sync_last_result
    if f.sync_last_check:
        last_sync = f"{_when(f.sync_last_check)} {f.sync_last_result}"
    return [row.name, f.app_version, catalog, last_sync, _ago(f.written, now), verdict]


def _when(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")


def _ago(seconds: float, now: float) -> str:
    return f"{_when(seconds)} ({duration(now - seconds)} ago)"


def _as_json(row: KioskRow) -> dict[str, Any]:
    figures = row.figures.as_json() if row.figures else None
    return {"name": row.name, "verdict": str(row.verdict), "why": row.why, "figures": figures}


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def _fail(message: str) -> int:
    print(f"kiosk-admin fleet: {message}", file=sys.stderr)
    return EXIT_UNREADABLE
