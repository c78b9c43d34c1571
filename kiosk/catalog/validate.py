"""Check a raw workbook against the sheet declarations, collecting every problem in one pass.

Each problem names the sheet, the Excel row and the column, says what is wrong and what is
expected. The result also carries the parsed records the build step turns into a catalog.
"""

from __future__ import annotations

from kiosk.catalog import wording as w
from kiosk.catalog.cells import BadValue, Parser, choice_word, parser_for
from kiosk.catalog.columns import Layout, read_layout
from kiosk.catalog.crosscheck import check_cross_fields, check_references
from kiosk.catalog.gcpause import collector_paused
from kiosk.catalog.languages import FALLBACK
from kiosk.catalog.notes import judge
from kiosk.catalog.raw import CellNote, RawRow, RawSheet, RawWorkbook
from kiosk.catalog.records import Problem, Record, Validation
from kiosk.catalog.sheets import SHEETS, SHEETS_BY_NAME, Column, Kind, Sheet
from kiosk.catalog.textcheck import clean, text_problem
from kiosk.catalog.visible import hidden_characters
from kiosk.catalog.wording import Wording

__all__ = ["Problem", "Record", "Validation", "validate"]

IGNORED_SHEETS = {"instructions", "readme", "lists"}


@collector_paused()
def validate(book: RawWorkbook) -> Validation:
    result = Validation()
    result.problems.extend(book.problems)
    for name, raw in book.sheets.items():
        if name not in SHEETS_BY_NAME and name not in IGNORED_SHEETS:
            result.problems.append(
                Problem.worded(
                    raw.name,
                    None,
                    None,
                    Wording.of(w.UNKNOWN_SHEET),
                    Wording.of(w.SHEETS_EXPECTED, sheets=", ".join(s.name for s in SHEETS)),
                    warning=True,
                )
            )
    for sheet in SHEETS:
        raw_sheet = book.sheets.get(sheet.name)
        if raw_sheet is None:
            result.problems.append(
                Problem.worded(
                    sheet.name,
                    None,
                    None,
                    Wording.of(w.SHEET_MISSING),
                    Wording.of(w.SHEET_EXPECTED, sheet=sheet.name),
                )
            )
            result.unreadable.add(sheet.name)
            continue
        checker = _SheetChecker(sheet, raw_sheet, result.problems)
        records = checker.check()
        if records is None:
            result.unreadable.add(sheet.name)
            records = []
        result.records[sheet.name] = records
    check_references(result)
    check_cross_fields(result)
    return result


