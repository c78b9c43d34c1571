"""Workbooks that a spreadsheet program wrote: LibreOffice saved tests/data/office/ (made by
scripts/office_fixtures.py) as .xlsx and as CSV in four encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog.validate import Validation, validate
from kiosk.catalog.workbook import read_workbook

OFFICE = Path(__file__).parent.parent / "data" / "office"
NA_IN_EDUCATION = (
    'careers, row 3, column "education": the cell shows the Excel error #N/A (expected a '
    "value: fix the formula, or type the value)"
)


def check(name: str) -> Validation:
    return validate(read_workbook(OFFICE / name))


def test_a_libreoffice_workbook_holds_what_calc_shows() -> None:
    result = check("libreoffice.xlsx")
    assert [str(p) for p in result.errors] == [NA_IN_EDUCATION]
    assert [str(p) for p in result.warnings] == [
        "warning: offerings: row 3 is hidden in Excel, and published (a hidden row is usually "
        "meant to be left out: delete it, or unhide it)"
    ]
    schools = result.records["schools"]
    assert [s.values["code"] for s in schools] == ["0101", "BBB"]
    assert schools[0].text("website") == "https://alpha.example.org/counseling"
    notes = [o.text("notes") for o in result.records["offerings"]]
    assert notes == ["8:30 AM", "25 %", "June 14, 2027"]
    assert result.records["careers"][0].values["wage"] == 52000.0


def test_libreoffice_csv_in_utf8_reads_as_the_workbook_but_the_link_is_only_text() -> None:
    result = check("libreoffice-csv-utf8")
    assert [str(p) for p in result.errors] == [
        'schools, row 2, column "website": "School website" is not a web address (expected an '
        "address such as https://www.scusd.edu/ (a link cell gives its address in a workbook, "
        "but a CSV file keeps only the link's text))",
        NA_IN_EDUCATION,
    ]
    workbook = check("libreoffice.xlsx")
    for sheet in ("courses", "offerings", "careers", "faq", "settings"):
        assert result.records[sheet] == workbook.records[sheet], sheet


@pytest.mark.parametrize("encoding", ["cp1252", "cp850", "macroman"])
def test_libreoffice_csv_in_each_code_page_reads_as_the_workbook(encoding: str) -> None:
    # Each sheet alone is too short to tell its code page for sure; the folder as a whole is.
    folder = OFFICE / f"libreoffice-csv-{encoding}"
    result = validate(read_workbook(folder))
    workbook = check("libreoffice.xlsx")
    for sheet in ("courses", "offerings", "careers", "faq", "settings", "interests"):
        assert result.records[sheet] == workbook.records[sheet], sheet
