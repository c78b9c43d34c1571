"""Checks on the free text staff type: length, HTML, formula starts, invisible characters and
letters a CSV file's code page turned into "?"."""

from __future__ import annotations

import re

from kiosk.catalog.sheets import Column

_HTML = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]{2,8});")
_FORMULA = re.compile(r"[=+@]|-[^\s\d]")
_ADDRESS = re.compile(
    r"(?:https?://)?[^\s/:@]+\.[^\s/:@.]{2,}(?::\d+)?(?:[/?#]\S*)?", re.IGNORECASE
)
# Characters nobody sees and nobody means to publish: they are taken out, with a warning.
STRIPPED = {"\u200b": "zero-width space", "\ufeff": "byte order mark", "\u2060": "word joiner"}
_STRIP = re.compile("[" + "".join(STRIPPED) + "]")
# Excel writes "?" for each character a CSV file's code page cannot hold: "Ti?ng Vi?t", "????".
_LOST = re.compile(r"\?{2,}|(?<=[^\W\d_])\?(?=[^\W\d_])")
_ANY_QUESTION_MARK = re.compile(r"\?")
_BEYOND_CODE_PAGES = {"zh", "zh-Hans", "vi"}
# The code pages a spreadsheet program writes CSV files in besides UTF-8, as staff know them.
LEGACY = {
    "cp1252": 'Windows "CSV (Comma delimited)"',
    "cp850": '"CSV (MS-DOS)"',
    "mac_roman": 'Mac "CSV (Macintosh)"',
}


_NONE_REMOVED: list[str] = []


def clean(cell: str) -> tuple[str, list[str]]:
    """`cell` without the invisible characters of STRIPPED, and which of them it had."""
    # Nearly every cell: keep this path short (the stripped characters are not ASCII).
    if cell.isascii() or _STRIP.search(cell) is None:
        return cell, _NONE_REMOVED
    found = sorted(set(_STRIP.findall(cell)))
    return _STRIP.sub("", cell).strip(), [f"U+{ord(c):04X} {STRIPPED[c]}" for c in found]


def text_problem(column: Column, lang: str, cell: str, *, encoding: str) -> tuple[str, str] | None:
    """What is wrong with a text cell in `lang`, as (message, expected), or None. `encoding` is
    the one its CSV file was read in ("" for a workbook, "ascii" for a file of ASCII only)."""
    if column.max_length and len(cell) > column.max_length:
        return f"text is {len(cell)} characters long", f"expected at most {column.max_length}"
    if ("<" in cell or "&" in cell) and _HTML.search(cell):  # a tag or entity needs one
        return "text looks like HTML", "expected plain text without <tags> or &entities;"
    if column.link and not _ADDRESS.fullmatch(cell):
        return (
            f'"{cell}" is not a web address',
            "expected an address such as https://www.scusd.edu/ (a link cell gives its address "
            "in a workbook, but a CSV file keeps only the link's text)",
        )
    if column.formula_guard and _FORMULA.match(cell):
        return (
            f'text starts with "{cell[0]}" like a formula',
            "expected plain text; remove the leading character",
        )
    if (encoding in LEGACY or encoding == "ascii") and not column.link:
        # Chinese and Vietnamese cannot be written in a legacy code page at all.
        beyond = encoding in LEGACY and lang in _BEYOND_CODE_PAGES
        pattern = _ANY_QUESTION_MARK if beyond else _LOST
        lost = pattern.search(cell)
        if lost:
            start = max(0, lost.start() - 12)
            return (
                f'text has "?" where letters were ("{cell[start : lost.end() + 12]}"): the file '
                "was saved in a code page that cannot hold them",
                'expected the text as typed: save the sheet as "CSV UTF-8 (Comma delimited)"',
            )
    return None