class _SheetChecker:
    """Checks the rows of one sheet; problems go into the shared list."""

    def __init__(self, sheet: Sheet, raw: RawSheet, problems: list[Problem]) -> None:
        self.sheet = sheet
        self.raw = raw
        self.problems = problems
        self.layout: Layout = {}
        # Worked out once per sheet, not per row: (index, column, language, header, parser;
        # None for text), and the columns whose emptiness can be a problem.
        self._plan: list[tuple[int, Column, str, str, Parser | None]] = []
        self._presence: list[tuple[Column, bool]] = []  # (column, is it text)

    def problem(
        self,
        row: int | None,
        column: str | None,
        message: Wording,
        expected: Wording,
        *,
        warning: bool = False,
    ) -> None:
        self.problems.append(
            Problem.worded(self.sheet.name, row, column, message, expected, warning)
        )

    def check(self) -> list[Record] | None:
        """The sheet's records, or None when its header row leaves it unreadable."""
        layout = read_layout(self.sheet, self.raw, self.problem)
        if layout is None:
            return None
        self.layout = layout
        self._plan = [
            (index, column, lang, self.raw.headers[index], _parser(column))
            for index, (column, lang) in layout.items()
        ]
        self._presence = [
            (c, c.kind is Kind.TEXT)
            for c in self.sheet.columns
            if c.required or (c.kind is Kind.TEXT and c.shown)
        ]
        # Rows with problems are kept too, so that references to them do not raise a second,
        # misleading "unknown code" error; nothing is built while any error remains.
        records = [self._check_row(raw) for raw in self.raw.rows]
        if len(self.raw.rows) < self.sheet.min_rows:
            self.problem(
                None,
                None,
                Wording.of(w.TOO_FEW_ROWS, count=len(self.raw.rows)),
                Wording.of(w.AT_LEAST, count=self.sheet.min_rows),
            )
        self._check_unique(records)
        return records

    def _check_row(self, raw: RawRow) -> Record:
        values: dict[str, object] = {}
        texts: dict[str, dict[str, str]] = {}
        failed: set[str] = set()  # fields already reported, not to be reported again as empty
        cells, noted = raw.cells, bool(raw.notes)
        for index, column, lang, header, parser in self._plan:
            typed = cells[index].strip() if index < len(cells) else ""
            # Nearly every cell is ASCII without a note: nothing more to read or report.
            quick = not noted and typed.isascii()
            cell = typed if quick else self._cell(raw, index, header, column, typed)
            if cell is None:
                failed.add(column.name)
                continue
            if parser is None:
                if not cell:
                    continue
                trouble = text_problem(column, lang, cell, encoding=self.raw.encoding)
                if trouble is None:
                    texts.setdefault(column.name, {})[lang] = cell
                else:
                    self.problem(raw.number, header, *trouble)
                    failed.add(column.name)
                continue
            try:
                values[column.name] = parser(column, cell)
            except BadValue as bad:
                self.problem(raw.number, header, bad.message_wording, bad.expected_wording)
                failed.add(column.name)
        for column, is_text in self._presence:
            # What _check_presence finds nothing wrong with, seen without calling it.
            if is_text and FALLBACK in texts.get(column.name, ()):
                continue
            if not is_text and values.get(column.name) not in _EMPTY:
                continue
            if column.name not in failed:
                self._check_presence(raw.number, column, values, texts)
        return Record(raw.number, values, texts)

    def _cell(self, raw: RawRow, index: int, header: str, column: Column, cell: str) -> str | None:
        """The text of one cell (`cell`, stripped) as the catalog will hold it, or None when
        it cannot be."""
        note = raw.notes.get(index) if raw.notes else None
        if note is not None:
            taken = self._noted(raw, index, header, column, cell, note)
            if taken is None:
                return None
            cell = taken
        cell, removed = clean(cell)
        for what in removed:
            self.problem(
                raw.number,
                header,
                Wording.of(w.INVISIBLE_REMOVED, character=what),
                Wording.of(w.INVISIBLE_REMOVED_EXPECTED),
                warning=True,
            )
        for what in hidden_characters(cell) if column.kind is Kind.TEXT else ():
            self.problem(
                raw.number,
                header,
                Wording.of(w.INVISIBLE_KEPT, character=what),
                Wording.of(w.INVISIBLE_KEPT_EXPECTED),
                warning=True,
            )
        return cell

    def _noted(
        self, raw: RawRow, index: int, header: str, column: Column, cell: str, note: CellNote
    ) -> str | None:
        wants_address = self._wants_address(raw, column)
        verdict = judge(note, cell, wants_address=wants_address, is_text=column.kind is Kind.TEXT)
        if verdict.message and verdict.expected:
            self.problem(
                raw.number, header, verdict.message, verdict.expected, warning=verdict.warning
            )
        return verdict.text

    def _wants_address(self, raw: RawRow, column: Column) -> bool:
        if column.link:
            return True
        # The settings sheet's one address is the value of its qr_base_url row.
        headers = [h.lower() for h in self.raw.headers]
        key = headers.index("key") if "key" in headers else -1
        return (
            self.sheet.name == "settings"
            and column.name == "value"
            and 0 <= key < len(raw.cells)
            and choice_word(raw.cells[key]) == "qr_base_url"
        )

    def _check_presence(
        self,
        number: int,
        column: Column,
        values: dict[str, object],
        texts: dict[str, dict[str, str]],
    ) -> None:
        if column.kind is Kind.TEXT:
            langs = texts.get(column.name, {})
            if not langs:
                if column.required:
                    self.problem(
                        number,
                        column.name,
                        Wording.of(w.TEXT_EMPTY),
                        Wording.of(w.HELP_EXPECTED, help=column.help),
                    )
            elif FALLBACK not in langs and column.shown:
                self.problem(
                    number, column.name, Wording.of(w.NO_ENGLISH), Wording.of(w.NO_ENGLISH_EXPECTED)
                )
            return
        if column.required and values.get(column.name, "") in (None, "", ()):
            self.problem(
                number,
                column.name,
                Wording.of(w.VALUE_EMPTY),
                Wording.of(w.HELP_EXPECTED, help=column.help),
            )

    def _check_unique(self, records: list[Record]) -> None:
        if not self.sheet.key:
            return
        first: dict[tuple[object, ...], int] = {}
        for record in records:
            key = tuple(record.values.get(k) for k in self.sheet.key)
            if any(part in (None, "") for part in key):
                continue  # a key that did not read was reported already
            if key in first:
                shown = " / ".join(str(k) for k in key)
                self.problem(
                    record.row,
                    self.sheet.key[0],
                    Wording.of(w.DUPLICATE, key=shown),
                    Wording.of(
                        w.DUPLICATE_EXPECTED, columns="/".join(self.sheet.key), row=first[key]
                    ),
                )
            else:
                first[key] = record.row


_EMPTY = (None, "", ())


def _parser(column: Column) -> Parser | None:
    return None if column.kind is Kind.TEXT else parser_for(column)
