"""`kiosk-admin template OUT.xlsx`: write an empty catalog workbook for staff to fill in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.catalog.template import write_template


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "template",
        help="write an empty catalog workbook",
        description="Write an empty catalog workbook: every sheet with its column headers, an "
        "instructions sheet, drop-down lists for choices, and code columns "
        "formatted as text.",
    )
    p.add_argument("output", type=Path, help="the .xlsx file to write")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    if out.suffix.lower() != ".xlsx":
        print(f"{out.name}: NOT written: the template must be an .xlsx file")
        return 1
    if out.exists() and not args.force:
        print(f"{out.name}: NOT written: the file exists (use --force to replace it)")
        return 1
    try:
        write_template(out)
    except OSError as exc:
        print(f"{out.name}: NOT written: {exc.strerror or exc}")
        return 1
    print(f"{out.name}: template written")
    return 0
