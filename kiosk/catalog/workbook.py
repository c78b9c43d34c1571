"""Read a staff workbook (.xlsx, or a folder of CSV files) into the rows of text staff see."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from kiosk.catalog import wording as w
from kiosk.catalog.csvtext import read_csv, read_csv_files
from kiosk.catalog.gcpause import collector_paused
from kiosk.catalog.raw import (
    ERROR_VALUES,
    CellNote,
    RawWorkbook,
    WorkbookError,
    collect_sheets,
    to_sheet,
)
from kiosk.catalog.records import Problem
from kiosk.catalog.sheets import SHEETS_BY_NAME
from kiosk.catalog.wording import Wording

__all__ = ["RawWorkbook", "WorkbookError", "read_csv", "read_workbook"]

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
# Formats whose cells we cannot see as Excel shows them; staff can save either as .xlsx.
REFUSED_SUFFIXES = {".xls": "Excel 97-2003", ".ods": "OpenDocument", ".numbers": "Numbers"}


@collector_paused()
def read_workbook(source: Path) -> RawWorkbook:
    """Read `source`, a spreadsheet file or a folder of `<sheet>.csv` files."""
    if source.is_dir():
        return _read_csv_folder(source)
    if not source.exists():
        raise WorkbookError(Wording.of(w.NO_SUCH_PATH, path=source))
    suffix = source.suffix.lower()
    if suffix == ".csv":
        raise WorkbookError(Wording.of(w.ONE_CSV_FILE, path=source))
    if suffix in REFUSED_SUFFIXES:
        refused = REFUSED_SUFFIXES[suffix]
        raise WorkbookError(Wording.of(w.REFUSED_FORMAT, file=source.name, format=refused))
    if suffix not in SPREADSHEET_SUFFIXES:
        raise WorkbookError(Wording.of(w.NOT_A_WORKBOOK, path=source))
    from kiosk.catalog.excel import read_xlsx

    return read_xlsx(source)


# Files that sit beside the CSVs without being sheets: Excel's and LibreOffice's lock files,
# and the "._" shadow files macOS writes on USB sticks and shares.
_NOT_SHEETS = re.compile(r"^(~\$|\._|\.~lock\.)")


def _read_csv_folder(folder: Path) -> RawWorkbook:
    problems: list[Problem] = []
    paths = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or not _is_sheet_file(path):
            continue
        if _NOT_SHEETS.match(path.name):
            problems.append(
                Problem.worded(
                    path.name,
                    None,
                    None,
                    Wording.of(w.NOT_A_SHEET),
                    Wording.of(w.NOT_A_SHEET_EXPECTED),
                    warning=True,
                )
            )
            continue
        paths.append(path)
    if not paths:
        raise WorkbookError(Wording.of(w.NO_CSV_FILES, path=folder))
    named = []
    for file in read_csv_files(paths):
        sheet = to_sheet(csv_sheet_name(file.path.stem), file.rows, _error_notes(file.rows))
        named.append((file.path.stem, replace(sheet, encoding=file.encoding)))
    return RawWorkbook(folder, collect_sheets(named, problems), tuple(problems))


def _is_sheet_file(path: Path) -> bool:
    # Excel's "Unicode Text" is a tab-separated UTF-16 file named .txt: read it by its sheet name.
    suffix = path.suffix.lower()
    return suffix == ".csv" or (suffix == ".txt" and csv_sheet_name(path.stem) in SHEETS_BY_NAME)


# How programs name a sheet's CSV file: Google Sheets "Catalog - courses.csv", LibreOffice
# "catalog-courses.csv" (document, then sheet).
_SHEET_AT_END = re.compile(
    r"(?:.*(?: - |[-_ ]))?(" + "|".join(SHEETS_BY_NAME) + r")\s*", re.IGNORECASE
)


def csv_sheet_name(stem: str) -> str:
    """The sheet a CSV file holds, from its file name."""
    match = _SHEET_AT_END.fullmatch(stem.strip())
    if match:
        return match.group(1)
    return stem.rpartition(" - ")[2].strip() if " - " in stem else stem.strip()


def _error_notes(rows: list[list[str]]) -> dict[int, dict[int, CellNote]]:
    """CSV files hold an Excel error as its text (#N/A): it is the same error as in a workbook."""
    notes: dict[int, dict[int, CellNote]] = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell.startswith("#") and cell.upper() in ERROR_VALUES:
                notes.setdefault(r, {})[c] = CellNote(error=cell.upper())
    return notes
