"""Read a staff workbook (.xlsx, or a folder of CSV files) into the rows of text staff see."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kiosk.catalog.csvtext import read_csv, read_csv_file
from kiosk.catalog.raw import RawSheet, RawWorkbook, WorkbookError, collect_sheets, to_sheet
from kiosk.catalog.records import Problem

__all__ = ["RawWorkbook", "WorkbookError", "read_csv", "read_workbook"]

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
# Formats whose cells we cannot see as Excel shows them; staff can save either as .xlsx.
REFUSED_SUFFIXES = {".xls": "Excel 97-2003", ".ods": "OpenDocument", ".numbers": "Numbers"}


def read_workbook(source: Path) -> RawWorkbook:
    """Read `source`, a spreadsheet file or a folder of `<sheet>.csv` files."""
    if source.is_dir():
        return _read_csv_folder(source)
    if not source.exists():
        raise WorkbookError(f"{source}: no such file or folder")
    suffix = source.suffix.lower()
    if suffix == ".csv":
        raise WorkbookError(
            f"{source}: a single CSV file holds one sheet; put one CSV file per sheet "
            "(sectors.csv, courses.csv, ...) in a folder and give the folder"
        )
    if suffix in REFUSED_SUFFIXES:
        raise WorkbookError(
            f"{source.name}: {REFUSED_SUFFIXES[suffix]} files cannot be checked exactly; "
            'save it as "Excel Workbook (.xlsx)" or as CSV UTF-8 files'
        )
    if suffix not in SPREADSHEET_SUFFIXES:
        raise WorkbookError(f"{source}: not a workbook (expected .xlsx or a folder of CSV files)")
    from kiosk.catalog.excel import read_xlsx

    return read_xlsx(source)


# Files that sit beside the CSVs without being sheets: Excel's and LibreOffice's lock files,
# and the "._" shadow files macOS writes on USB sticks and shares.
_NOT_SHEETS = re.compile(r"^(~\$|\._|\.~lock\.)")


def _read_csv_folder(folder: Path) -> RawWorkbook:
    problems: list[Problem] = []
    named: list[tuple[str, RawSheet]] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() != ".csv":
            continue
        if _NOT_SHEETS.match(path.name):
            problems.append(
                Problem(
                    path.name,
                    None,
                    None,
                    "not a sheet, ignored",
                    "a lock or shadow file that Excel, LibreOffice or macOS leaves beside open "
                    "files",
                    warning=True,
                )
            )
            continue
        rows, encoding = read_csv_file(path)
        sheet = to_sheet(csv_sheet_name(path.stem), rows)
        named.append((path.stem, replace(sheet, encoding=encoding)))
    if not named:
        raise WorkbookError(
            f"{folder}: the folder has no CSV files (expected sectors.csv, "
            "pathways.csv, courses.csv, ...)"
        )
    return RawWorkbook(folder, collect_sheets(named, problems), tuple(problems))


def csv_sheet_name(stem: str) -> str:
    """The sheet a CSV file holds: Google Sheets names a download "Catalog - courses.csv"."""
    return stem.rpartition(" - ")[2].strip() if " - " in stem else stem.strip()
