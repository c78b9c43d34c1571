"""What spreadsheet programs put in a workbook besides what staff typed: the catalog holds exactly
what staff see in their spreadsheet, or the check refuses with sheet, row, column and a fix.

The .xlsx files are real ones, made with openpyxl as Excel lays them out (number formats,
merged cells, hyperlinks, error values, hidden rows); the CSV files are bytes in each encoding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.catalog.workbook import WorkbookError, read_workbook
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.checks import built, cell, check, lines, xlsx

Edit = Callable[[Any], None]


# 2. Thousands separators: one rule for every number column.


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("52,000", 52000.0), ("$52,000.00", 52000.0), ("$ 52,000", 52000.0), ("999,999", 999999.0)],
)
def test_grouping_commas_and_dollars_in_a_money_column(
    tmp_path: Path, typed: str, stored: float
) -> None:
    sheets = tiny()
    sheets["careers"][0]["wage"] = typed
    result = check(write_csv_folder(tmp_path / "book", sheets))
    assert result.ok, [str(p) for p in result.errors]
    assert result.records["careers"][0].values["wage"] == stored


@pytest.mark.parametrize(
    ("column", "typed", "expected"),
    [
        (
            "wage",
            "52.000,00",
            '"wage": "52.000,00" is not a number (expected a number from 0 to 1,000,000, '
            "written like 52000, 52,000 or $52,000.00)",
        ),
        (
            "wage",
            "52 000",
            '"wage": "52 000" is not a number (expected a number from 0 to 1,000,000, '
            "written like 52000, 52,000 or $52,000.00)",
        ),
        (
            "wage",
            "1,234,567",
            '"wage": 1,234,567 is out of range (expected a number from 0 to 1,000,000)',
        ),
    ],
)
def test_ambiguous_or_too_large_money_is_refused(
    tmp_path: Path, column: str, typed: str, expected: str
) -> None:
    sheets = tiny()
    sheets["careers"][0][column] = typed
    assert lines(write_csv_folder(tmp_path / "book", sheets)) == [
        f"careers, row 2, column {expected}"
    ]


@pytest.mark.parametrize("typed", ["7,5", "1,20", "$10", "0,500", "00,123", "５"])
def test_a_decimal_comma_or_a_dollar_outside_money_is_refused(tmp_path: Path, typed: str) -> None:
    sheets = tiny()
    sheets["courses"][0]["hs_credits"] = typed
    assert lines(write_csv_folder(tmp_path / "book", sheets)) == [
        f'courses, row 2, column "hs_credits": "{typed}" is not a number (expected a number '
        "from 0 to 40, written like 7.5 or 1,200: a point for decimals, commas only between "
        "thousands)"
    ]


def test_grouped_thousands_read_as_one_number_in_a_plain_number_column(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["hs_credits"] = "10.00"
    sheets["courses"][0]["grade_min"] = "10.0"
    result = check(write_csv_folder(tmp_path / "book", sheets))
    assert result.ok
    assert result.records["courses"][0].values["hs_credits"] == 10.0
    assert result.records["courses"][0].values["grade_min"] == 10


# 3. Empty and merged header cells.


def test_data_under_an_empty_header_names_the_column_letter(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        careers = cell(book, "courses", 1, "careers")
        careers.value = None  # the header was deleted; every course's careers remain

    assert lines(xlsx(tmp_path, edit)) == [
        "courses, row 1: column P has no header but holds data in 2 rows (rows 2-3) (expected "
        "the column's name in its header cell, one of: code, pathway, title, description, "
        "keywords, level, grade_min, grade_max, prerequisites, hs_credits, college_credit, "
        "partner_college, cve, certifications, careers)"
    ]


def test_a_merged_header_range_is_reported_as_such(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        ws = book["careers"]
        ws.merge_cells("B1:C1")  # "title" across title and title_es: title_es is lost

    found = lines(xlsx(tmp_path, edit))
    assert (
        "careers, row 1: header cells B1:C1 are merged (expected one header cell for each "
        "column: unmerge them and name each column)"
    ) in found
    assert any(line.startswith("careers, row 1: column C has no header") for line in found)


def test_merged_data_cells_are_refused(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        book["offerings"].merge_cells("B3:B4")  # one school shown across two offerings

    assert (
        "offerings: cells B3:B4 are merged, so only B3 holds the text shown across them "
        "(expected each cell to hold its own value: unmerge them and fill every cell)"
    ) in lines(xlsx(tmp_path, edit))


# 4. Excel error values.

ERRORS = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]


@pytest.mark.parametrize("error", ERRORS)
def test_each_excel_error_value_is_an_error_naming_the_cell(tmp_path: Path, error: str) -> None:
    def edit(book: Any) -> None:
        for header in ("education", "title"):  # an optional and a required cell
            target = cell(book, "careers", 2, header)
            target.value = error
            target.data_type = "e"

    assert lines(xlsx(tmp_path, edit)) == [
        f'careers, row 2, column "title": the cell shows the Excel error {error} (expected a '
        "value: fix the formula, or type the value)",
        f'careers, row 2, column "education": the cell shows the Excel error {error} '
        "(expected a value: fix the formula, or type the value)",
    ]


def test_a_formula_whose_result_was_never_saved_is_refused(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        cell(book, "careers", 3, "education").value = '=CONCAT("High school", " diploma")'

    assert lines(xlsx(tmp_path, edit)) == [
        'careers, row 3, column "education": the cell holds a formula whose result was never '
        "saved in the file (expected the file opened and saved again in Excel, or the value "
        "typed)"
    ]


# 5. Codes shown with leading zeros; the template formats every row it will read.


def test_a_code_typed_as_a_number_holds_what_excel_shows(tmp_path: Path) -> None:
    sheets = tiny()
    for offering in sheets["offerings"]:
        offering["school"] = offering["school"].replace("AAA", "0101")

    def edit(book: Any) -> None:
        code = cell(book, "schools", 2, "code")
        code.value, code.number_format = 101, "0000"

    sheets["schools"][0]["code"] = "0101"
    with built(tmp_path, xlsx(tmp_path, edit, sheets)) as repo:
        assert [s.code for s in repo.schools("en")] == ["0101", "BBB"]


def test_the_template_formats_whole_code_and_text_columns_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from kiosk.catalog.template import write_template

    write_template(tmp_path / "t.xlsx")
    book = load_workbook(tmp_path / "t.xlsx")
    offerings = book["offerings"]
    for letter in "ABD":  # course, school, notes: text that Excel must not turn into dates
        assert offerings.column_dimensions[letter].number_format == "@"
    courses = book["courses"]
    headers = [c.value for c in courses[1]]
    grade = courses.cell(row=1, column=headers.index("grade_min") + 1).column_letter
    assert courses.column_dimensions[grade].number_format == "General"  # a number stays one


# 6. Hyperlinks.


def test_a_link_cell_gives_its_address_where_the_column_expects_one(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        ws = book["schools"]
        ws.cell(row=1, column=ws.max_column + 1, value="website")
        site = ws.cell(row=2, column=ws.max_column, value="School website")
        site.hyperlink = "https://alpha.example.org/counseling"
        other = ws.cell(row=3, column=ws.max_column)
        other.value = '=HYPERLINK("https://beta.example.org/","Beta site")'

    path = xlsx(tmp_path, edit)
    result = check(path)
    assert [r.text("website") for r in result.records["schools"]] == [
        "https://alpha.example.org/counseling",
        "https://beta.example.org/",
    ]


def test_a_link_in_a_text_column_keeps_its_text_and_says_the_link_is_not_published(
    tmp_path: Path,
) -> None:
    def edit(book: Any) -> None:
        cell(book, "careers", 2, "title").hyperlink = "https://www.bls.gov/ooh/"

    path = xlsx(tmp_path, edit)
    assert check(path).records["careers"][0].text("title") == "Registered nurse"
    assert lines(path, warnings=True) == [
        'warning: careers, row 2, column "title": the cell links to https://www.bls.gov/ooh/, '
        "and only its text is published (expected plain text: kiosks show no links)"
    ]


# 8. Two sheets with one name.


def test_two_sheets_with_one_name_are_refused_naming_both(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        copy = book.copy_worksheet(book["courses"])
        copy.title = "Courses "

    assert (
        'courses: two sheets are both "courses": "courses" and "Courses " (expected one sheet '
        "of each name; delete or rename one of them)"
    ) in lines(xlsx(tmp_path, edit))


# 9. Dates, times and percentages in text columns hold what Excel displays.


def test_dates_times_and_percentages_in_text_columns_hold_the_displayed_text(
    tmp_path: Path,
) -> None:
    def edit(book: Any) -> None:
        notes = [cell(book, "offerings", row, "notes") for row in (2, 3, 4)]
        notes[0].value, notes[0].number_format = dt.time(8, 30), "h:mm AM/PM"
        notes[1].value, notes[1].number_format = 0.25, "0 %"
        notes[2].value, notes[2].number_format = dt.date(2027, 6, 14), "mmmm d, yyyy"

    result = check(xlsx(tmp_path, edit))
    assert result.ok, [str(p) for p in result.errors]
    assert [r.text("notes") for r in result.records["offerings"]] == [
        "8:30 AM",
        "25 %",
        "June 14, 2027",
    ]


def test_a_number_shown_rounded_is_refused_where_the_number_matters(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        credits = cell(book, "courses", 2, "hs_credits")
        credits.value, credits.number_format = 7.25, "0.0"

    assert lines(xlsx(tmp_path, edit)) == [
        'courses, row 2, column "hs_credits": the cell shows 7.3 but holds 7.25 (expected the '
        "number as it is shown: round it, or show all its decimals)"
    ]


# 10. Hidden rows, columns and sheets are published with a warning.


def test_hidden_rows_columns_and_sheets_are_published_with_a_warning(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        book["offerings"].row_dimensions[3].hidden = True
        book["offerings"].row_dimensions[4].hidden = True
        book["careers"].column_dimensions["C"].hidden = True
        book["faq"].sheet_state = "hidden"

    path = xlsx(tmp_path, edit)
    assert check(path).ok
    assert lines(path, warnings=True) == [
        "warning: offerings: rows 3-4 are hidden in Excel, and published (a hidden row is "
        "usually meant to be left out: delete it, or unhide it)",
        'warning: careers, row 1, column "title_es": column C is hidden in Excel, and it is '
        "published (expected a visible column: unhide it, or delete it if it should not be "
        "published)",
        "warning: faq: the sheet is hidden in Excel, and it is published (expected a visible "
        "sheet: unhide it, or delete it if it should not be published)",
    ]
    with built(tmp_path, path) as repo:
        assert repo.count("offering") == 3


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_formats_that_cannot_be_checked_exactly_are_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"catalog{suffix}"
    path.write_bytes(b"whatever")
    with pytest.raises(WorkbookError, match=r'save it as "Excel Workbook \(.xlsx\)"'):
        read_workbook(path)
