"""Cells as Excel itself writes them, beyond what openpyxl writes: formulas filled down,
formulas with empty results, numbers in General, links in settings, encrypted files. Each is
made by editing the sheet XML of a saved workbook."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from kiosk.catalog.workbook import WorkbookError, read_workbook
from tests.helpers.catalogs import tiny
from tests.helpers.checks import cell, check, lines, xlsx


def rewrite(path: Path, old: str, new: str) -> Path:
    """`path` with the sheet XML `old` replaced by `new` (each once, in whichever sheet)."""
    copy = path.with_stem(path.stem + "-edited")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/") and old.encode() in data:
                data = data.replace(old.encode(), new.encode(), 1)
            target.writestr(item, data)
    return copy


def with_website_formulas(tmp_path: Path, first: str, second: str) -> Path:
    def edit(book: Any) -> None:
        ws = book["schools"]
        column = ws.max_column + 1
        ws.cell(row=1, column=column, value="website")
        ws.cell(row=2, column=column, value="=FIRST()")
        ws.cell(row=3, column=column, value="=SECOND()")

    path = xlsx(tmp_path, edit)
    return rewrite(rewrite(path, "<f>FIRST()</f><v />", first), "<f>SECOND()</f><v />", second)


def test_a_hyperlink_formula_filled_down_gives_each_cell_its_address(tmp_path: Path) -> None:
    path = with_website_formulas(
        tmp_path,
        '<f t="shared" ref="I2:I3" si="0">HYPERLINK("https://www.scusd.edu/",'
        '"District site")</f><v>District site</v>',
        '<f t="shared" si="0"/><v>District site</v>',
    )
    result = check(path)
    assert result.ok, [str(p) for p in result.errors]
    assert [r.text("website") for r in result.records["schools"]] == ["https://www.scusd.edu/"] * 2


def test_a_hyperlink_whose_address_is_worked_out_is_refused_in_an_address_column(
    tmp_path: Path,
) -> None:
    path = with_website_formulas(
        tmp_path,
        '<f>HYPERLINK(J2,"Alpha site")</f><v>Alpha site</v>',
        '<f>HYPERLINK("https://beta.example.org/"&amp;"x","Beta")</f><v>Beta</v>',
    )
    assert lines(path) == [
        f'schools, row {row}, column "website": the link\'s address is worked out by a formula '
        "(expected the address typed in the cell, or a link made with Insert > Link)"
        for row in (2, 3)
    ]


def test_a_formula_whose_result_is_empty_text_was_saved(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        cell(book, "careers", 3, "education").value = "=BLANK()"

    path = rewrite(xlsx(tmp_path, edit), "<f>BLANK()</f><v />", '<f>IF(1=0,"x","")</f><v></v>')
    result = check(path)
    assert result.ok, [str(p) for p in result.errors]
    assert result.records["careers"][1].text("education") == ""


@pytest.mark.parametrize(
    ("value", "shown"), [(0.1 + 0.2, "0.3"), (7.5, "7.5"), (3.14159265358979, "3.14159265358979")]
)
def test_an_unformatted_number_in_a_text_column_holds_what_general_shows(
    tmp_path: Path, value: float, shown: str
) -> None:
    def edit(book: Any) -> None:
        cell(book, "offerings", 2, "notes").value = value

    assert check(xlsx(tmp_path, edit)).records["offerings"][0].text("notes") == shown


def test_a_number_general_shows_in_scientific_notation_is_refused(tmp_path: Path) -> None:
    def edit(book: Any) -> None:
        ws = book["schools"]
        ws.cell(row=1, column=ws.max_column + 1, value="phone")
        ws.cell(row=2, column=ws.max_column, value=442071234567)  # 4.42071E+11 in Excel

    assert lines(xlsx(tmp_path, edit)) == [
        'schools, row 2, column "phone": what the cell shows cannot be read exactly: the number '
        'format "General" (General in scientific notation) cannot be shown exactly (expected '
        "the value typed as text, or a plain number format)"
    ]


def test_the_qr_base_url_row_takes_its_link_however_its_key_is_written(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["settings"].append({"key": "QR base URL", "value": "Catalog site"})

    def edit(book: Any) -> None:
        ws = book["settings"]
        ws.cell(row=ws.max_row, column=2).hyperlink = "https://kiosk.example.org/list"

    result = check(xlsx(tmp_path, edit, sheets))
    assert result.ok, [str(p) for p in result.errors]
    assert result.records["settings"][-1].text("value") == "https://kiosk.example.org/list"


def test_a_password_protected_workbook_says_so(tmp_path: Path) -> None:
    # A workbook with a password is stored as an OLE compound file, not as a zip archive.
    path = tmp_path / "catalog.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(WorkbookError) as refused:
        read_workbook(path)
    assert str(refused.value) == (
        "catalog.xlsx: the workbook is password protected (or is an Excel 97-2003 file); save "
        'it as "Excel Workbook (.xlsx)" without a password'
    )
