"""`kiosk-admin report`: the daily usage counts for a period, as a CSV file."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path
from typing import Any

from kiosk.paths import Paths
from kiosk.usage import MEASURES, USAGE_FILE, UsageError, csv_rows, read_counts


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-09-01") from exc


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "report",
        help="write the usage counts for a period to a CSV file",
        description="Write the kiosk's daily usage counts from --since to --until (both "
        "included) as CSV with the columns day, measure, item, count. Measures: "
        + "; ".join(f"{name} ({meaning})" for name, meaning in MEASURES.items())
        + ". Only whole-day totals exist: nothing about any student is kept.",
    )
    p.add_argument("--since", type=_day, required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--until", type=_day, default=dt.date.today(), help="last day (default: today)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the CSV file to write")
    p.add_argument("--data-dir", type=Path, help="the kiosk's data folder")
    p.add_argument(
        "--force", action="store_true", help="replace the output even if it is not a report"
    )
    p.set_defaults(run=run)


REPORT_HEADER = ",".join(csv_rows([])[0])


def _replaceable(path: Path) -> bool:
    """An output may replace only an earlier report: never a workbook or another file."""
    if not path.exists():
        return True
    try:
        with path.open("rb") as handle:
            first = handle.readline(64)
    except OSError:
        return False
    return first.decode("utf-8", "replace").strip() == REPORT_HEADER


def run(args: argparse.Namespace) -> int:
    if args.until < args.since:
        print(f"report: NOT written: --until {args.until} is before --since {args.since}")
        return 1
    if not args.force and not _replaceable(args.output):
        print(
            f"report: NOT written: {args.output.name} exists and is not a usage report; "
            "choose another name or use --force"
        )
        return 1
    try:
        counts = read_counts(
            Paths.resolve(args.data_dir).data_dir / USAGE_FILE, args.since, args.until
        )
        with args.output.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(csv_rows(counts))
    except (UsageError, OSError) as exc:
        print(f"report: NOT written: {exc}")
        return 1
    sessions = sum(c.count for c in counts if c.measure == "sessions")
    days = len({c.day for c in counts})
    print(
        f"report: wrote {args.output} ({len(counts)} rows; {sessions} sessions on {days} "
        f"day{'' if days == 1 else 's'} from {args.since} to {args.until})"
    )
    return 0
