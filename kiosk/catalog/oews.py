"""Wages as the U.S. Bureau of Labor Statistics publishes them: its Occupational Employment and
Wage Statistics (OEWS) files, read in BLS's own layout, never typed by hand.

A file is the `.xlsx` BLS publishes for a release (national, state or metropolitan areas) or
a CSV of it (Excel may add thousands separators). BLS's special values are kept apart from
the figures: `*` a wage not published, `**` employment not published, `#` a wage at or above
the top of BLS's range. `HOURLY` = TRUE marks occupations published only as hourly pay (the
figures are then hourly); every other occupation is read as yearly pay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog import wording as w
from kiosk.catalog.payrecords import Pay
from kiosk.catalog.raw import WorkbookError
from kiosk.catalog.wording import Wording

__all__ = ["Pay", "read_oews"]

# The top of BLS's range in the May 2025 release ("#"): $239,200 a year, $115.00 an hour.
TOP_YEARLY, TOP_HOURLY = 239_200.0, 115.0
COLUMNS = (
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
)
NATION, STATE, METRO = 1, 2, 4  # AREA_TYPE


@dataclass(frozen=True)
class OccupationWage:
    area: str  # BLS's area code: 99 the nation, a state's FIPS code (06), a metro area (40900)
    area_title: str
    area_type: int  # NATION, STATE, METRO (BLS has others, e.g. 6 for nonmetro areas)
    state: str  # the postal code of the (main) state, CA; US for the nation
    soc: str  # the SOC 2018 code, 29-1141
    title: str
    group: str  # "detailed", "broad", "minor", "major" or "total"
    jobs: int | None  # None where BLS publishes no employment figure
    hourly: bool  # BLS publishes only hourly pay for it: the figures are per hour
    p25: Pay
    median: Pay
    p75: Pay


def read_oews(path: Path) -> dict[tuple[str, str], OccupationWage]:
    """Every row of the file by (area, SOC code). Raises WorkbookError naming the file, the
    row and the column of anything that is not as BLS writes it."""
    rows = _rows(path)
    header = [str(cell).strip().upper() for cell in rows[0]] if rows else []
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        columns = ", ".join(missing)
        raise WorkbookError(Wording.of(w.NOT_OEWS, file=path.name, columns=columns))
    at = {name: header.index(name) for name in header}
    found = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(str(cell).strip() for cell in row):
            continue
        cells = {name: str(row[i]).strip() if i < len(row) else "" for name, i in at.items()}
        wage = _wage(cells, _Place(path.name, number))
        found[(wage.area, wage.soc)] = wage
    return found


@dataclass(frozen=True)
class _Place:
    file: str
    row: int

    def error(self, template: str, column: str, value: str) -> WorkbookError:
        """`template` (NOT_AN_AREA_TYPE, NOT_A_FIGURE) for the cell in `column`."""
        where = {"file": self.file, "row": self.row, "column": column}
        return WorkbookError(Wording.of(template, **where, value=repr(value)))


def _wage(cells: dict[str, str], place: _Place) -> OccupationWage:
    hourly = cells.get("HOURLY", "").upper() == "TRUE"
    prefix, top = ("H_", TOP_HOURLY) if hourly else ("A_", TOP_YEARLY)
    area_type = _number(cells, "AREA_TYPE", place)
    if area_type is None:
        raise place.error(w.NOT_AN_AREA_TYPE, "AREA_TYPE", cells["AREA_TYPE"])
    jobs = None if cells["TOT_EMP"] == "**" else _number(cells, "TOT_EMP", place)
    return OccupationWage(
        area=_area(cells["AREA"]),
        area_title=cells["AREA_TITLE"],
        area_type=int(area_type),
        state=cells.get("PRIM_STATE", ""),
        soc=cells["OCC_CODE"],
        title=cells["OCC_TITLE"],
        group=cells["O_GROUP"],
        jobs=None if jobs is None else int(jobs),
        hourly=hourly,
        p25=_pay(cells, prefix + "PCT25", top, place),
        median=_pay(cells, prefix + "MEDIAN", top, place),
        p75=_pay(cells, prefix + "PCT75", top, place),
    )


def _area(text: str) -> str:
    """Spreadsheets drop a state code's leading zero (6 for 06); BLS's codes keep it."""
    text = text.removesuffix(".0")
    return text.zfill(2) if text.isdigit() and len(text) < 2 else text


def _pay(cells: dict[str, str], column: str, top: float, place: _Place) -> Pay:
    text = cells[column]
    if text == "#":
        return Pay(top, at_least=True)
    if text == "*":
        return Pay(None)
    return Pay(_number(cells, column, place))


def _number(cells: dict[str, str], column: str, place: _Place) -> float | None:
    text = cells[column].replace(",", "").removeprefix("$")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise place.error(w.NOT_A_FIGURE, column, cells[column]) from None


def _rows(path: Path) -> Sequence[Sequence[object]]:
    if path.suffix.lower() == ".csv":
        from kiosk.catalog.csvtext import read_csv

        return read_csv(path)
    import python_calamine  # only staff tools read workbooks

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:  # BLS's workbooks may start with a notes sheet
            table = book.get_sheet_by_name(name).to_python()
            if table and "OCC_CODE" in [str(c).strip().upper() for c in table[0]]:
                return [list(row) for row in table]
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        why = Wording.of(w.NOT_A_WAGE_WORKBOOK, file=path.name, why=exc)
        raise WorkbookError(why) from exc
    raise WorkbookError(Wording.of(w.NO_OCC_CODE, file=path.name))
