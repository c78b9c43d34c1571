"""A staff workbook as read: rows of the text staff see, and notes on the cells that say more.

Row numbers are the ones staff see in Excel (the header is row 1), so every error can point
at a cell they can find. What a cell's text alone cannot say (an Excel error value, a link
address, a number shown rounded) travels beside it as a CellNote.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from kiosk.catalog import wording as w
from kiosk.catalog.records import Problem
from kiosk.catalog.wording import Wording

# The error values Excel shows (and writes into a CSV file as text).
ERROR_VALUES = frozenset(
    "#N/A #DIV/0! #REF! #VALUE! #NAME? #NUM! #NULL! #SPILL! #CALC! #FIELD! #BLOCKED! "
    "#CONNECT! #BUSY! #UNKNOWN! #GETTING_DATA #PYTHON!".split()
)
NO_NOTES: Mapping[int, CellNote] = MappingProxyType({})


class WorkbookError(Exception):
    """The source cannot be read at all (not a workbook, unreadable file, no such path). Its
    text is its wording filled in."""

    def __init__(self, wording: Wording) -> None:
        super().__init__(wording.text())
        self.wording = wording


@dataclass(frozen=True)
class CellNote:
    """What a cell holds besides the text it shows."""

    error: str = ""  # an Excel error value such as "#N/A"
    link: str = ""  # the address of the cell's hyperlink
    unreadable: str = ""  # why the text the cell shows could not be read exactly
    unsaved: bool = False  # a formula whose result the file does not hold
    opaque_link: bool = False  # a HYPERLINK formula whose address is worked out, not written
    holds: str = ""  # the cell shows its number rounded: the number it really holds


@dataclass(frozen=True)
class RawRow:
    number: int  # the row number shown in Excel
    cells: tuple[str, ...]
    notes: Mapping[int, CellNote] = field(default=NO_NOTES)  # by column index


@dataclass(frozen=True)
class RawSheet:
    name: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    hidden: bool = False
    hidden_rows: tuple[int, ...] = ()  # Excel row numbers of hidden rows that hold data
    hidden_columns: tuple[int, ...] = ()  # indexes of hidden columns that hold something
    merged: tuple[tuple[str, bool], ...] = ()  # merged ranges ("G1:H1", touches the header)
    encoding: str = ""  # the encoding a CSV file was read in ("" for a workbook's sheet)


@dataclass(frozen=True)
class RawWorkbook:
    source: Path
    sheets: dict[str, RawSheet]  # keyed by sheet name, trimmed and in lower case
    problems: tuple[Problem, ...] = ()  # found while reading: duplicate sheets, skipped files


def sheet_key(name: str) -> str:
    """The name a sheet is known by: trimmed and in lower case ("Courses " is "courses")."""
    return name.strip().lower()


def collect_sheets(
    named: list[tuple[str, RawSheet]], problems: list[Problem]
) -> dict[str, RawSheet]:
    """Sheets by key; two sheets with one key are refused, naming both."""
    sheets: dict[str, RawSheet] = {}
    first_names: dict[str, str] = {}
    for original, sheet in named:
        key = sheet_key(sheet.name)
        if key in sheets:
            problems.append(
                Problem.worded(
                    key,
                    None,
                    None,
                    Wording.of(w.SHEET_TWICE, sheet=key, first=first_names[key], second=original),
                    Wording.of(w.SHEET_TWICE_EXPECTED),
                )
            )
            continue
        sheets[key] = sheet
        first_names[key] = original
    return sheets


def to_sheet(
    name: str,
    rows: list[list[str]],
    notes: Mapping[int, Mapping[int, CellNote]] | None = None,
) -> RawSheet:
    """A sheet from its rows of text (and notes by row index, then column index).

    The header is the first non-empty row; rows are numbered as Excel numbers them.
    """
    notes = notes or {}
    header_index = next((i for i, r in enumerate(rows) if any(r)), None)
    if header_index is None:
        return RawSheet(name, 1, (), ())
    headers = tuple(h.strip() for h in rows[header_index])
    body = tuple(
        RawRow(i + 1, tuple(row), notes.get(i, NO_NOTES))
        for i, row in enumerate(rows[header_index + 1 :], start=header_index + 1)
        if any(map(str.strip, row)) or i in notes
    )
    return RawSheet(name, header_index + 1, headers, body)


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
