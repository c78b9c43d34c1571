"""Wage files as BLS publishes them: its CSV layout with special values, its .xlsx with a notes
sheet first, and a CSV saved with thousands separators."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk.catalog.oews import METRO, STATE, TOP_HOURLY, TOP_YEARLY, Pay, read_oews
from kiosk.catalog.raw import WorkbookError

EXTRACT = Path(__file__).parents[1] / "data" / "oews" / "oews-may2025-extract-trimmed.csv"
HEADER = (
    "AREA,AREA_TITLE,AREA_TYPE,PRIM_STATE,NAICS,NAICS_TITLE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,"
    "H_MEAN,A_MEAN,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,"
    "A_PCT90,ANNUAL,HOURLY"
).split(",")


def test_registered_nurses_in_the_sacramento_area() -> None:
    nurses = read_oews(EXTRACT)[("40900", "29-1141")]
    assert (nurses.area_type, nurses.title, nurses.jobs) == (METRO, "Registered Nurses", 23590)
    assert nurses.median == Pay(171_460.0) and not nurses.hourly
    assert (nurses.p25, nurses.p75) == (Pay(131_830.0), Pay(198_580.0))


def test_bls_special_values_are_kept_apart_from_figures() -> None:
    wages = read_oews(EXTRACT)
    top = wages[("40900", "29-1211")]  # anesthesiologists: every wage "#", employment "**"
    assert top.median == Pay(TOP_YEARLY, at_least=True) and top.jobs is None
    assert wages[("06", "13-1074")].jobs is None  # "**" with figures beside it
    assert wages[("06", "13-1074")].median == Pay(85_710.0)
    teachers = wages[("40900", "25-2031")]  # ANNUAL: only yearly pay is published
    assert not teachers.hourly and teachers.median.amount and teachers.median.amount > 50_000
    assert wages[("06", "29-1141")].area_type == STATE


def test_a_workbook_as_bls_publishes_it(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Field Descriptions"  # BLS's downloads start with notes
    book.active.append(["Field", "Field Description"])
    sheet = book.create_sheet("All May 2025 data")
    sheet.append(HEADER)
    base = [6, "California", 2, "CA", "000000", "Cross-industry"]  # 06 saved as a number
    sheet.append(
        [*base, "27-2011", "Actors", "detailed", 5400, 41.2, "*", 18.5, 22.1, 35.73, 55.4, "#"]
        + ["*"] * 5
        + [None, "TRUE"]
    )
    sheet.append(
        [
            *base,
            "29-1141",
            "Registered Nurses",
            "detailed",
            338940,
            72.25,
            150280,
            48.68,
            58.87,
            67.44,
            83.25,
            102.56,
            101260,
            122440,
            140270,
            173170,
            213320,
            None,
            None,
        ]
    )
    path = tmp_path / "state_M2025_dl.xlsx"
    book.save(path)
    wages = read_oews(path)
    actors = wages[("06", "27-2011")]
    assert actors.hourly and actors.median == Pay(35.73) and actors.jobs == 5400
    assert actors.p75 == Pay(55.4) and TOP_HOURLY == 115.0
    assert wages[("06", "29-1141")].median == Pay(140_270.0)


def test_a_csv_saved_with_thousands_separators(tmp_path: Path) -> None:
    path = tmp_path / "msa.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerow(
            [
                "40900",
                "Sacramento-Roseville-Folsom, CA",
                "4",
                "CA",
                "000000",
                "Cross-industry",
                "29-1141",
                "Registered Nurses",
                "detailed",
                "23,590",
                "78.94",
                "164,200",
                "48.38",
                "63.38",
                "82.43",
                "95.47",
                "105.18",
                "100,630",
                "131,830",
                "171,460",
                "198,580",
                "218,780",
                "",
                "",
            ]
        )
    nurses = read_oews(path)[("40900", "29-1141")]
    assert (nurses.jobs, nurses.median) == (23590, Pay(171_460.0))


def test_a_file_not_in_bls_layout_says_which_columns_are_missing(tmp_path: Path) -> None:
    path = tmp_path / "wages.csv"
    path.write_text("occupation,median\nnurse,171460\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match=r"wages\.csv: not an OEWS wage file .*OCC_CODE"):
        read_oews(path)


def test_a_bad_figure_names_its_row_and_column(tmp_path: Path) -> None:
    lines = EXTRACT.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("99,") and "29-1141" in line)
    lines[index] = lines[index].replace(",97550,", ",about 97k,")  # the nation's nurses' median
    path = tmp_path / "edited.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    row = f"row {index + 1}"  # the header is row 1
    with pytest.raises(WorkbookError, match=rf"edited\.csv: {row}, column A_MEDIAN: 'about 97k'"):
        read_oews(path)
