"""Check a raw workbook against the sheet declarations, collecting every problem in one pass.

Each problem names the sheet, the Excel row and the column, says what is wrong and what is
expected. The result also carries the parsed records the build step turns into a catalog.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from kiosk.catalog.languages import FALLBACK, LANGUAGES, TRANSLATIONS, split_suffix
from kiosk.catalog.sheets import (
    REQUIRED_SETTINGS,
    RIASEC,
    SHEETS,
    SHEETS_BY_NAME,
    Column,
    Kind,
    Sheet,
)
from kiosk.catalog.workbook import RawSheet, RawWorkbook

_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]*")
_HTML = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]{2,8});")
_FORMULA = re.compile(r"[=+@]|-[^\s\d]")
_TRUE = {"yes", "y", "true", "1", "x", "sí", "si"}
_FALSE = {"no", "n", "false", "0", ""}
IGNORED_SHEETS = {"instructions", "readme", "lists"}


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None
    message: str
    expected: str
    warning: bool = False

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f', column "{self.column}"'
        prefix = "warning: " if self.warning else ""
        return f"{prefix}{where}: {self.message} ({self.expected})"


@dataclass(frozen=True)
class Record:
    """One valid-so-far row: parsed values, and text per field per language."""

    row: int
    values: dict[str, object]
    texts: dict[str, dict[str, str]]

    def text(self, name: str, lang: str = FALLBACK) -> str:
        return self.texts.get(name, {}).get(lang, "")

    def items(self, name: str) -> tuple[Any, ...]:
        """The parsed list in a list column (codes, or code/weight pairs); () when empty."""
        value = self.values.get(name)
        return value if isinstance(value, tuple) else ()


@dataclass
class Validation:
    records: dict[str, list[Record]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        return not self.errors


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
    _check_references(result)
    _check_cross_fields(result)
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
        if suffix not in LANGUAGES:
            self.problem(
                row,
                header,
                f'unknown language suffix "{suffix}"',
                "expected one of: " + ", ".join(TRANSLATIONS),
            )
            return None
        return column, suffix

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
            return _PARSERS[column.kind](column, cell)
        except _BadValue as bad:
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


class _BadValue(Exception):
    def __init__(self, message: str, expected: str) -> None:
        super().__init__(message)
        self.message = message
        self.expected = expected


_INVALID = object()


def _parse_code(column: Column, cell: str) -> str:
    code = cell.upper()
    if cell and (not _CODE.fullmatch(code) or len(code) > column.max_length):
        raise _BadValue(
            f'"{cell}" is not a valid code',
            f"expected up to {column.max_length} letters, digits, '.', '-' or '_'",
        )
    return code


def _parse_number(column: Column, cell: str) -> float | None:
    if not cell:
        return None
    try:
        number = float(cell.replace(",", ".")) if cell.count(",") <= 1 else float("nan")
    except ValueError:
        number = float("nan")
    if number != number:
        raise _BadValue(f'"{cell}" is not a number', f"expected {_range(column)}")
    if not _in_range(column, number):
        raise _BadValue(f"{cell} is out of range", f"expected {_range(column)}")
    return number


def _parse_int(column: Column, cell: str) -> int | None:
    number = _parse_number(column, cell)
    if number is None:
        return None
    if not number.is_integer():
        raise _BadValue(f'"{cell}" is not a whole number', f"expected {_range(column)}")
    return int(number)


def _in_range(column: Column, number: float) -> bool:
    low = column.minimum if column.minimum is not None else float("-inf")
    high = column.maximum if column.maximum is not None else float("inf")
    return low <= number <= high


def _range(column: Column) -> str:
    kind = "a whole number" if column.kind is Kind.INT else "a number"
    if column.minimum is not None and column.maximum is not None:
        return f"{kind} from {column.minimum:g} to {column.maximum:g}"
    return kind


def _parse_bool(column: Column, cell: str) -> bool:
    value = cell.lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _BadValue(f'"{cell}" is not yes or no', "expected yes or no")


def _parse_choice(column: Column, cell: str) -> str | None:
    if not cell:
        return None
    value = re.sub(r"[\s-]+", "_", cell.lower())
    if value not in column.choices:
        raise _BadValue(
            f'"{cell}" is not a valid {column.name}',
            "expected one of: " + ", ".join(column.choices),
        )
    return value


def _split(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,\n]", cell) if part.strip()]


def _parse_ref(column: Column, cell: str) -> str:
    return _parse_code(Column(column.name, Kind.CODE, "", max_length=32), cell)


def _parse_ref_list(column: Column, cell: str) -> tuple[str, ...]:
    return tuple(_parse_ref(column, part) for part in _split(cell))


def _parse_weighted(column: Column, cell: str) -> tuple[tuple[str, int], ...]:
    pairs = []
    for part in _split(cell):
        code, _, weight_text = part.partition(":")
        weight = 1
        if weight_text.strip():
            try:
                weight = int(weight_text.strip())
            except ValueError:
                weight = 0
        if not _in_range(column, weight):
            raise _BadValue(
                f'"{part}" has a weight that is not {_range(column)}',
                "expected CODE or CODE:weight, e.g. AG-AS:3",
            )
        pairs.append((_parse_ref(column, code.strip()), weight))
    return tuple(pairs)


def _parse_areas(column: Column, cell: str) -> str:
    letters = re.sub(r"[\s,;/-]+", "", cell.upper())
    bad = [c for c in letters if c not in RIASEC]
    if bad or len(set(letters)) != len(letters) or len(letters) > column.max_length:
        raise _BadValue(
            f'"{cell}" is not a valid set of interest areas',
            f"expected up to {column.max_length} different letters from R I A S E C",
        )
    return letters


_PARSERS = {
    Kind.CODE: _parse_code,
    Kind.INT: _parse_int,
    Kind.NUMBER: _parse_number,
    Kind.BOOL: _parse_bool,
    Kind.CHOICE: _parse_choice,
    Kind.REF: _parse_ref,
    Kind.REF_LIST: _parse_ref_list,
    Kind.WEIGHTED_REFS: _parse_weighted,
    Kind.AREAS: _parse_areas,
}


def _check_references(result: Validation) -> None:
    codes = {
        name: {r.values.get("code") for r in records} for name, records in result.records.items()
    }
    for sheet in SHEETS:
        for column in sheet.columns:
            if not column.ref:
                continue
            known = codes.get(column.ref)
            if known is None:  # the referenced sheet is missing: already reported
                continue
            for record in result.records.get(sheet.name, []):
                for code in _referenced(record.values.get(column.name)):
                    if code not in known:
                        noun = column.ref.rstrip("s")
                        result.problems.append(
                            Problem(
                                sheet.name,
                                record.row,
                                column.name,
                                f'unknown {noun} "{code}"',
                                f"expected a code from the {column.ref} sheet",
                            )
                        )


def _referenced(value: object) -> Iterable[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, tuple):
        return [v[0] if isinstance(v, tuple) else v for v in value]
    return []


class _Adder(Protocol):
    def __call__(
        self,
        sheet: str,
        row: int | None,
        column: str | None,
        message: str,
        expected: str,
        warning: bool = False,
    ) -> None: ...


def _check_cross_fields(result: Validation) -> None:
    def add(
        sheet: str,
        row: int | None,
        column: str | None,
        message: str,
        expected: str,
        warning: bool = False,
    ) -> None:
        result.problems.append(Problem(sheet, row, column, message, expected, warning))

    for course in result.records.get("courses", []):
        low, high = course.values.get("grade_min"), course.values.get("grade_max")
        if isinstance(low, int) and isinstance(high, int) and low > high:
            add(
                "courses",
                course.row,
                "grade_max",
                f"grade_max {high} is below grade_min {low}",
                "expected grade_max to be at least grade_min",
            )
        if course.values.get("college_credit") and not course.text("partner_college"):
            add(
                "courses",
                course.row,
                "partner_college",
                "college_credit is yes but no partner college is named",
                "expected the college that grants the credit",
                warning=True,
            )
    if "settings" in result.records:
        _check_settings(result.records["settings"], add)
    faq = result.records.get("faq", [])
    if "faq" in result.records and not any(r.values.get("kind") == "notice" for r in faq):
        add(
            "faq",
            None,
            "kind",
            "there is no notice row",
            "expected the nondiscrimination notice as a row of kind notice",
            warning=True,
        )


def _check_settings(records: list[Record], add: _Adder) -> None:
    present = {r.values.get("key"): r for r in records}
    for key in REQUIRED_SETTINGS:
        if key not in present:
            add(
                "settings",
                None,
                "key",
                f'setting "{key}" is missing',
                f'expected a row with key "{key}"',
            )
    sample = present.get("is_sample")
    if sample is not None and sample.text("value").lower() not in {"yes", "no", ""}:
        add(
            "settings",
            sample.row,
            "value",
            f'"{sample.text("value")}" is not yes or no',
            "expected yes or no for is_sample",
        )
    url = present.get("qr_base_url")
    if url is not None and url.text("value") and not re.match(r"https?://\S+$", url.text("value")):
        add(
            "settings",
            url.row,
            "value",
            f'"{url.text("value")}" is not a web address',
            "expected an address starting with https://",
        )
