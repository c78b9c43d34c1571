"""Reading one cell: text as typed into the value a column declares (code, number, yes/no,
choice, references, RIASEC letters), or a BadValue saying what is wrong and what is expected."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kiosk.catalog import wording as w
from kiosk.catalog.sheets import RIASEC, Column, Kind
from kiosk.catalog.wording import Wording

_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]*")
_TRUE = {"yes", "y", "true", "1", "x", "sí", "si"}
_FALSE = {"no", "n", "false", "0", ""}
_CHOICE_GAPS = re.compile(r"[\s-]+")
_LIST_SEPARATOR = re.compile(r"[;,\n]")
_AREA_GAPS = re.compile(r"[\s,;/-]+")


class BadValue(Exception):
    def __init__(self, message: Wording, expected: Wording) -> None:
        super().__init__(message.text())
        self.message, self.expected = message.text(), expected.text()
        self.message_wording, self.expected_wording = message, expected


def _parse_code(column: Column, cell: str) -> str:
    code = cell.upper()
    if cell and (not _CODE.fullmatch(code) or len(code) > column.max_length):
        raise BadValue(
            Wording.of(w.NOT_A_CODE, cell=cell),
            Wording.of(w.CODE_EXPECTED, max=column.max_length),
        )
    return code


# One rule for every number column: commas group digits in threes (52,000 and 1,234,567), a
# point starts the decimals. A decimal comma (7,5 or 0,500) could mean either, so it is
# refused. Digits are ASCII: a full-width "５２" is not read as 52.
_NUMBER = re.compile(r"-?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|-?\.[0-9]+")
# Money columns also take a dollar sign and spaces around it: "$52,000.00", "$ 52,000".
_MONEY = re.compile(r"\s*(-?)\s*\$?\s*(-?)\s*(.*?)\s*")


def _parse_number(column: Column, cell: str) -> float | None:
    if not cell:
        return None
    text = cell
    if column.money:
        sign_before, sign_after, digits = _MONEY.fullmatch(cell).groups()  # type: ignore[union-attr]
        text = (sign_before or sign_after) + digits
    if not _NUMBER.fullmatch(text):
        example = _example(column, cell)
        raise BadValue(Wording.of(w.NOT_A_NUMBER, cell=cell), _range(column, example))
    number = float(text.replace(",", ""))
    if not _in_range(column, number):
        raise BadValue(Wording.of(w.OUT_OF_RANGE, cell=cell), _range(column))
    return number


_MONEY_EXAMPLE, _DECIMAL_EXAMPLE = "money", "decimal"


def _example(column: Column, cell: str) -> str:
    """How to write the number, for a cell that has digits in it but does not read as one."""
    if not any(c.isdigit() for c in cell):
        return ""
    return _MONEY_EXAMPLE if column.money else _DECIMAL_EXAMPLE


def _parse_int(column: Column, cell: str) -> int | None:
    number = _parse_number(column, cell)
    if number is None:
        return None
    if not number.is_integer():
        raise BadValue(Wording.of(w.NOT_A_WHOLE_NUMBER, cell=cell), _range(column))
    return int(number)


def _in_range(column: Column, number: float) -> bool:
    low = column.minimum if column.minimum is not None else float("-inf")
    high = column.maximum if column.maximum is not None else float("inf")
    return low <= number <= high


# (whole numbers, between bounds, example) -> "expected a whole number from {low} to {high}..."
_EXPECTED_NUMBER = {
    (True, False, ""): w.WHOLE,
    (True, True, ""): w.WHOLE_FROM,
    (False, False, ""): w.NUMBER,
    (False, True, ""): w.NUMBER_FROM,
    (True, False, _MONEY_EXAMPLE): w.WHOLE_LIKE_MONEY,
    (True, True, _MONEY_EXAMPLE): w.WHOLE_FROM_LIKE_MONEY,
    (False, False, _MONEY_EXAMPLE): w.NUMBER_LIKE_MONEY,
    (False, True, _MONEY_EXAMPLE): w.NUMBER_FROM_LIKE_MONEY,
    (True, False, _DECIMAL_EXAMPLE): w.WHOLE_LIKE_DECIMAL,
    (True, True, _DECIMAL_EXAMPLE): w.WHOLE_FROM_LIKE_DECIMAL,
    (False, False, _DECIMAL_EXAMPLE): w.NUMBER_LIKE_DECIMAL,
    (False, True, _DECIMAL_EXAMPLE): w.NUMBER_FROM_LIKE_DECIMAL,
}


def _range(column: Column, example: str = "") -> Wording:
    """ "expected a whole number from 9 to 12", with how to write one if `example` says."""
    if column.minimum is not None and column.maximum is not None:
        template = _EXPECTED_NUMBER[column.kind is Kind.INT, True, example]
        return Wording.of(template, low=_figure(column.minimum), high=_figure(column.maximum))
    return Wording.of(_EXPECTED_NUMBER[column.kind is Kind.INT, False, example])


def parse_bool(cell: str) -> bool | None:
    """yes/no as staff write it (yes, y, true, 1, x, si, sí; no, n, false, 0 or empty)."""
    value = cell.lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    return None


def _figure(number: float) -> str:
    """A bound as staff would write it: 40, 1,000,000, 7.5."""
    return f"{number:,.0f}" if float(number).is_integer() else f"{number:,}"


def _parse_bool(column: Column, cell: str) -> bool:
    value = parse_bool(cell)
    if value is None:
        raise BadValue(Wording.of(w.NOT_YES_OR_NO, cell=cell), Wording.of(w.YES_OR_NO))
    return value


def choice_word(cell: str) -> str:
    """A choice as staff may write it, as declared: "School year" and "school-year" are
    "school_year"."""
    return _CHOICE_GAPS.sub("_", cell.strip().lower())


def _parse_choice(column: Column, cell: str) -> str | None:
    if not cell:
        return None
    value = choice_word(cell)
    if value not in column.choices:
        raise BadValue(
            Wording.of(w.NOT_A_CHOICE, cell=cell, column=column.name),
            Wording.of(w.ONE_OF, choices=", ".join(column.choices)),
        )
    return value


def _split(cell: str) -> list[str]:
    return [part.strip() for part in _LIST_SEPARATOR.split(cell) if part.strip()]


def _parse_ref(column: Column, cell: str) -> str:
    return _parse_code(_ref_column(column.name), cell)


@functools.cache
def _ref_column(name: str) -> Column:
    # Made once per column name: a 100k workbook reads a few hundred thousand references.
    return Column(name, Kind.CODE, "", max_length=32)


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
            raise BadValue(_bad_weight(column, part), Wording.of(w.WEIGHT_EXPECTED))
        pairs.append((_parse_ref(column, code.strip()), weight))
    return tuple(pairs)


def _bad_weight(column: Column, part: str) -> Wording:
    # A weights column is no whole-number column: its range reads "a number from 1 to 3".
    if column.minimum is not None and column.maximum is not None:
        low, high = _figure(column.minimum), _figure(column.maximum)
        return Wording.of(w.WEIGHT_NOT_FROM, part=part, low=low, high=high)
    return Wording.of(w.WEIGHT_NOT_A_NUMBER, part=part)


def _parse_areas(column: Column, cell: str) -> str:
    letters = _AREA_GAPS.sub("", cell.upper())
    bad = [c for c in letters if c not in RIASEC]
    if bad or len(set(letters)) != len(letters) or len(letters) > column.max_length:
        raise BadValue(
            Wording.of(w.NOT_AREAS, cell=cell),
            Wording.of(w.AREAS_EXPECTED, max=column.max_length),
        )
    return letters


OCCUPATION_CODE = re.compile(r"\d{2}-\d{4}(\.\d{2})?")


def _parse_occupation(column: Column, cell: str) -> str | None:
    code = cell.strip()
    if not code:
        return None
    if not OCCUPATION_CODE.fullmatch(code):
        raise BadValue(
            Wording.of(w.NOT_AN_OCCUPATION, cell=cell), Wording.of(w.OCCUPATION_EXPECTED)
        )
    return code


Parser = Callable[[Column, str], object]
_PARSERS: dict[Kind, Parser] = {
    Kind.CODE: _parse_code,
    Kind.INT: _parse_int,
    Kind.NUMBER: _parse_number,
    Kind.BOOL: _parse_bool,
    Kind.CHOICE: _parse_choice,
    Kind.REF: _parse_ref,
    Kind.REF_LIST: _parse_ref_list,
    Kind.WEIGHTED_REFS: _parse_weighted,
    Kind.AREAS: _parse_areas,
    Kind.OCCUPATION: _parse_occupation,
}


def parse(column: Column, cell: str) -> object:
    """The value of `cell` for `column`; raises BadValue."""
    return _PARSERS[column.kind](column, cell)


def parser_for(column: Column) -> Parser:
    """The function `parse` calls for `column`, for a caller that reads many cells of it."""
    return _PARSERS[column.kind]
