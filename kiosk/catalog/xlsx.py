"""What an .xlsx file says about its cells beyond their values: number formats, Excel error
values, formulas without a saved result, hyperlinks, hidden rows and columns.

python-calamine reads the values (fast, in Rust) but not these, and each of them changes what
staff see in Excel. Reading the whole sheet XML in Python would cost seconds on a 100,000-row
workbook, so the sheet data is searched as bytes for the few cells that need a second look;
the small parts around it (columns, hyperlinks) are parsed as XML. All of it is read and
searched a piece at a time (kiosk.catalog.pieces), so that a window stays responsive while
its worker thread reads a large workbook.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from xml.etree import ElementTree

from kiosk.catalog import pieces
from kiosk.catalog.numfmt import format_code, is_plain

Cell = tuple[int, int]  # (row, column), both counted from 0 as calamine counts them

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HYPERLINK_TYPE = "/hyperlink"

_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_FORMULA_TAG = re.compile(rb"<(\w+:)?f\b([^>]*?)(/?)>")
_ERROR_TAG = re.compile(rb'<((?:\w+:)?)c\b([^>]*?\bt="e"[^>]*)>')
_SHEET_DATA_TAG = re.compile(rb"<(\w+:)?sheetData\b[^>]*?(/?)>")
_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")
_HYPERLINK_CALL = re.compile(r"^\s*(?:_xlfn\.)?HYPERLINK\(", re.IGNORECASE)
_HYPERLINK_FORMULA = re.compile(
    r'^\s*(?:_xlfn\.)?HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,)]', re.IGNORECASE
)


class XlsxLayoutError(Exception):
    """The file's structure is not one this reader can locate cells in."""


@dataclass
class SheetExtras:
    formats: dict[Cell, str] = field(default_factory=dict)  # cells with a non-plain format
    errors: dict[Cell, str] = field(default_factory=dict)  # "#N/A", "#DIV/0!", ...
    unsaved_formulas: set[Cell] = field(default_factory=set)  # a formula with no saved result
    links: dict[Cell, str] = field(default_factory=dict)  # hyperlink addresses
    opaque_links: set[Cell] = field(default_factory=set)  # HYPERLINK of an address not written out
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)


def read_extras(path: str) -> dict[str, SheetExtras]:
    """For each sheet name, what its cells hold besides their values."""
    with zipfile.ZipFile(path) as archive:
        styles = _cell_formats(archive)
        return {name: _sheet_extras(archive, part, styles) for name, part in _sheet_parts(archive)}


