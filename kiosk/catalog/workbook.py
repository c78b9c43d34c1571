"""Read a staff workbook (.xlsx/.xls/.ods, or a folder of CSV files) into plain rows of text.

Row numbers are the ones staff see in Excel (the header is row 1), so every error can point
at a cell they can find.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


class WorkbookError(Exception):
    """The source cannot be read at all (not a workbook, unreadable file, no such path)."""


@dataclass(frozen=True)
class RawRow:
    number: int  # the row number shown in Excel
    cells: tuple[str, ...]


@dataclass(frozen=True)
class RawSheet:
    name: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]


@dataclass(frozen=True)
class RawWorkbook:
    source: Path
    sheets: dict[str, RawSheet]  # keyed by lower-case sheet name


def read_workbook(source: Path) -> RawWorkbook:
    """Read `source`, a spreadsheet file or a folder of `<sheet>.csv` files."""
    if source.is_dir():
        return RawWorkbook(source, _read_csv_folder(source))
    if not source.exists():
        raise WorkbookError(f"{source}: no such file or folder")
    if source.suffix.lower() == ".csv":
        raise WorkbookError(
            f"{source}: a single CSV file holds one sheet; put one CSV file per sheet "
            "(sectors.csv, courses.csv, ...) in a folder and give the folder"
        )
    if source.suffix.lower() not in SPREADSHEET_SUFFIXES:
        raise WorkbookError(f"{source}: not a workbook (expected .xlsx or a folder of CSV files)")
    return RawWorkbook(source, _read_spreadsheet(source))


def _read_spreadsheet(path: Path) -> dict[str, RawSheet]:
    import python_calamine  # imported here: the kiosk itself never reads workbooks

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        sheets = {}
        for name in book.sheet_names:
            table = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            rows = [[_cell_text(v) for v in row] for row in table]
            sheets[name.strip().lower()] = _to_sheet(name.strip(), rows)
        return sheets
    except python_calamine.PasswordError as exc:
        raise WorkbookError(
            f"{path.name}: the workbook is password protected; save it without a password"
        ) from exc
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise WorkbookError(
            f"{path.name}: this file isn't a valid Excel workbook; open it in "
            "Excel and save it again as .xlsx"
        ) from exc


def _cell_text(value: object) -> str:
    """Turn a cell value into the text staff typed: 40.0 -> "40", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).strip()


def _to_sheet(name: str, rows: list[list[str]]) -> RawSheet:
    # The header is the first non-empty row; rows are numbered as Excel numbers them.
    header_index = next((i for i, r in enumerate(rows) if any(r)), None)
    if header_index is None:
        return RawSheet(name, 1, (), ())
    headers = tuple(h.strip() for h in rows[header_index])
    body = tuple(
        RawRow(i + 1, tuple(row))
        for i, row in enumerate(rows[header_index + 1 :], start=header_index + 1)
        if any(cell.strip() for cell in row)
    )
    return RawSheet(name, header_index + 1, headers, body)


def _read_csv_folder(folder: Path) -> dict[str, RawSheet]:
    sheets = {}
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() == ".csv":
            sheets[path.stem.strip().lower()] = _to_sheet(path.stem.strip(), read_csv(path))
    if not sheets:
        raise WorkbookError(
            f"{folder}: the folder has no CSV files (expected sectors.csv, "
            "pathways.csv, courses.csv, ...)"
        )
    return sheets


def read_csv(path: Path) -> list[list[str]]:
    """Rows of a CSV file as Excel writes them: UTF-8 (with or without BOM) or cp1252,
    separated by comma, semicolon or tab."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbookError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    text = _decode(data, path.name)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise WorkbookError(f"{path.name}: not a readable CSV file ({exc})") from exc


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise WorkbookError(
            f"{name}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV (Comma delimited)" uses the Windows code page.
        return data.decode("cp1252", errors="replace")
