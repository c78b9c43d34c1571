"""Read one CSV file as the text staff typed: find its encoding, or refuse when it is unclear.

Excel saves "CSV UTF-8" (right for every language), "CSV (Comma delimited)" in the Windows code
page, "CSV (MS-DOS)" in cp850 and "CSV (Macintosh)" in Mac Roman; Google Sheets always saves
UTF-8. Which legacy code page a file is in is asked of charset-normalizer, among just those.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from kiosk.catalog.raw import WorkbookError
from kiosk.catalog.textcheck import LEGACY

# How clearly the best reading must beat another for the file to be read without asking.
_CLEARLY_LESS_GARBLED = 0.005
_CLEARLY_MORE_LIKE_A_LANGUAGE = 0.02
SAVE_AS_UTF8 = 'save it again as "CSV UTF-8 (Comma delimited)"'


def read_csv(path: Path) -> list[list[str]]:
    """Rows of a CSV file, separated by comma, semicolon or tab, any line endings."""
    return read_csv_file(path)[0]


def read_csv_file(path: Path) -> tuple[list[list[str]], str]:
    """Rows of a CSV file, and the encoding it was read in."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbookError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    text, encoding = decode(data, path.name)
    first_line = text.splitlines()[0] if text else ""
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [[cell.strip() for cell in row] for row in reader], encoding
    except csv.Error as exc:
        raise WorkbookError(f"{path.name}: not a readable CSV file ({exc})") from exc


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file; raises WorkbookError when it cannot be known for sure."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"  # Excel's "Unicode Text"
    if b"\x00" in data[:4096]:
        raise WorkbookError(
            f"{name}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8"
        )
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _legacy(data, name, utf8_error)


def _legacy(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only staff tools read CSV files

    matches = list(from_bytes(data, cp_isolation=list(LEGACY)))
    if not matches:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise WorkbookError(
            f"{name}, line {line}: holds bytes that are not text in any encoding a spreadsheet "
            f"program saves; {SAVE_AS_UTF8}"
        )
    first = matches[
        0
    ]  # the library's best reading: the least garbled, then the most like a language
    rivals = {
        str(m): m.encoding
        for m in matches[1:]
        if str(m) != str(first)
        and m.chaos - first.chaos < _CLEARLY_LESS_GARBLED
        and first.coherence - m.coherence < _CLEARLY_MORE_LIKE_A_LANGUAGE
    }
    if rivals:
        ways = " or ".join(LEGACY.get(e, e) for e in sorted({first.encoding, *rivals.values()}))
        raise WorkbookError(
            f"{name}: is not saved as CSV UTF-8, and its accented letters read differently "
            f"as {ways}; {SAVE_AS_UTF8}"
        )
    return str(first), first.encoding
