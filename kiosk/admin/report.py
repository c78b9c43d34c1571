"""How admin verbs print validation problems: every problem, then one summary line last."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.catalog.validate import Validation


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
