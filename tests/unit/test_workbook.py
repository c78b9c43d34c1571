"""Workbooks arrive as Excel files or CSV folders in whatever encoding Excel chose."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk.catalog import csvtext
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import WorkbookError, read_csv, read_workbook
from tests.helpers.catalogs import tiny, write_csv_folder, write_xlsx


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),
        ("cp1252", ";"),
        ("utf-8-sig", "\t"),
        ("cp1252", ","),
    ],
)
def test_csv_folders_in_every_excel_flavour_read_the_same(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny(), encoding=encoding, delimiter=delimiter)
    result = validate(read_workbook(folder))
    assert result.ok, [str(p) for p in result.errors]
    course = result.records["courses"][0]
    assert course.text("title", "es") == "Enfermería básica"
    assert course.values["code"] == "HS-110"


def test_bom_does_not_stick_to_the_first_header(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("code,name\r\nA,Café\r\n".encode("utf-8-sig"))
    assert read_csv(path) == [["code", "name"], ["A", "Café"]]


def test_quoted_cells_with_newlines_count_as_one_row(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["description"] = "Line one.\nLine two."
    sheets["courses"][1]["level"] = "bogus"
    folder = write_csv_folder(tmp_path / "book", sheets)
    found = [str(p) for p in validate(read_workbook(folder)).errors]
    assert found == [
        'courses, row 3, column "level": "bogus" is not a valid level '
        "(expected one of: introductory, concentrator, capstone)"
    ]


@pytest.mark.parametrize("ending", ["\r\n", "\n", "\r"])
def test_a_file_read_in_small_pieces_gives_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    """Large files are decoded and split a piece at a time: a letter of several bytes, a
    line's end or a quoted cell over lines never comes apart where one piece ends."""
    rows = [["code", "note"]] + [
        [f"C{n}", f"Línea {n}{ending}sigue, 護理"] if n % 3 else [f"C{n}", "ünïcödé"]
        for n in range(40)
    ]
    path = tmp_path / "x.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator=ending).writerows(rows)
    assert read_csv(path) == rows
    monkeypatch.setattr(csvtext, "_PIECE", 5)
    assert read_csv(path) == rows


def test_xlsx_and_csv_give_the_same_records(tmp_path: Path) -> None:
    from_csv = validate(read_workbook(write_csv_folder(tmp_path / "book", tiny())))
    from_xlsx = validate(read_workbook(write_xlsx(tmp_path / "book.xlsx", tiny())))
    assert from_csv.records == from_xlsx.records


def test_numbers_typed_in_excel_read_as_staff_typed_them(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "book.xlsx", tiny())
    book = load_workbook(path)
    sheet = book["courses"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("grade_min") + 1, value=10)  # a number, not text
    sheet.cell(row=2, column=headers.index("hs_credits") + 1, value=7.5)
    book.save(path)
    record = validate(read_workbook(path)).records["courses"][0]
    assert record.values["grade_min"] == 10
    assert record.values["hs_credits"] == 7.5


def test_not_a_workbook(tmp_path: Path) -> None:
    fake = tmp_path / "catalog.xlsx"
    fake.write_text("this is not a spreadsheet")
    with pytest.raises(WorkbookError, match="isn't a valid Excel workbook; open it in Excel"):
        read_workbook(fake)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.xlsx", "no such file or folder"),
        ("notes.txt", "not a workbook"),
    ],
)
def test_unreadable_sources(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("hello")
    with pytest.raises(WorkbookError, match=message):
        read_workbook(path)


def test_single_csv_file_explains_the_folder_layout(tmp_path: Path) -> None:
    path = tmp_path / "courses.csv"
    path.write_text("code\n")
    with pytest.raises(WorkbookError, match="one CSV file per sheet"):
        read_workbook(path)


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="the folder has no CSV files"):
        read_workbook(tmp_path)


def test_binary_file_named_csv(tmp_path: Path) -> None:
    (tmp_path / "courses.csv").write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(WorkbookError, match="courses.csv: looks like a binary file"):
        read_workbook(tmp_path)
