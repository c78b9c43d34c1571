"""Every kind of workbook problem is reported with its sheet, Excel row, column and a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog.validate import Validation, validate
from kiosk.catalog.workbook import read_workbook
from tests.helpers.catalogs import Sheets, tiny, write_csv_folder, write_xlsx


def check(tmp_path: Path, sheets: Sheets) -> Validation:
    return validate(read_workbook(write_csv_folder(tmp_path / "book", sheets)))


def errors(tmp_path: Path, sheets: Sheets) -> list[str]:
    return [str(p) for p in check(tmp_path, sheets).errors]


def test_the_tiny_workbook_is_valid(tmp_path: Path) -> None:
    result = check(tmp_path, tiny())
    assert result.ok
    assert len(result.records["courses"]) == 2


def test_missing_sheet(tmp_path: Path) -> None:
    sheets = tiny()
    del sheets["careers"]
    assert 'careers: sheet is missing (expected a sheet named "careers")' in errors(
        tmp_path, sheets
    )


def test_missing_required_column(tmp_path: Path) -> None:
    sheets = tiny()
    for row in sheets["courses"]:
        del row["level"]
    assert (
        'courses, row 1, column "level": column is missing (expected a header cell '
        '"level": course level)'
    ) in errors(tmp_path, sheets)


def test_empty_required_cells(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][1]["title"] = ""
    sheets["courses"][1]["title_es"] = ""
    sheets["offerings"][0]["term"] = ""
    found = errors(tmp_path, sheets)
    assert (
        'courses, row 3, column "title": required text is empty (expected the course title)'
    ) in found
    assert (
        'offerings, row 2, column "term": required value is empty (expected when it runs)'
    ) in found


def test_duplicate_codes_name_the_first_row(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["careers"][2]["code"] = "car-rn"  # codes compare without case
    found = errors(tmp_path, sheets)
    assert (
        'careers, row 4, column "code": duplicate "CAR-RN" (expected each code once; '
        "already used in row 2)"
    ) in found


def test_duplicate_offering_key(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["offerings"].append(dict(sheets["offerings"][0]))
    assert (
        'offerings, row 5, column "course": duplicate "HS-110 / AAA / school_year" '
        "(expected each course/school/term once; already used in row 2)"
    ) in errors(tmp_path, sheets)


@pytest.mark.parametrize(
    ("sheet", "column", "value", "message"),
    [
        (
            "offerings",
            "course",
            "HS-999",
            'offerings, row 2, column "course": unknown course "HS-999" (expected a code from the '
            "courses sheet)",
        ),
        (
            "offerings",
            "school",
            "ZZZ",
            'offerings, row 2, column "school": unknown school "ZZZ" (expected a code from the '
            "schools sheet)",
        ),
        (
            "courses",
            "pathway",
            "NOPE",
            'courses, row 2, column "pathway": unknown pathway "NOPE" (expected a code from the '
            "pathways sheet)",
        ),
        (
            "courses",
            "careers",
            "CAR-RN; CAR-XX",
            'courses, row 2, column "careers": unknown career "CAR-XX" (expected a code from the '
            "careers sheet)",
        ),
        (
            "interests",
            "pathways",
            "HS-PC:2; XX-YY:1",
            'interests, row 2, column "pathways": unknown pathway "XX-YY" '
            "(expected a code from the pathways sheet)",
        ),
    ],
)
def test_unknown_references(
    tmp_path: Path, sheet: str, column: str, value: str, message: str
) -> None:
    sheets = tiny()
    sheets[sheet][0][column] = value
    assert message in errors(tmp_path, sheets)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("grade_min", "8", '"grade_min": 8 is out of range (expected a whole number from 9 to 12)'),
        (
            "grade_max",
            "eleven",
            '"grade_max": "eleven" is not a number (expected a whole number from 9 to 12)',
        ),
        (
            "grade_min",
            "10.5",
            '"grade_min": "10.5" is not a whole number (expected a whole number from 9 to 12)',
        ),
        ("hs_credits", "41", '"hs_credits": 41 is out of range (expected a number from 0 to 40)'),
        (
            "level",
            "advanced",
            '"level": "advanced" is not a valid level (expected one of: '
            "introductory, concentrator, capstone)",
        ),
        ("cve", "maybe", '"cve": "maybe" is not yes or no (expected yes or no)'),
        (
            "code",
            "HS 110!",
            '"code": "HS 110!" is not a valid code (expected up to 32 letters, '
            "digits, '.', '-' or '_')",
        ),
    ],
)
def test_bad_values(tmp_path: Path, column: str, value: str, message: str) -> None:
    sheets = tiny()
    sheets["courses"][0][column] = value
    assert f"courses, row 2, column {message}" in errors(tmp_path, sheets)


def test_grade_range_must_not_be_reversed(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["grade_min"] = "12"
    sheets["courses"][0]["grade_max"] = "10"
    assert (
        'courses, row 2, column "grade_max": grade_max 10 is below grade_min 12 (expected '
        "grade_max to be at least grade_min)"
    ) in errors(tmp_path, sheets)


def test_over_long_text(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["title_es"] = "x" * 101
    assert (
        'courses, row 2, column "title_es": text is 101 characters long (expected at most 100)'
    ) in errors(tmp_path, sheets)


@pytest.mark.parametrize(
    "text", ["<b>Bold</b> move", "Fish &amp; chips", "<script>x</script>", "Line<br>break"]
)
def test_text_that_looks_like_html(tmp_path: Path, text: str) -> None:
    sheets = tiny()
    sheets["courses"][0]["description"] = text
    assert (
        'courses, row 2, column "description": text looks like HTML (expected plain text '
        "without <tags> or &entities;)"
    ) in errors(tmp_path, sheets)


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+2", "@SUM(A1)", "-cmd"])
def test_text_that_looks_like_a_formula(tmp_path: Path, text: str) -> None:
    sheets = tiny()
    sheets["careers"][0]["title"] = text
    assert (
        f'careers, row 2, column "title": text starts with "{text[0]}" like a formula '
        "(expected plain text; remove the leading character)"
    ) in errors(tmp_path, sheets)


def test_plain_text_with_symbols_is_fine(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["description"] = "Learn 3 < 5 math, C++ & Python - and 50% more!"
    sheets["careers"][0]["title"] = "-5 is not a formula start"
    assert check(tmp_path, sheets).ok


def test_unknown_language_suffix(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["sectors"][0]["name_fr"] = "Santé"
    assert (
        'sectors, row 1, column "name_fr": unknown language suffix "fr" (expected one of: '
        "es, hmn, zh, vi, zh-Hans)"
    ) in errors(tmp_path, sheets)


def test_untranslatable_column_with_suffix(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["level_es"] = "inicial"
    assert (
        'courses, row 1, column "level_es": column "level" cannot be translated (expected '
        "only one column for it, without a language suffix)"
    ) in errors(tmp_path, sheets)


def test_translation_without_english(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][1]["prerequisites"] = ""
    assert (
        'courses, row 3, column "prerequisites": has a translation but no English text '
        "(expected English text too; it is shown when a translation is missing)"
    ) in errors(tmp_path, sheets)


def test_unknown_columns_and_sheets_are_warnings(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["room"] = "12"
    sheets["notes"] = [{"code": "x"}]
    result = check(tmp_path, sheets)
    assert result.ok
    warnings = [str(p) for p in result.warnings]
    assert any(
        w.startswith('warning: courses, row 1, column "room": unknown column, ignored')
        for w in warnings
    )
    assert any(w.startswith("warning: notes: unknown sheet, ignored") for w in warnings)


def test_settings_checks(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["settings"] = [
        {"key": "colour", "value": "blue"},
        {"key": "qr_base_url", "value": "ftp://x"},
        {"key": "is_sample", "value": "perhaps"},
    ]
    found = errors(tmp_path, sheets)
    assert (
        'settings, row 2, column "key": "colour" is not a valid key (expected one of: '
        "district, catalog_title, is_sample, source, qr_base_url, highlight_1, highlight_2, "
        "highlight_3, highlight_4, highlight_5, translation_review, wage_area, wage_release, "
        "credit_1, credit_2, credit_3)"
    ) in found
    assert (
        'settings, column "key": setting "district" is missing (expected a row with key "district")'
    ) in found
    assert (
        'settings, row 3, column "value": "ftp://x" is not a web address (expected an '
        "address starting with https://)"
    ) in found
    assert (
        'settings, row 4, column "value": "perhaps" is not yes or no (expected yes or no '
        "for is_sample)"
    ) in found


def test_bad_interest_weight_and_riasec(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["interests"][0]["pathways"] = "HS-PC:5"
    sheets["pathways"][0]["riasec"] = "SXQ"
    found = errors(tmp_path, sheets)
    assert (
        'interests, row 2, column "pathways": "HS-PC:5" has a weight that is not a number '
        "from 1 to 3 (expected CODE or CODE:weight, e.g. AG-AS:3)"
    ) in found
    assert (
        'pathways, row 2, column "riasec": "SXQ" is not a valid set of interest areas '
        "(expected up to 3 different letters from R I A S E C)"
    ) in found


def test_too_few_quiz_items(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["quiz"] = sheets["quiz"][:3]
    assert "quiz: sheet has 3 rows (expected at least 6)" in errors(tmp_path, sheets)


def test_every_problem_is_reported_in_one_pass(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["level"] = "advanced"
    sheets["courses"][1]["grade_min"] = "7"
    sheets["offerings"][2]["school"] = "NOPE"
    del sheets["faq"]
    found = errors(tmp_path, sheets)
    assert len(found) == 4, found


def test_an_invalid_row_does_not_cause_false_reference_errors(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["level"] = "advanced"  # HS-110 is invalid, but it exists
    found = errors(tmp_path, sheets)
    assert found == [
        'courses, row 2, column "level": "advanced" is not a valid level '
        "(expected one of: introductory, concentrator, capstone)"
    ]


def test_xlsx_rows_are_numbered_as_excel_shows_them(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][1]["level"] = "expert"
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    found = [str(p) for p in validate(read_workbook(path)).errors]
    assert found == [
        'courses, row 3, column "level": "expert" is not a valid level '
        "(expected one of: introductory, concentrator, capstone)"
    ]


def test_blank_rows_keep_excel_numbering(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    sheets = tiny()
    sheets["courses"][1]["level"] = "expert"
    path = write_xlsx(tmp_path / "book.xlsx", sheets)
    book = load_workbook(path)
    book["courses"].insert_rows(3, amount=2)  # two empty rows before the bad one
    book.save(path)
    found = [str(p) for p in validate(read_workbook(path)).errors]
    assert found == [
        'courses, row 5, column "level": "expert" is not a valid level '
        "(expected one of: introductory, concentrator, capstone)"
    ]


def test_a_plain_http_list_page_address_is_a_warning(tmp_path: Path) -> None:
    sheets = tiny()
    settings = [row for row in sheets["settings"] if row["key"] != "qr_base_url"]
    sheets["settings"] = [*settings, {"key": "qr_base_url", "value": "http://cte.example.org/"}]
    result = check(tmp_path, sheets)
    assert result.ok  # the catalog can still be published
    assert [str(w) for w in result.warnings if "http://" in str(w)] == [
        f'warning: settings, row {len(settings) + 2}, column "value": "http://cte.example.org/" '
        "is a plain http:// address: phones warn that the list page is not secure, and anyone "
        "on the way could change what it shows (expected an address starting with https://)"
    ]
    sheets["settings"] = [*settings, {"key": "qr_base_url", "value": "https://cte.example.org/"}]
    assert not [w for w in check(tmp_path / "b", sheets).warnings if "http" in str(w)]


def test_a_list_page_address_with_a_query_or_fragment_is_refused(tmp_path: Path) -> None:
    # The kiosk appends /list.html#c=... to the address: after a ? or # it would be lost.
    sheets = tiny()
    settings = [row for row in sheets["settings"] if row["key"] != "qr_base_url"]
    for number, address in enumerate(("https://cte.example.org/?s=1", "https://x.org/#top")):
        sheets["settings"] = [*settings, {"key": "qr_base_url", "value": address}]
        assert errors(tmp_path / str(number), sheets) == [
            f'settings, row {len(settings) + 2}, column "value": "{address}" has a ? or # in '
            "it: the kiosk puts list.html and the student's list after the address, so it must "
            "end with the folder's name (expected the public address of the published folder, "
            "such as https://cte.example.org/kiosk)"
        ]
