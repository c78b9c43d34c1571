"""Checks on the free text staff type: length, HTML, formula starts, invisible characters and
letters a CSV file's code page turned into "?"."""

from __future__ import annotations

import re

from kiosk.catalog import wording as w
from kiosk.catalog.sheets import Column
from kiosk.catalog.wording import Wording

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


def text_problem(
    column: Column, lang: str, cell: str, *, encoding: str
) -> tuple[Wording, Wording] | None:
    """What is wrong with a text cell in `lang`, as (message, expected), or None. `encoding` is
    the one its CSV file was read in ("" for a workbook, "ascii" for a file of ASCII only)."""
    if column.max_length and len(cell) > column.max_length:
        return (
            Wording.of(w.TOO_LONG, length=len(cell)),
            Wording.of(w.AT_MOST, max=column.max_length),
        )
    if ("<" in cell or "&" in cell) and _HTML.search(cell):  # a tag or entity needs one
        return Wording.of(w.LOOKS_LIKE_HTML), Wording.of(w.PLAIN_TEXT_EXPECTED)
    if column.link and not _ADDRESS.fullmatch(cell):
        return Wording.of(w.NOT_AN_ADDRESS, cell=cell), Wording.of(w.ADDRESS_EXPECTED)
    if column.formula_guard and _FORMULA.match(cell):
        return Wording.of(w.LIKE_A_FORMULA, first=cell[0]), Wording.of(w.LIKE_A_FORMULA_EXPECTED)
    if (encoding in LEGACY or encoding == "ascii") and not column.link:
        # Chinese and Vietnamese cannot be written in a legacy code page at all.
        beyond = encoding in LEGACY and lang in _BEYOND_CODE_PAGES
        pattern = _ANY_QUESTION_MARK if beyond else _LOST
        lost = pattern.search(cell)
        if lost:
            start = max(0, lost.start() - 12)
            return (
                Wording.of(w.LETTERS_LOST, excerpt=cell[start : lost.end() + 12]),
                Wording.of(w.LETTERS_LOST_EXPECTED),
            )
    return None