def _xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    try:
        return pieces.parse(pieces.read_member(archive, name))
    except KeyError:
        return None


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """The relationships of `part`: id -> (type, target as a path in the archive or a URL)."""
    folder, name = posixpath.split(part)
    root = _xml(archive, posixpath.join(folder, "_rels", name + ".rels"))
    if root is None:
        return {}
    found = {}
    for rel in root.iter(_PKG_REL + "Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") != "External":
            target = (
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            target = posixpath.normpath(target)
        found[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return found


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    root = _xml(archive, "xl/workbook.xml")
    if root is None:
        raise XlsxLayoutError("the workbook part is missing")
    rels = _relationships(archive, "xl/workbook.xml")
    parts = []
    for sheet in root.iter(_MAIN + "sheet"):
        rel = rels.get(sheet.get(_REL + "id", ""))
        if rel is not None:
            parts.append((sheet.get("name", ""), rel[1]))
    return parts


def _cell_formats(archive: zipfile.ZipFile) -> dict[int, str]:
    """Style index -> number format code, for the styles whose format is not plain."""
    root = _xml(archive, "xl/styles.xml")
    if root is None:
        return {}
    custom = {
        int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in root.iter(_MAIN + "numFmt")
    }
    cell_xfs = root.find(_MAIN + "cellXfs")
    formats = {}
    for index, xf in enumerate(cell_xfs if cell_xfs is not None else ()):
        code = format_code(int(xf.get("numFmtId", "0")), custom)
        if not is_plain(code):
            formats[index] = code
    return formats


def _sheet_extras(archive: zipfile.ZipFile, part: str, styles: Mapping[int, str]) -> SheetExtras:
    data = pieces.read_member(archive, part)
    start, end = _sheet_data_span(data)
    extras = SheetExtras()
    _read_outside(data[:start], data[end:], archive, part, extras)
    del data[end:]  # the rows alone, cut out in place: a copy would be one long call
    del data[:start]
    body = data
    if pieces.find(body, b"hidden=") >= 0:
        extras.hidden_rows = _hidden_rows(body)
    if styles:
        _find_styled(body, styles, extras)
    if pieces.find(body, b'"e"') >= 0:
        _find_errors(body, extras)
    if pieces.first_tag(_FORMULA_TAG, body):
        _find_formulas(body, extras)
    return extras


def _sheet_data_span(data: bytearray) -> tuple[int, int]:
    """Where the rows are: the span of <sheetData>...</sheetData> (empty when there is none)."""
    match = pieces.first_tag(_SHEET_DATA_TAG, data)
    if match is None:
        return len(data), len(data)
    if match.group(2):
        return match.start(), match.end()
    close = pieces.find(data, b"</" + (match.group(1) or b"") + b"sheetData>", match.end())
    if close < 0:
        raise XlsxLayoutError("a sheet's rows are not closed")
    return match.start(), close + len(b"</" + (match.group(1) or b"") + b"sheetData>")


def _read_outside(
    before: bytearray, after: bytearray, archive: zipfile.ZipFile, part: str, extras: SheetExtras
) -> None:
    """Hidden columns and hyperlinks, from the sheet XML before and after its rows."""
    try:
        root = pieces.parse(before, after)
    except ElementTree.ParseError as exc:
        raise XlsxLayoutError(f"a sheet is not readable XML ({exc})") from exc
    for col in root.iter(_MAIN + "col"):
        if col.get("hidden") in ("1", "true"):
            low, high = int(col.get("min", "1")), int(col.get("max", "1"))
            # A hidden range may run to column XFD; only columns a sheet could use matter.
            extras.hidden_columns.update(range(low - 1, min(high, 1024)))
    rels = _relationships(archive, part)
    for link in root.iter(_MAIN + "hyperlink"):
        kind, target = rels.get(link.get(_REL + "id", ""), ("", ""))
        if not kind.endswith(_HYPERLINK_TYPE):
            target = ""
        location = link.get("location", "")
        address = target + ("#" + location if location else "") if target else location
        for cell in _cells_of_range(link.get("ref", "")):
            extras.links[cell] = address


def _hidden_rows(body: bytearray) -> set[int]:
    hidden = set()
    for match in pieces.tags(_ROW_TAG, body):
        attrs = dict(_ATTR.findall(match.group(1)))
        if attrs.get(b"hidden") in (b"1", b"true"):
            if b"r" not in attrs:
                raise XlsxLayoutError("a hidden row has no row number")
            hidden.add(int(attrs[b"r"]) - 1)
    return hidden


def _find_styled(body: bytearray, styles: Mapping[int, str], extras: SheetExtras) -> None:
    ids = b"|".join(str(i).encode() for i in sorted(styles))
    tag = re.compile(rb'<(?:\w+:)?c\b([^>]*?\bs="(?:' + ids + rb')"[^>]*)>')
    for match in pieces.tags(tag, body):
        attrs = dict(_ATTR.findall(match.group(1)))
        extras.formats[_cell_of(attrs)] = styles[int(attrs[b"s"])]


def _find_errors(body: bytearray, extras: SheetExtras) -> None:
    for match in pieces.tags(_ERROR_TAG, body):
        prefix = match.group(1)
        close = pieces.find(body, b"</" + prefix + b"c>", match.end())
        value = re.search(rb"<(?:\w+:)?v>([^<]*)</", body[match.end() : close])
        error = value.group(1).decode("utf-8", "replace") if value else "#N/A"
        extras.errors[_cell_of(dict(_ATTR.findall(match.group(2))))] = error


def _find_formulas(body: bytearray, extras: SheetExtras) -> None:
    shared: dict[bytes, str | None] = {}  # a shared formula's id -> its HYPERLINK address
    for match in pieces.tags(_FORMULA_TAG, body):
        prefix = match.group(1) or b""
        cell = _cell_of(_enclosing_cell(body, prefix, match.start()))
        close = pieces.find(body, b"</" + prefix + b"c>", match.end())
        inside = body[match.end() : close]
        attrs = dict(_ATTR.findall(match.group(2)))
        formula = b"" if match.group(3) else inside.split(b"</", 1)[0]
        if formula or b"si" not in attrs:
            address = _hyperlink(_unescape(formula.decode("utf-8", "replace")))
            if b"si" in attrs:  # the first cell of a formula filled down holds its text
                shared[attrs[b"si"]] = address
        else:
            address = shared.get(attrs[b"si"], _NOT_A_LINK)
        if address is None:
            extras.opaque_links.add(cell)
        elif address is not _NOT_A_LINK:
            extras.links[cell] = address
        # An empty result is saved as <v></v>; a formula never calculated has no <v> at all.
        if not re.search(rb"<(?:\w+:)?v>", inside):
            extras.unsaved_formulas.add(cell)


_NOT_A_LINK = "\0not a link"


def _hyperlink(formula: str) -> str | None:
    """The address of a HYPERLINK formula; None when it is not written out in the formula;
    _NOT_A_LINK for any other formula."""
    if not _HYPERLINK_CALL.match(formula):
        return _NOT_A_LINK
    literal = _HYPERLINK_FORMULA.match(formula)
    return literal.group(1).replace('""', '"') if literal else None


def _enclosing_cell(body: bytearray, prefix: bytes, at: int) -> dict[bytes, bytes]:
    """The attributes of the <c> element that holds position `at`."""
    tag = b"<" + prefix + b"c"
    opening = pieces.rfind_either(body, (tag + b" ", tag + b">"), 0, at)
    tag_end = pieces.find(body, b">", opening)
    return dict(_ATTR.findall(body[opening + len(tag) : tag_end]))


def _unescape(text: str) -> str:
    for entity, char in (("&quot;", '"'), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


def _cell_of(attrs: Mapping[bytes, bytes]) -> Cell:
    ref = attrs.get(b"r")
    if ref is None:
        raise XlsxLayoutError("a cell has no reference")
    return cell_of(ref.decode())


def cell_of(ref: str) -> Cell:
    """ "B12" -> (11, 1)."""
    match = _REF.fullmatch(ref.replace("$", ""))
    if match is None:
        raise XlsxLayoutError(f'"{ref}" is not a cell reference')
    letters, digits = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(digits) - 1, column - 1


def _cells_of_range(ref: str) -> list[Cell]:
    first, _, last = ref.partition(":")
    (top, left), (bottom, right) = cell_of(first), cell_of(last or first)
    if (bottom - top + 1) * (right - left + 1) > 10_000:  # a link over a whole column
        bottom = top + 10_000 // (right - left + 1)
    return [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
