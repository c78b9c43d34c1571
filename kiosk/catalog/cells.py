"""Reading one cell: text as typed into the value a column declares (code, number, yes/no,
choice, references, RIASEC letters), or a BadValue saying what is wrong and what is expected."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kiosk.catalog.sheets import RIASEC, Column, Kind

_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]*")
_TRUE = {"yes", "y", "true", "1", "x", "sí", "si"}
_FALSE = {"no", "n", "false", "0", ""}
_CHOICE_GAPS = re.compile(r"[\s-]+")
_LIST_SEPARATOR = re.compile(r"[;,\n]")
_AREA_GAPS = re.compile(r"[\s,;/-]+")


class BadValue(Exception):
    def __init__(self, message: str, expected: str) -> None:
        super().__init__(message)
        self.message = message
        self.expected = expected


def _parse_code(column: Column, cell: str) -> str:
    code = cell.upper()
    if cell and (not _CODE.fullmatch(code) or len(code) > column.max_length):
        raise BadValue(
            f'"{cell}" is not a valid code',
            f"expected up to {column.max_length} letters, digits, '.', '-' or '_'",
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
        raise BadValue(
            f'"{cell}" is not a number', f"expected {_range(column)}{_example(column, cell)}"
        )
    number = float(text.replace(",", ""))
    if not _in_range(column, number):
        raise BadValue(f"{cell} is out of range", f"expected {_range(column)}")
    return number


def _example(column: Column, cell: str) -> str:
    """How to write the number, for a cell that has digits in it but does not read as one."""
    if not any(c.isdigit() for c in cell):
        return ""
    if column.money:
        return ", written like 52000, 52,000 or $52,000.00"
    return ", written like 7.5 or 1,200: a point for decimals, commas only between thousands"


def _parse_int(column: Column, cell: str) -> int | None:
    number = _parse_number(column, cell)
    if number is None:
        return None
    if not number.is_integer():
        raise BadValue(f'"{cell}" is not a whole number', f"expected {_range(column)}")
    return int(number)


def _in_range(column: Column, number: float) -> bool:
    low = column.minimum if column.minimum is not None else float("-inf")
    high = column.maximum if column.maximum is not None else float("inf")
    return low <= number <= high


def _range(column: Column) -> str:
    kind = "a whole number" if column.kind is Kind.INT else "a number"
    if column.minimum is not None and column.maximum is not None:
        return f"{kind} from {_figure(column.minimum)} to {_figure(column.maximum)}"
    return kind


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
        raise BadValue(f'"{cell}" is not yes or no', "expected yes or no")
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
            f'"{cell}" is not a valid {column.name}',
            "expected one of: " + ", ".join(column.choices),
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
            raise BadValue(
                f'"{part}" has a weight that is not {_range(column)}',
                "expected CODE or CODE:weight, e.g. AG-AS:3",
            )
        pairs.append((_parse_ref(column, code.strip()), weight))
    return tuple(pairs)


def _parse_areas(column: Column, cell: str) -> str:
    letters = _AREA_GAPS.sub("", cell.upper())
    bad = [c for c in letters if c not in RIASEC]
    if bad or len(set(letters)) != len(letters) or len(letters) > column.max_length:
        raise BadValue(
            f'"{cell}" is not a valid set of interest areas',
            f"expected up to {column.max_length} different letters from R I A S E C",
        )
    return letters


OCCUPATION_CODE = re.compile(r"\d{2}-\d{4}(\.\d{2})?")


def _parse_occupation(column: Column, cell: str) -> str | None:
    code = cell.strip()
    if not code:
        return None
    if not OCCUPATION_CODE.fullmatch(code):
        raise BadValue(
            f'"{cell}" is not an occupation code',
            "expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00",
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
