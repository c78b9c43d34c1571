"""Check a raw workbook against the sheet declarations, collecting every problem in one pass.

Each problem names the sheet, the Excel row and the column, says what is wrong and what is
expected. The result also carries the parsed records the build step turns into a catalog.
"""

from __future__ import annotations

import re

from kiosk.catalog.cells import BadValue, parse
from kiosk.catalog.crosscheck import check_cross_fields, check_references
from kiosk.catalog.languages import FALLBACK, TRANSLATIONS, language_of, split_suffix
from kiosk.catalog.records import Problem, Record, Validation
from kiosk.catalog.sheets import SHEETS, SHEETS_BY_NAME, Column, Kind, Sheet
from kiosk.catalog.workbook import RawSheet, RawWorkbook

__all__ = ["Problem", "Record", "Validation", "validate"]

_HTML = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]{2,8});")
_FORMULA = re.compile(r"[=+@]|-[^\s\d]")
IGNORED_SHEETS = {"instructions", "readme", "lists"}


def validate(book: RawWorkbook) -> Validation:
    result = Validation()
    for name, raw in book.sheets.items():
        if name not in SHEETS_BY_NAME and name not in IGNORED_SHEETS:
            result.problems.append(
                Problem(
                    raw.name,
                    None,
                    None,
                    "unknown sheet, ignored",
                    "expected sheets: " + _sheet_names(),
                    warning=True,
                )
            )
    for sheet in SHEETS:
        raw_sheet = book.sheets.get(sheet.name)
        if raw_sheet is None:
            result.problems.append(
                Problem(
                    sheet.name,
                    None,
                    None,
                    "sheet is missing",
                    f'expected a sheet named "{sheet.name}"',
                )
            )
            continue
        result.records[sheet.name] = _SheetChecker(sheet, raw_sheet, result.problems).check()
    check_references(result)
    check_cross_fields(result)
    return result


def _sheet_names() -> str:
    return ", ".join(s.name for s in SHEETS)


class _SheetChecker:
    """Checks the rows of one sheet; problems go into the shared list."""

    def __init__(self, sheet: Sheet, raw: RawSheet, problems: list[Problem]) -> None:
        self.sheet = sheet
        self.raw = raw
        self.problems = problems
        # header position -> (column, language)
        self.layout: dict[int, tuple[Column, str]] = {}

    def problem(
        self,
        row: int | None,
        column: str | None,
        message: str,
        expected: str,
        *,
        warning: bool = False,
    ) -> None:
        self.problems.append(Problem(self.sheet.name, row, column, message, expected, warning))

    def check(self) -> list[Record]:
        if not self._read_headers():
            return []
        # Rows with problems are kept too, so that references to them do not raise a second,
        # misleading "unknown code" error; nothing is built while any error remains.
        records = [self._check_row(raw.number, raw.cells) for raw in self.raw.rows]
        if len(self.raw.rows) < self.sheet.min_rows:
            self.problem(
                None,
                None,
                f"sheet has {len(self.raw.rows)} rows",
                f"expected at least {self.sheet.min_rows}",
            )
        self._check_unique(records)
        return records

    def _read_headers(self) -> bool:
        row = self.raw.header_row
        seen: dict[tuple[str, str], int] = {}
        for index, header in enumerate(self.raw.headers):
            if not header:
                continue
            placed = self._place_header(row, header)
            if placed is None:
                continue
            key = (placed[0].name, placed[1])
            if key in seen:
                self.problem(row, header, "the column appears twice", "expected each column once")
                continue
            seen[key] = index
            self.layout[index] = placed
        ok = True
        for column in self.sheet.columns:
            # A missing optional column simply means every cell in it is empty.
            if column.required and (column.name, FALLBACK) not in seen:
                self.problem(
                    row,
                    column.name,
                    "column is missing",
                    f'expected a header cell "{column.name}": {column.help}',
                )
                ok = False
        return ok

    def _place_header(self, row: int, header: str) -> tuple[Column, str] | None:
        name = header.lower()
        column = self.sheet.column(name)
        if column is not None:
            return column, FALLBACK
        base, suffix = split_suffix(name)
        column = self.sheet.column(base)
        if column is None or suffix is None:
            self.problem(
                row,
                header,
                "unknown column, ignored",
                "expected columns: " + ", ".join(c.name for c in self.sheet.columns),
                warning=True,
            )
            return None
        if not column.translatable:
            self.problem(
                row,
                header,
                f'column "{base}" cannot be translated',
                "expected only one column for it, without a language suffix",
            )
            return None
        language = language_of(suffix)
        if language is None:
            self.problem(
                row,
                header,
                f'unknown language suffix "{suffix}"',
                "expected one of: " + ", ".join(TRANSLATIONS),
            )
            return None
        return column, language

    def _check_row(self, number: int, cells: tuple[str, ...]) -> Record:
        values: dict[str, object] = {}
        texts: dict[str, dict[str, str]] = {}
        for index, (column, lang) in self.layout.items():
            cell = cells[index].strip() if index < len(cells) else ""
            header = self.raw.headers[index]
            if column.kind is Kind.TEXT:
                if cell and self._check_text(number, header, column, cell):
                    texts.setdefault(column.name, {})[lang] = cell
                continue
            parsed = self._parse(number, header, column, cell)
            if parsed is not _INVALID:
                values[column.name] = parsed
        for column in self.sheet.columns:
            self._check_presence(number, column, values, texts)
        return Record(number, values, texts)

    def _check_presence(
        self,
        number: int,
        column: Column,
        values: dict[str, object],
        texts: dict[str, dict[str, str]],
    ) -> bool:
        if column.kind is Kind.TEXT:
            langs = texts.get(column.name, {})
            if FALLBACK in langs or not langs:
                if column.required and not langs:
                    self.problem(
                        number, column.name, "required text is empty", f"expected {column.help}"
                    )
                    return False
                return True
            self.problem(
                number,
                column.name,
                "has a translation but no English text",
                "expected English text too; it is shown when a translation is missing",
            )
            return False
        if column.required and values.get(column.name, "") in (None, "", ()):
            if column.name in values:  # an unparseable value was reported already
                self.problem(
                    number, column.name, "required value is empty", f"expected {column.help}"
                )
            return False
        return True

    def _check_text(self, number: int, header: str, column: Column, cell: str) -> bool:
        if column.max_length and len(cell) > column.max_length:
            self.problem(
                number,
                header,
                f"text is {len(cell)} characters long",
                f"expected at most {column.max_length}",
            )
            return False
        if _HTML.search(cell):
            self.problem(
                number,
                header,
                "text looks like HTML",
                "expected plain text without <tags> or &entities;",
            )
            return False
        if _FORMULA.match(cell):
            self.problem(
                number,
                header,
                f'text starts with "{cell[0]}" like a formula',
                "expected plain text; remove the leading character",
            )
            return False
        return True

    def _parse(self, number: int, header: str, column: Column, cell: str) -> object:
        try:
            return parse(column, cell)
        except BadValue as bad:
            self.problem(number, header, bad.message, bad.expected)
            return _INVALID

    def _check_unique(self, records: list[Record]) -> None:
        if not self.sheet.key:
            return
        first: dict[tuple[object, ...], int] = {}
        for record in records:
            key = tuple(record.values.get(k) for k in self.sheet.key)
            if key in first:
                shown = " / ".join(str(k) for k in key)
                self.problem(
                    record.row,
                    self.sheet.key[0],
                    f'duplicate "{shown}"',
                    f"expected each {'/'.join(self.sheet.key)} once; "
                    f"already used in row {first[key]}",
                )
            else:
                first[key] = record.row


_INVALID = object()
