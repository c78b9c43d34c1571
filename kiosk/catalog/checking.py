"""A workbook's whole check, the one `kiosk-admin validate --wages` and the Catalog window both
run: read it, validate it and join BLS's pay to its careers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.catalog.careerpay import WageFile, join_pay, open_wage_file
from kiosk.catalog.records import Validation
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import RawWorkbook, read_workbook


def read_and_check(
    source: Path,
    wages: Path | None = None,
    area: str | None = None,
    *,
    open_wages: Callable[[Path], WageFile] = open_wage_file,
) -> Validation:
    """Every problem of `source` and, with BLS's wage file `wages`, of its pay for BLS area
    code `area` (default: the settings sheet's wage_area); the joined pay is the result's
    `pay`. Raises WorkbookError for a workbook or a wage file that cannot be read at all."""
    return check_book(read_workbook(source), wages, area, open_wages=open_wages)


def check_book(
    book: RawWorkbook,
    wages: Path | None = None,
    area: str | None = None,
    *,
    open_wages: Callable[[Path], WageFile] = open_wage_file,
) -> Validation:
    """read_and_check for a workbook already read (a caller that frees it bit by bit)."""
    result = validate(book)
    if wages is not None:
        result.pay = join_pay(result, open_wages(wages), area)
    return result
