"""Read an .xlsx workbook as Excel shows it: each cell's value in its number format, with notes
on error values, links, unsaved formulas and rounded numbers, and the sheet's hidden parts."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from kiosk.catalog import pieces
from kiosk.catalog import wording as w
from kiosk.catalog.numfmt import Unrenderable, render
from kiosk.catalog.raw import (
    CellNote,
    RawSheet,
    RawWorkbook,
    WorkbookError,
    collect_sheets,
    column_letter,
    to_sheet,
)
from kiosk.catalog.records import Problem
from kiosk.catalog.wording import Wording
from kiosk.catalog.xlsx import Cell, SheetExtras, XlsxLayoutError, read_extras

Value = int | float | str | bool | dt.time | dt.date | dt.datetime | dt.timedelta


def read_xlsx(path: Path) -> RawWorkbook:
    import python_calamine  # imported here: the kiosk itself never reads workbooks

    _refuse_encrypted(path)
    try:
        extras = read_extras(str(path))
        book = python_calamine.CalamineWorkbook.from_object(_for_calamine(path, extras))
        named = []
        for meta in book.sheets_metadata:
            sheet = book.get_sheet_by_name(meta.name)
            hidden = meta.visible != python_calamine.SheetVisibleEnum.Visible
            table = _table(sheet)
            ranges = sheet.merged_cell_ranges or []
            raw = _sheet(meta.name.strip(), table, extras.get(meta.name, SheetExtras()), ranges)
            named.append((meta.name, replace(raw, hidden=hidden)))
    except XlsxLayoutError as exc:
        raise WorkbookError(Wording.of(w.CELLS_CANNOT_BE_PLACED, file=path.name, why=exc)) from exc
    except (
        python_calamine.CalamineError,
        zipfile.BadZipFile,
        ElementTree.ParseError,
        KeyError,
        OSError,
        ValueError,
    ) as exc:
        raise WorkbookError(Wording.of(w.NOT_AN_XLSX, file=path.name)) from exc
    problems: list[Problem] = []
    return RawWorkbook(path, collect_sheets(named, problems), tuple(problems))


def _table(sheet: Any) -> list[list[Value]]:
    """sheet.to_python(skip_empty_area=False), a row at a time: in one call a 100,000-row
    sheet holds the interpreter lock for 35 ms. calamine's rows start at the first row but
    at the first column in use."""
    if not sheet.start or not sheet.start[1]:
        return [row for row in sheet.iter_rows()]  # noqa: C416 - list() is one long call
    left = [""] * sheet.start[1]
    return [left + row for row in sheet.iter_rows()]


# An .xlsx with a password is not a zip file but an OLE compound file, as .xls files are.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _refuse_encrypted(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            start = handle.read(len(_OLE_SIGNATURE))
    except OSError as exc:
        why = exc.strerror
        raise WorkbookError(Wording.of(w.CANNOT_BE_READ, file=path.name, why=why)) from exc
    if start == _OLE_SIGNATURE:
        raise WorkbookError(Wording.of(w.PASSWORD_PROTECTED, file=path.name))


# The error values calamine knows; newer Excel has more (#SPILL!, #CALC!, ...), and calamine
# refuses a whole workbook holding one of them.
_CALAMINE_ERRORS = {"#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"}
_NEWER_ERROR = re.compile(
    rb'(<(?:\w+:)?c\b[^>]*\bt="e"[^>]*>(?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?v>)#[^<]*'
)
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*\bt="e"[^>]*>')  # where a match can begin


def _for_calamine(path: Path, extras: dict[str, SheetExtras]) -> Path | io.BytesIO:
    """The workbook, or a copy of it in memory where error values calamine does not know read
    as #N/A (the real error is already in `extras`, read from the file itself)."""
    if all(set(e.errors.values()) <= _CALAMINE_ERRORS for e in extras.values()):
        return path
    copy = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = pieces.read_member(source, item)
            with target.open(item, "w") as member:
                if item.filename.startswith("xl/worksheets/"):
                    _write_known_errors(data, member)
                else:
                    pieces.write(member, data)
    copy.seek(0)
    return copy


def _write_known_errors(data: bytearray, out: IO[bytes]) -> None:
    """Writes _NEWER_ERROR.sub(lambda m: m.group(1) + b"#N/A", data) a piece at a time. Each
    match begins where an error cell does and ends within it, so it is looked for only there:
    once over the whole sheet would hold the interpreter lock for 150-200 ms."""
    done = 0
    for cell in pieces.tags(_ERROR_CELL, data):
        match = _NEWER_ERROR.match(data, cell.start()) if cell.start() >= done else None
        if match is not None:
            pieces.write(out, data, done, match.end(1))
            out.write(b"#N/A")
            done = match.end()
    pieces.write(out, data, done)


