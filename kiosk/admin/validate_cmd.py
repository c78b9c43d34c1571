"""`kiosk-admin validate SOURCE`: check a workbook and list every problem at once."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.admin.report import add_wage_area, print_problems, summary, wage_area_problem
from kiosk.catalog.checking import read_and_check
from kiosk.catalog.workbook import WorkbookError


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "validate",
        help="check a catalog workbook",
        description="Check a catalog workbook (.xlsx, or a folder of CSV files named after the "
        "sheets) and list every problem as: sheet, row, column: what is wrong "
        "(what is expected). Exit 0 when valid, 1 when not.",
    )
    p.add_argument("source", type=Path, help="the workbook file or CSV folder")
    p.add_argument(
        "--wages",
        type=Path,
        metavar="FILE",
        help="also check BLS's OEWS wage file against the workbook: its area (wage_area) "
        "and the careers' occupation codes",
    )
    add_wage_area(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    problem = wage_area_problem(args.wages, args.wage_area)
    if problem:
        print(f"{args.source.name}: NOT valid: {problem}")
        return 1
    try:
        result = read_and_check(args.source, args.wages, args.wage_area)
    except WorkbookError as exc:
        print(f"{args.source.name}: NOT valid: {exc}")
        return 1
    print_problems(result)
    print(summary(args.source, result))
    return 0 if result.ok else 1
