"""Reading one cell: text as typed into the value a column declares (code, number, yes/no,
choice, references, RIASEC letters), or a BadValue saying what is wrong and what is expected."""

from __future__ import annotations

import re

from kiosk.catalog.sheets import RIASEC, Column, Kind

_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]*")
_TRUE = {"yes", "y", "true", "1", "x", "sí", "si"}
_FALSE = {"no", "n", "false", "0", ""}


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


def _parse_number(column: Column, cell: str) -> float | None:
    if not cell:
        return None
    try:
        number = float(cell.replace(",", ".")) if cell.count(",") <= 1 else float("nan")
    except ValueError:
        number = float("nan")
    if number != number:
        raise BadValue(f'"{cell}" is not a number', f"expected {_range(column)}")
    if not _in_range(column, number):
        raise BadValue(f"{cell} is out of range", f"expected {_range(column)}")
    return number


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
        return f"{kind} from {column.minimum:g} to {column.maximum:g}"
    return kind


def _parse_bool(column: Column, cell: str) -> bool:
    value = cell.lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise BadValue(f'"{cell}" is not yes or no', "expected yes or no")


def _parse_choice(column: Column, cell: str) -> str | None:
    if not cell:
        return None
    value = re.sub(r"[\s-]+", "_", cell.lower())
    if value not in column.choices:
        raise BadValue(
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
            raise BadValue(
                f'"{part}" has a weight that is not {_range(column)}',
                "expected CODE or CODE:weight, e.g. AG-AS:3",
            )
        pairs.append((_parse_ref(column, code.strip()), weight))
    return tuple(pairs)


def _parse_areas(column: Column, cell: str) -> str:
    letters = re.sub(r"[\s,;/-]+", "", cell.upper())
    bad = [c for c in letters if c not in RIASEC]
    if bad or len(set(letters)) != len(letters) or len(letters) > column.max_length:
        raise BadValue(
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


def parse(column: Column, cell: str) -> object:
    """The value of `cell` for `column`; raises BadValue."""
    return _PARSERS[column.kind](column, cell)