def _sheet(
    name: str,
    table: list[list[Value]],
    extras: SheetExtras,
    ranges: list[tuple[tuple[int, int], tuple[int, int]]],
) -> RawSheet:
    notes: dict[int, dict[int, CellNote]] = {}
    rows = [_row_text(r, row, notes) for r, row in enumerate(table)]
    for cell in extras.formats.keys() | extras.errors.keys() | extras.links.keys():
        _shown(cell, table, rows, extras, notes)
    for cell in extras.unsaved_formulas:
        _note(notes, cell, unsaved=True)
    for cell in extras.opaque_links:
        _note(notes, cell, opaque_link=True)
    sheet = to_sheet(name, rows, notes)
    used = {i for i, header in enumerate(sheet.headers) if header}
    used |= {i for r in sheet.rows for i, cell in enumerate(r.cells) if cell}
    in_use = {r.number - 1 for r in sheet.rows} | {sheet.header_row - 1}
    return replace(
        sheet,
        hidden_rows=tuple(sorted(r + 1 for r in extras.hidden_rows & in_use)),
        hidden_columns=tuple(sorted(extras.hidden_columns & used)),
        merged=_merged(ranges, sheet.header_row - 1, in_use),
    )


def _shown(
    cell: Cell,
    table: list[list[Value]],
    rows: list[list[str]],
    extras: SheetExtras,
    notes: dict[int, dict[int, CellNote]],
) -> None:
    """Put in `rows` the text Excel shows for `cell`, and note what the text cannot say."""
    row, column = cell
    if row >= len(table) or column >= len(table[row]):
        if cell in extras.errors:
            _grow(rows, table, row, column)
        else:
            return
    if cell in extras.errors:
        rows[row][column] = ""
        _note(notes, cell, error=extras.errors[cell])
        return
    if cell in extras.links:
        _note(notes, cell, link=extras.links[cell])
    code = extras.formats.get(cell)
    value = table[row][column]
    if code is None or value == "" or isinstance(value, str):
        return
    try:
        rows[row][column] = render(value, code)
    except Unrenderable as exc:
        _note(notes, cell, unreadable=str(exc))
        return
    if _rounded(value, rows[row][column]):
        _note(notes, cell, holds=_plain_text(value) or repr(value))


def _grow(rows: list[list[str]], table: list[list[Value]], row: int, column: int) -> None:
    # calamine leaves error cells out, so a row or column of only errors may not exist yet.
    while len(rows) <= row:
        rows.append([])
        table.append([])
    for line in (rows[row], table[row]):
        line.extend([""] * (column + 1 - len(line)))


def _note(notes: dict[int, dict[int, CellNote]], cell: Cell, **what: Any) -> None:
    row, column = cell
    old = notes.setdefault(row, {}).get(column, CellNote())
    notes[row][column] = replace(old, **what)


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _rounded(value: Value, shown: str) -> bool:
    """True when the text shows a number other than the one the cell holds."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    match = _NUMBER.search(shown.replace(",", "").replace(" ", ""))
    if match is None:
        return False
    number = abs(float(match.group()))
    if "%" in shown:
        number /= 100
    return abs(number - abs(value)) > 1e-9 * max(1.0, abs(value))


def _row_text(index: int, row: list[Value], notes: dict[int, dict[int, CellNote]]) -> list[str]:
    """The row as Excel's General format shows it; a number General cannot show as typed
    (4.42071E+11) is noted."""
    try:  # most rows (every offering) hold only text: map() is the quick way through them
        return list(map(str.strip, row))  # type: ignore[arg-type]
    except TypeError:  # a number, date or TRUE/FALSE: each cell as General shows it
        texts = [_plain_text(v) for v in row]
    if None in texts:  # rare: look at each cell only then
        for column, value in enumerate(row):
            if texts[column] is None:
                assert isinstance(value, float)  # only numbers General cannot show are None
                _note(notes, (index, column), unreadable=_general_refusal(value))
                texts[column] = repr(value)
    return texts  # type: ignore[return-value]


def _general_refusal(value: float) -> str:
    try:
        render(value, "General")
    except Unrenderable as exc:
        return str(exc)
    return ""


def _plain_text(value: Value) -> str | None:
    """A cell value as Excel's General format shows it: 40.0 -> "40", 0.1+0.2 -> "0.3",
    TRUE -> "TRUE"; None for a number General shows in scientific notation."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e11:
            return str(int(value))
        try:
            return render(value, "General")
        except Unrenderable:
            return None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).strip()


def _merged(
    ranges: list[tuple[tuple[int, int], tuple[int, int]]], header: int, in_use: set[int]
) -> tuple[tuple[str, bool], ...]:
    found = []
    for (top, left), (bottom, right) in ranges:
        if any(r in in_use for r in range(top, bottom + 1)):
            ref = f"{column_letter(left)}{top + 1}:{column_letter(right)}{bottom + 1}"
            found.append((ref, top <= header <= bottom))
    return tuple(found)
