""".xlsx files are read, searched and parsed a piece at a time (kiosk.catalog.pieces), so that
no call holds the interpreter lock for long. Pieces of a few bytes, cut inside every tag,
must read exactly as the whole file read in one call does."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from kiosk.catalog import excel, pieces, xlsx
from kiosk.catalog.raw import RawWorkbook, WorkbookError
from kiosk.catalog.workbook import read_workbook
from tests.helpers import checks

OFFICE = Path(__file__).parent.parent / "data" / "office"
WHOLE = 1 << 40  # one call over everything, as a reader without pieces makes
SIZES = [1, 2, 3, 7, 64]
# Every pattern the reader finds tags with, and one for cells of chosen styles.
TAG_PATTERNS = [
    xlsx._ROW_TAG,
    xlsx._FORMULA_TAG,
    xlsx._ERROR_TAG,
    xlsx._SHEET_DATA_TAG,
    excel._ERROR_CELL,
    re.compile(rb'<(?:\w+:)?c\b([^>]*?\bs="(?:1|2)"[^>]*)>'),
]
# Text a real sheet does not hold, for the edges: a ">" in an attribute, a prefix, a tag
# cut off at the end, a cell whose value is outside it, a line break inside a cell, a cell
# inside another.
ODD_XML = (
    b'<sheetData><row r="1" spans="1:2"><c r="A1" t="e" x="a>b"><v>#SPILL!</v></c>'
    b'<x:c r="B1" t="e"><x:f>SEQUENCE(2)</x:f><x:v>#CALC!</x:v></x:c></row>'
    b'<row r="2" hidden="1"><c r="A2" t="e"></c><v>#FIELD!</v><c r="B2" s="1" t="e">\n'
    b'<v>#BLOCKED!</v></c><c r="C2" t="e" <c t="e"><v>#N/A</v></c><c r="D2"><f/></c>'
    b'<c r="E2" t="e"><c r="F2" t="e"><v>#SPILL!</v></c>'
    b'</row></sheetData><c r="E3" t="e'
)


def xml_parts(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        return [archive.read(n) for n in names if n.endswith((".xml", ".rels"))]


def set_pieces(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    monkeypatch.setattr(pieces, "SEARCH_PIECE", size)
    monkeypatch.setattr(pieces, "PARSE_PIECE", size)
    monkeypatch.setattr(pieces, "NEAR", min(size, 1 << 12))


def read(path: Path, monkeypatch: pytest.MonkeyPatch, size: int) -> tuple[Any, RawWorkbook]:
    set_pieces(monkeypatch, size)
    return xlsx.read_extras(str(path)), read_workbook(path)


def rewrite(path: Path, *edits: tuple[bytes, bytes]) -> Path:
    """`path` with each `old` in its sheet XML replaced by `new`, once."""
    copy = path.with_stem(path.stem + "-edited")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            for old, new in edits:
                if item.filename.startswith("xl/worksheets/") and old in data:
                    data = data.replace(old, new, 1)
            target.writestr(item, data)
    return copy


def every_kind_of_cell(tmp_path: Path) -> Path:
    """A workbook with each thing the reader looks for besides values: formulas filled down,
    links typed and worked out, an unsaved formula, error values old and new, number formats,
    hidden rows and columns, a link made with Insert > Link, merged cells."""

    def edit(book: Any) -> None:
        ws = book["schools"]
        column = ws.max_column + 1
        ws.cell(row=1, column=column, value="website")
        ws.cell(row=2, column=column, value="=FIRST()")
        ws.cell(row=3, column=column, value="=SECOND()")
        ws.cell(row=1, column=column + 1, value="brochure")
        ws.cell(row=2, column=column + 1, value="Brochure").hyperlink = "https://b.example.org/"
        ws.row_dimensions[3].hidden = True
        ws.column_dimensions["B"].hidden = True
        checks.cell(book, "careers", 2, "education").value = "#N/A"
        checks.cell(book, "careers", 3, "education").value = "#DIV/0!"
        checks.cell(book, "courses", 2, "hs_credits").value = 0.125
        checks.cell(book, "courses", 2, "hs_credits").number_format = "0.0%"
        checks.cell(book, "offerings", 2, "notes").value = 46000.5
        checks.cell(book, "offerings", 2, "notes").number_format = "mmmm d, yyyy h:mm AM/PM"
        checks.cell(book, "offerings", 3, "notes").value = "=1+1"
        book["sectors"].merge_cells("D2:E2")

    return rewrite(
        checks.xlsx(tmp_path, edit),
        (
            b"<f>FIRST()</f><v />",
            b'<f t="shared" ref="I2:I3" si="0">HYPERLINK("https://a.example.org/?a=1&amp;b=2",'
            b'"Alpha")</f><v>Alpha</v>',
        ),
        (b"<f>SECOND()</f><v />", b'<f t="shared" si="0"/><v>Alpha</v>'),
        (b"<v>#DIV/0!</v>", b"<v>#SPILL!</v>"),
    )


def test_the_workbook_for_these_tests_holds_every_kind_of_cell(tmp_path: Path) -> None:
    extras = xlsx.read_extras(str(every_kind_of_cell(tmp_path)))
    assert sorted(extras["careers"].errors.values()) == ["#N/A", "#SPILL!"]
    schools = extras["schools"]
    assert sorted(set(schools.links.values())) == [
        "https://a.example.org/?a=1&b=2",
        "https://b.example.org/",
    ]
    assert schools.hidden_rows == {2}
    assert 1 in schools.hidden_columns
    assert len(extras["courses"].formats) == len(extras["offerings"].formats) == 1
    assert len(extras["offerings"].unsaved_formulas) == 1


@pytest.mark.parametrize("size", SIZES)
def test_a_workbook_reads_the_same_in_pieces_as_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = every_kind_of_cell(tmp_path)
    assert read(path, monkeypatch, size) == read(path, monkeypatch, WHOLE)


@pytest.mark.parametrize("size", SIZES)
def test_a_libreoffice_workbook_reads_the_same_in_pieces_as_whole(
    monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = OFFICE / "libreoffice.xlsx"
    assert read(path, monkeypatch, size) == read(path, monkeypatch, WHOLE)


def test_a_formula_cut_where_one_piece_ends_is_found_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = every_kind_of_cell(tmp_path)
    tag = b'<f t="shared" ref="I2:I3" si="0">'
    data = bytearray(next(xml for xml in xml_parts(path) if tag in xml))  # schools
    start, _ = xlsx._sheet_data_span(data)
    at = data.index(tag) - start  # in the rows, where the search begins
    set_pieces(monkeypatch, at + 5)  # the first piece ends inside the tag
    assert pieces.first_tag(xlsx._FORMULA_TAG, data[start:]).span() == (at, at + len(tag))
    links = xlsx.read_extras(str(path))["schools"].links
    assert sorted(links.values())[:2] == ["https://a.example.org/?a=1&b=2"] * 2


def test_a_sheet_with_prefixed_tags_reads_the_same_in_pieces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    path = every_kind_of_cell(tmp_path)
    copy = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"<(/?)([A-Za-z]+)([ />])", rb"<\1x:\2\3", data)
                data = data.replace(main, main.replace(b"xmlns=", b"xmlns:x="))
            target.writestr(item, data)
    whole = read_extras_or_error(copy, monkeypatch, WHOLE)
    assert "#SPILL!" in whole["careers"].errors.values()
    for size in SIZES:
        assert read_extras_or_error(copy, monkeypatch, size) == whole


def read_extras_or_error(path: Path, monkeypatch: pytest.MonkeyPatch, size: int) -> Any:
    set_pieces(monkeypatch, size)
    try:
        return xlsx.read_extras(str(path))
    except (WorkbookError, xlsx.XlsxLayoutError) as exc:
        return str(exc)


def real_xml(tmp_path: Path) -> Iterator[bytes]:
    yield from xml_parts(OFFICE / "libreoffice.xlsx")
    yield from xml_parts(every_kind_of_cell(tmp_path))
    yield ODD_XML


@pytest.mark.parametrize("size", [1, 2, 5, 64])
def test_tags_are_found_as_one_search_finds_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    set_pieces(monkeypatch, size)
    for data in real_xml(tmp_path):
        for pattern in TAG_PATTERNS:
            for start, end in [(0, None), (7, len(data) - 9), (len(data) // 2, None)]:
                assert [(m.span(), m.groups()) for m in pieces.tags(pattern, data, start, end)] == [
                    (m.span(), m.groups()) for m in pattern.finditer(data, start, end or len(data))
                ]


@pytest.mark.parametrize("size", [3, 64])
def test_text_is_found_as_one_search_finds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    set_pieces(monkeypatch, size)
    for data in real_xml(tmp_path):
        for sub in (b"hidden=", b'"e"', b"</c>", b">", b"</sheetData>", b"not there"):
            for start in [-1, -len(data) - 5, *range(0, len(data) + 3, 251)]:
                assert pieces.find(data, sub, start) == data.find(sub, start)
                near = start + 40
                assert pieces.find(data, sub, start, near) == data.find(sub, start, near)
        for subs in [(b"<c ", b"<c>"), (b"<x:c ", b"<x:c>"), (b"<row ", b"nowhere")]:
            for at in range(0, len(data) + 1, 127):
                assert pieces.rfind_either(data, subs, 0, at) == max(
                    data.rfind(sub, 0, at) for sub in subs
                )


def test_xml_parses_in_pieces_as_in_one_call_and_fails_with_the_same_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_pieces(monkeypatch, 3)
    for data in real_xml(tmp_path):
        if data is ODD_XML:
            continue
        half = len(data) // 2
        whole = ElementTree.tostring(ElementTree.fromstring(data))
        assert ElementTree.tostring(pieces.parse(data)) == whole
        assert ElementTree.tostring(pieces.parse(data[:half], data[half:])) == whole
        for broken in (data[:half], data[:-3], data.replace(b">", b"", 1), ODD_XML):
            with pytest.raises(ElementTree.ParseError) as one_call:
                ElementTree.fromstring(broken)
            with pytest.raises(ElementTree.ParseError) as in_pieces:
                pieces.parse(broken)
            assert str(in_pieces.value) == str(one_call.value)


@pytest.mark.parametrize("size", [1, 4, 64])
def test_newer_error_values_are_replaced_as_one_substitution_replaces_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    set_pieces(monkeypatch, size)
    for data in real_xml(tmp_path):
        written = io.BytesIO()
        excel._write_known_errors(bytearray(data), written)
        expected = excel._NEWER_ERROR.sub(lambda m: m.group(1) + b"#N/A", data)
        assert written.getvalue() == expected
    # ODD_XML came last: the values inside their cells are replaced, the others are not.
    assert b"#SPILL!" not in expected
    assert b"#CALC!" not in expected
    assert b"#FIELD!" in expected
    assert b"#BLOCKED!" in expected


def test_a_sheet_reads_the_same_row_by_row_wherever_its_cells_begin(tmp_path: Path) -> None:
    import python_calamine
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, cells in {"a1": ["A1", "B3"], "a3": ["A3", "C5"], "c1": ["C1", "E4"]}.items():
        ws = book.create_sheet(name)
        for n, ref in enumerate(cells):
            ws[ref] = f"v{n}" if n else n + 1.5
    book.create_sheet("empty")
    book["a3"]["D9"] = "=1+1"
    book.save(tmp_path / "shapes.xlsx")
    workbook = python_calamine.CalamineWorkbook.from_path(str(tmp_path / "shapes.xlsx"))
    for name in workbook.sheet_names:
        sheet = workbook.get_sheet_by_name(name)
        assert excel._table(sheet) == sheet.to_python(skip_empty_area=False), name
    assert excel._table(workbook.get_sheet_by_name("c1"))[0] == ["", "", 1.5, "", ""]
