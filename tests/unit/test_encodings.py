"""CSV files in every encoding a spreadsheet program saves them in: read exactly as typed, or
refused with the advice to save as CSV UTF-8; never garbled."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog.workbook import WorkbookError, read_workbook
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.checks import check, lines


def test_characters_a_code_page_lost_are_refused(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["title_zh"] = "護理基礎"
    sheets["courses"][1]["title_vi"] = "Công nghệ ô tô"
    folder = tmp_path / "book"
    write_csv_folder(folder, sheets)
    courses = (folder / "courses.csv").read_text(encoding="utf-8")
    (folder / "courses.csv").write_bytes(courses.encode("cp1252", errors="replace"))
    assert lines(folder) == [
        'courses, row 2, column "title_zh": text has "?" where letters were ("????"): the file '
        "was saved in a code page that cannot hold them (expected the text as typed: save the "
        'sheet as "CSV UTF-8 (Comma delimited)")',
        'courses, row 3, column "title_vi": text has "?" where letters were ("Công ngh? ô '
        'tô"): the file was saved in a code page that cannot hold them (expected the text as '
        'typed: save the sheet as "CSV UTF-8 (Comma delimited)")',
    ]


@pytest.mark.parametrize("encoding", ["cp1252", "cp850", "mac_roman"])
def test_a_legacy_code_page_is_read_right_or_refused_never_garbled(
    tmp_path: Path, encoding: str
) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny(), encoding=encoding)
    try:
        result = check(folder)
    except WorkbookError as exc:
        assert "not saved as CSV UTF-8" in str(exc)
        assert 'save it again as "CSV UTF-8 (Comma delimited)"' in str(exc)
        assert encoding != "cp1252"  # Excel's usual CSV must read
        return
    assert result.ok, [str(p) for p in result.errors]
    assert result.records["courses"][0].text("title", "es") == "Enfermería básica"
    assert result.records["faq"][0].text("question", "es") == "¿Qué es?"


def test_mac_line_endings_read_as_rows(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny())
    for path in folder.glob("*.csv"):
        path.write_bytes(path.read_bytes().replace(b"\r\n", b"\r"))
    result = check(folder)
    assert result.ok, [str(p) for p in result.errors]
    assert [r.values["code"] for r in result.records["courses"]] == ["HS-110", "TR-210"]


def test_utf16_unicode_text_reads(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny(), encoding="utf-16", delimiter="\t")
    assert check(folder).records["courses"][0].text("title", "es") == "Enfermería básica"


# One cell in each code page and line ending Excel and LibreOffice write: what must read, and
# what may only be read right or refused.
CELLS = {
    "english with an apostrophe": "You don’t need experience.",
    "spanish with an apostrophe": "Enfermería básica; don’t",
    "spanish": "Carros y máquinas",
    "one accent": "Café",
    "quotes and accents": "“Título” año médico señal",
}
SAVED = [("cp1252", b"\r\n"), ("cp850", b"\r\n"), ("mac_roman", b"\r"), ("mac_roman", b"\n")]
MUST_READ = {("cp1252", b"\r\n"), ("mac_roman", b"\r")}  # Excel's Windows and Mac CSV


def _savable() -> list[tuple[str, str, bytes]]:
    """Each text with each way of saving whose code page can hold it."""
    cases = []
    for text in CELLS.values():
        for encoding, newline in SAVED:
            try:
                text.encode(encoding)
            except UnicodeEncodeError:
                continue  # Excel would write "?" there: test_characters_a_code_page_lost_...
            cases.append((text, encoding, newline))
    return cases


@pytest.mark.parametrize(("text", "encoding", "newline"), _savable())
def test_a_cell_in_a_code_page_reads_as_typed_or_is_refused(
    tmp_path: Path, text: str, encoding: str, newline: bytes
) -> None:
    data = f"code,name\r\nHS,{text}\r\n".encode(encoding).replace(b"\r\n", newline)
    (tmp_path / "sectors.csv").write_bytes(data)
    try:
        book = read_workbook(tmp_path)
    except WorkbookError as exc:
        assert (encoding, newline) not in MUST_READ, str(exc)
        assert str(exc).startswith("sectors.csv: not saved as CSV UTF-8, and its accented ")
        assert str(exc).endswith('; save it again as "CSV UTF-8 (Comma delimited)"')
        return
    assert book.sheets["sectors"].rows[0].cells[1] == text


def test_a_file_too_short_to_tell_its_code_page_is_refused(tmp_path: Path) -> None:
    # "máquinas" saved as MS-DOS CSV reads "m\xa0quinas" in the Windows code page: a no-break
    # space between letters could be either.
    data = "code,name\r\nHS,Carros y máquinas\r\n".encode("cp850")
    (tmp_path / "sectors.csv").write_bytes(data)
    with pytest.raises(WorkbookError) as refused:
        read_workbook(tmp_path)
    assert str(refused.value) == (
        "sectors.csv: not saved as CSV UTF-8, and its accented letters cannot be read for "
        'certain: they could be Windows "CSV (Comma delimited)" or "CSV (MS-DOS)"; save it '
        'again as "CSV UTF-8 (Comma delimited)"'
    )


def test_question_marks_in_a_utf8_file_are_what_was_typed(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["faq"][0]["answer"] = "Not sure?? Ask a counselor. ¿Qué?"
    sheets["faq"][0]["answer_vi"] = "Bạn có câu hỏi? Hỏi cố vấn."
    result = check(write_csv_folder(tmp_path / "book", sheets))
    assert result.ok, [str(p) for p in result.errors]
    assert result.records["faq"][0].text("answer") == "Not sure?? Ask a counselor. ¿Qué?"


def test_excel_unicode_text_files_are_read_by_their_sheet_name(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny(), encoding="utf-16", delimiter="\t")
    for path in folder.glob("*.csv"):
        path.rename(path.with_suffix(".txt"))  # Excel saves "Unicode Text" as .txt
    (folder / "notes.txt").write_text("not a sheet")
    result = check(folder)
    assert result.ok, [str(p) for p in result.errors]
    assert result.records["courses"][0].text("title", "es") == "Enfermería básica"
