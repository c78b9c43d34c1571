"""How admin verbs print validation problems: every problem, then one summary line last."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from kiosk.catalog.checking import read_and_check
from kiosk.catalog.validate import Validation
from kiosk.catalog.workbook import WorkbookError


def print_problems(validation: Validation) -> None:
    for problem in validation.errors + validation.warnings:
        print(problem, file=sys.stdout)


def summary(source: Path, validation: Validation) -> str:
    errors, warnings = len(validation.errors), len(validation.warnings)
    verdict = "valid" if validation.ok else "NOT valid"
    return (
        f"{source.name}: {verdict}, {errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}"
    )


def add_wage_area(parser: Any) -> None:
    """--wage-area, the same for every verb that takes --wages."""
    parser.add_argument(
        "--wage-area",
        metavar="CODE",
        help="with --wages: take the careers' pay for BLS's area CODE (40900) instead of the "
        "settings sheet's wage_area",
    )


def wage_area_problem(wages: Path | None, area: str | None) -> str:
    """Why --wages and --wage-area cannot be used as given, or ""."""
    if area is not None and wages is None:
        return "--wage-area needs the wage file: give it with --wages FILE"
    if area is not None and not area.strip():
        return "--wage-area needs BLS's code of an area, such as 40900"
    return ""


def checked_workbook(
    source: Path, outcome: str, wages: Path | None = None, area: str | None = None
) -> Validation | None:
    """Read and validate `source` (and join BLS's wage file `wages` to its careers for area
    `area`, else the settings sheet's wage_area: the result's `pay`), printing every problem;
    on failure also one summary line (`NOT <outcome>` / `nothing was <outcome>`) and None."""
    problem = wage_area_problem(wages, area)
    if problem:
        print(f"{source.name}: NOT {outcome}: {problem}")
        return None
    try:
        result = read_and_check(source, wages, area)
    except WorkbookError as exc:
        print(f"{source.name}: NOT {outcome}: {exc}")
        return None
    print_problems(result)
    if not result.ok:
        print(summary(source, result) + f"; nothing was {outcome}")
        return None
    return result
