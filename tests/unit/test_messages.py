"""Messages that say what is wrong, once, in words staff can act on: the cause of many errors
said once, no second error for one mistake, characters that do not show made visible."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kiosk.catalog.visible import shown
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.checks import built, check, lines


def test_an_unreadable_sheet_is_reported_once_not_in_every_row_that_names_it(
    tmp_path: Path,
) -> None:
    sheets = tiny()
    for course in sheets["courses"]:
        course["course code"] = course.pop("code")  # the code column lost its name
    found = lines(write_csv_folder(tmp_path / "book", sheets))
    assert found == [
        'courses, row 1, column "code": column is missing (expected a header cell "code": a '
        "short unique code: letters, digits and -)",
        'offerings, column "course": 3 rows name codes from the courses sheet, which is missing '
        "or could not be read (expected the courses sheet's problems above fixed first; these "
        "rows are checked against it then)",
    ]


def test_a_missing_sheet_is_reported_once_with_the_rows_that_name_it(tmp_path: Path) -> None:
    sheets = tiny()
    del sheets["careers"]
    assert lines(write_csv_folder(tmp_path / "book", sheets)) == [
        'careers: sheet is missing (expected a sheet named "careers")',
        'courses, column "careers": 2 rows name codes from the careers sheet, which is missing '
        "or could not be read (expected the careers sheet's problems above fixed first; these "
        "rows are checked against it then)",
    ]


def test_one_unknown_code_in_many_rows_is_one_line(tmp_path: Path) -> None:
    sheets = tiny()
    for offering in sheets["offerings"]:
        offering["school"] = "CKM"  # a school the schools sheet does not have yet
    assert lines(write_csv_folder(tmp_path / "book", sheets)) == [
        'offerings, row 2, column "school": unknown school "CKM" (expected a code from the '
        "schools sheet; also in 2 more rows: 3, 4)",
    ]


def test_a_too_long_english_text_is_one_error(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["title"] = "x" * 101
    assert lines(write_csv_folder(tmp_path / "book", sheets)) == [
        'courses, row 2, column "title": text is 101 characters long (expected at most 100)'
    ]


def test_two_bad_codes_are_not_a_duplicate(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["careers"][1]["code"] = "CAR CNA!"
    sheets["careers"][2]["code"] = "CAR MECH!"
    found = lines(write_csv_folder(tmp_path / "book", sheets))
    assert not [line for line in found if "duplicate" in line]


def test_every_character_python_calls_printable_is_one_that_shows() -> None:
    """Printable text goes out of shown() as it came, without a look at each character."""
    printable = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isprintable())
    assert shown(printable + "\x00") == printable + "[U+0000]"


def test_invisible_characters_are_shown_or_removed_with_a_warning(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["level"] = "concentrator\u200b"  # harmless: removed
    sheets["courses"][1]["level"] = "capstone\u200e"  # a direction mark: shown
    folder = write_csv_folder(tmp_path / "book", sheets)
    assert lines(folder) == [
        'courses, row 3, column "level": "capstone[U+200E]" is not a valid level (expected '
        "one of: introductory, concentrator, capstone)"
    ]
    assert lines(folder, warnings=True) == [
        'warning: courses, row 2, column "level": invisible character U+200B zero-width space '
        "removed (expected only characters that show; it usually comes with copied text)"
    ]


def test_lock_and_shadow_files_are_ignored_saying_so(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny())
    (folder / "~$courses.csv").write_bytes(b"\x00\x01lock")
    (folder / "._courses.csv").write_bytes(b"\x00\x05\x16\x07Mac OS X")
    result = check(folder)
    assert result.ok
    assert [str(p) for p in result.warnings] == [
        f"warning: {name}: not a sheet, ignored (a lock or shadow file that Excel, LibreOffice "
        "or macOS leaves beside open files)"
        for name in ("._courses.csv", "~$courses.csv")
    ]


def test_google_sheets_download_names_are_recognised(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny())
    for path in folder.glob("*.csv"):
        path.rename(folder / f"SCUSD Catalog - {path.name}")
    result = check(folder)
    assert result.ok, [str(p) for p in result.errors]
    assert len(result.records["courses"]) == 2


@pytest.mark.parametrize(
    ("typed", "sample"), [("TRUE", True), ("Y", True), ("x", True), ("0", False)]
)
def test_is_sample_takes_the_same_yes_and_no_as_every_column(
    tmp_path: Path, typed: str, sample: bool
) -> None:
    sheets = tiny()
    sheets["settings"][1]["value"] = typed
    with built(tmp_path, write_csv_folder(tmp_path / "book", sheets)) as repo:
        assert repo.info().is_sample is sample


def test_a_phone_number_may_start_with_a_plus(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["schools"][0]["phone"] = "+1 916 643 9000"
    result = check(write_csv_folder(tmp_path / "book", sheets))
    assert result.ok, [str(p) for p in result.errors]
    assert result.records["schools"][0].text("phone") == "+1 916 643 9000"


def test_characters_that_do_not_show_are_named_in_a_warning(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["title"] = "Nursing\u200e Basics"
    sheets["courses"][1]["title"] = "Auto 👩🏽\u200d🔧 Technology"  # a joiner inside an emoji
    folder = write_csv_folder(tmp_path / "book", sheets)
    assert lines(folder, warnings=True) == [
        'warning: courses, row 2, column "title": text holds the invisible character U+200E '
        "left-to-right mark (expected only characters that show: delete it, unless it is meant)"
    ]
