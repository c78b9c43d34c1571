"""BLS's OEWS wage workbook as BLS publishes it (the "all data" file of a release,
all_data_M_2025.xlsx), written with openpyxl from rows of a BLS extract in CSV.

The data sheet comes first, named for the release, with BLS's header row (the columns the
kiosk reads and those it ignores); a "Field descriptions" sheet follows. Figures are real
numbers shown with thousands separators, or text such as "171,460" for the rows a test asks
for; BLS's special values `*`, `**` and `#` stay text; ANNUAL and HOURLY are TRUE or empty.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

# BLS's columns in BLS's order; those a CSV extract lacks are left empty, as BLS leaves
# fields that do not apply to an estimate.
COLUMNS = (
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "PRIM_STATE",
    "NAICS",
    "NAICS_TITLE",
    "I_GROUP",
    "OWN_CODE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "EMP_PRSE",
    "JOBS_1000",
    "LOC_QUOTIENT",
    "PCT_TOTAL",
    "PCT_RPT",
    "H_MEAN",
    "A_MEAN",
    "MEAN_PRSE",
    "H_PCT10",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "H_PCT90",
    "A_PCT10",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
    "A_PCT90",
    "ANNUAL",
    "HOURLY",
)
FIGURES = {"TOT_EMP", "H_MEAN", "A_MEAN"} | {c for c in COLUMNS if "_PCT" in c or "MEDIAN" in c}
SPECIAL = {"*", "**", "#"}
Cell = str | int | float | bool | None
Row = dict[str, str]


def extract_rows(path: Path, wanted: Iterable[tuple[str, str]]) -> list[Row]:
    """The rows of a BLS CSV extract for the (area, SOC code) pairs in `wanted`, in order."""
    pairs = set(wanted)
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if (row["AREA"], row["OCC_CODE"]) in pairs]


def write_oews_xlsx(
    path: Path, rows: Iterable[Row], *, as_text: Iterable[tuple[str, str]] = ()
) -> Path:
    """Write `rows` (as read from a BLS CSV) as BLS's workbook. Rows whose (area, SOC code)
    is in `as_text` keep their figures as text with thousands separators ("171,460")."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "All May 2025 data"
    sheet.append(COLUMNS)
    texts = set(as_text)
    for row in rows:
        text = (row["AREA"], row["OCC_CODE"]) in texts
        sheet.append([_cell(name, row.get(name, ""), text) for name in COLUMNS])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"  # as BLS shows them: 23,590
            elif isinstance(cell.value, float):
                cell.number_format = "0.00"
    notes = book.create_sheet("Field descriptions")
    notes.append(["May 2025 OEWS Estimates"])
    notes.append(["Field", "Field Description"])
    notes.append(["occ_code", "The 6-digit Standard Occupational Classification (SOC) code"])
    notes.append(["*", "indicates that a wage estimate is not available"])
    notes.append(["**", "indicates that an employment estimate is not available"])
    notes.append(["#", "indicates a wage equal to or greater than $115.00 per hour or $239,200"])
    book.save(path)
    return path


def _cell(name: str, value: str, text: bool) -> Cell:
    if name in ("ANNUAL", "HOURLY"):
        return True if value == "TRUE" else None  # Excel's TRUE, or an empty cell
    if name == "AREA":
        return value  # text, as BLS keeps a state's leading zero: 06
    if name == "AREA_TYPE":
        return int(value)
    if name == "I_GROUP":
        return "cross-industry"
    if name == "OWN_CODE":
        return 1235  # BLS's code for all ownerships: private, federal, state and local
    if name not in FIGURES or not value or value in SPECIAL:
        return value or None
    number = float(value)
    if text:
        return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"
    return int(number) if "." not in value else number
