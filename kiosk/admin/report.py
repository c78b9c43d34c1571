"""How admin verbs print validation problems: every problem, then one summary line last."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.catalog.careerpay import join_pay, open_wage_file
from kiosk.catalog.validate import Validation, validate
from kiosk.catalog.workbook import WorkbookError, read_workbook


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


def checked_workbook(source: Path, outcome: str, wages: Path | None = None) -> Validation | None:
    """Read and validate `source` (and join BLS's wage file `wages` to its careers, the
    result's `pay`), printing every problem; on failure also one summary line
    (`NOT <outcome>` / `nothing was <outcome>`) and None."""
    try:
        result = validate(read_workbook(source))
        if wages is not None:
            result.pay = join_pay(result, open_wage_file(wages))
    except WorkbookError as exc:
        print(f"{source.name}: NOT {outcome}: {exc}")
        return None
    print_problems(result)
    if not result.ok:
        print(summary(source, result) + f"; nothing was {outcome}")
        return None
    return result
