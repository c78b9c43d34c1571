"""Read a folder's CSV files as the text staff typed: find their encoding, or refuse when it is
unclear.

Excel saves "CSV UTF-8" (right for every language), "CSV (Comma delimited)" in the Windows code
page, "CSV (MS-DOS)" in cp850 and "CSV (Macintosh)" in Mac Roman; Google Sheets always saves
UTF-8. The files of one folder come from one program saving one workbook, so one code page is
chosen for all of them: charset-normalizer rules out the readings that are clearly garbled,
and of the rest only one may read as words (no symbol or capital inside a word, as "TÝtulo" or
"m·quinas" are). Anything less certain is refused.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog import wording as w
from kiosk.catalog.raw import WorkbookError
from kiosk.catalog.textcheck import LEGACY
from kiosk.catalog.wording import Wording

# How much less garbled (charset-normalizer's "chaos") a reading must be to rule out another.
_CLEARLY_LESS_GARBLED = 0.005
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A no-break space between letters is either one a staff member pasted between two words or
# what the Windows code page makes of MS-DOS's "á": not enough to choose by line endings.
_NBSP_IN_WORD = re.compile(r"(?<=[^\W\d_])\xa0(?=[^\W\d_])")
# Marks that touch letters in real text (don’t, “quoted”, ¿qué?, Excel®); any other symbol
# touching a letter is what a wrong code page makes of an accented letter.
_TYPOGRAPHIC = frozenset("’‘“”«»–—…¿¡©®™°€£¢§")
_PIECE = 1 << 18  # characters split, or bytes decoded, at a time


@dataclass(frozen=True)
class CsvFile:
    path: Path
    rows: list[list[str]]
    encoding: str


def read_csv(path: Path) -> list[list[str]]:
    """Rows of one CSV file, separated by comma, semicolon or tab, any line endings."""
    return read_csv_files([path])[0].rows


def read_csv_files(paths: list[Path]) -> list[CsvFile]:
    """The rows of each file, read in one encoding per file (one code page for all the files
    that are not Unicode)."""
    texts: dict[Path, tuple[str, str]] = {}
    legacy: dict[Path, bytes] = {}
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            why = Wording.of(w.CANNOT_BE_READ, file=path.name, why=exc.strerror)
            raise WorkbookError(why) from exc
        text = _unicode(data, path.name)
        if text is None:
            legacy[path] = data
        else:
            texts[path] = text
    if legacy:
        encoding = _code_page(legacy)
        texts.update({p: (data.decode(encoding), encoding) for p, data in legacy.items()})
    return [CsvFile(p, _rows(texts[p][0], p.name), texts[p][1]) for p in paths]


def _rows(text: str, name: str) -> list[list[str]]:
    delimiter = max(",;\t", key=_first_line(text).count)
    reader = csv.reader(_lines(text), delimiter=delimiter)
    try:
        return [[cell.strip() for cell in row] for row in reader]
    except csv.Error as exc:
        raise WorkbookError(Wording.of(w.NOT_A_CSV, file=name, why=exc)) from exc


def _first_line(text: str) -> str:
    """text.splitlines()[0], without splitting all of a large file for it."""
    size = 4096
    while True:
        lines = text[:size].splitlines()
        if len(lines) > 1 or size >= len(text):
            return lines[0] if lines else ""
        size *= 16


def _lines(text: str) -> Iterator[str]:
    """The lines as a file opened with newline="" reads them, from pieces of the text that end
    at a line's end: a StringIO of all of a large file would copy it in one go, holding the
    interpreter lock for tens of milliseconds."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + _PIECE)
        end = len(text) if end < 0 else end + 1
        yield from io.StringIO(text[start:end], newline="")
        start = end


def _decoded(data: bytes, encoding: str) -> str:
    """data.decode(encoding), a piece at a time: one call on a large file holds the
    interpreter lock for tens of milliseconds, and a window's thread waits for it while a
    worker thread reads."""
    decoder = codecs.getincrementaldecoder(encoding)()
    pieces = [decoder.decode(data[at : at + _PIECE]) for at in range(0, len(data), _PIECE)]
    pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


def _unicode(data: bytes, name: str) -> tuple[str, str] | None:
    """The text and encoding of a Unicode file; None for a file in a legacy code page."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"  # Excel's "Unicode Text"
    if b"\x00" in data[:4096]:
        raise WorkbookError(Wording.of(w.BINARY_FILE, file=name))
    if data.isascii():
        # Plain ASCII: UTF-8, or a code page export where every other letter became "?".
        return data.decode("ascii"), "ascii"
    try:
        return _decoded(data, "utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return None


def _code_page(files: dict[Path, bytes]) -> str:
    from charset_normalizer import from_bytes  # only staff tools read CSV files

    candidates = [e for e in LEGACY if all(_decodes(data, e) for data in files.values())]
    if not candidates:
        raise _unclear(files, w.NO_CODE_PAGE, w.NO_CODE_PAGE_FILES)
    matches = list(from_bytes(b"\n".join(files.values()), cp_isolation=candidates))
    least = min((m.chaos for m in matches), default=0.0)
    plausible = {m.encoding for m in matches if m.chaos - least < _CLEARLY_LESS_GARBLED}
    readings = {
        e: "\n".join(data.decode(e) for data in files.values())
        for e in candidates
        if e in plausible or not matches
    }
    words = {e: text for e, text in readings.items() if not _garbled(text)}
    if len(set(words.values())) == 1:
        return next(iter(words))
    # Where two code pages both give words ("don’t" in Windows, "donít" in Mac Roman), the one
    # Excel writes with these line endings wins: Mac Roman with CR alone, Windows otherwise.
    usual = "mac_roman" if _mac_line_endings(files) else "cp1252"
    if usual in words and not _NBSP_IN_WORD.search(words[usual]):
        return usual
    could_be = [LEGACY[e] for e in words]
    if len(could_be) == 2:
        raise _unclear(files, w.TWO_CODE_PAGES, w.TWO_CODE_PAGES_FILES, could_be)
    if len(could_be) == 3:
        raise _unclear(files, w.THREE_CODE_PAGES, w.THREE_CODE_PAGES_FILES, could_be)
    raise _unclear(files, w.NO_WORDS, w.NO_WORDS_FILES)


def _unclear(
    files: dict[Path, bytes], one: str, several: str, could_be: list[str] | None = None
) -> WorkbookError:
    """Why the files' code page is unclear, in template `one` for one file (the first and
    how many more for `several`), with the code pages they `could_be`."""
    paths = list(files)
    pages = dict(zip(("first", "second", "third"), could_be or (), strict=False))
    count = len(paths) - 1
    template = one if count == 0 else several
    return WorkbookError(Wording.of(template, file=paths[0].name, count=count, **pages))


def _mac_line_endings(files: dict[Path, bytes]) -> bool:
    return all(b"\r" in data and b"\n" not in data for data in files.values())


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _garbled(text: str) -> bool:
    """True when a letter from outside ASCII looks like another code page's reading of it: a
    symbol touching a letter ("m·quinas", "b‡sica") or a capital inside a word ("TÝtulo")."""
    for match in _NON_ASCII.finditer(text):
        char, at = match.group(), match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char.isalpha():
            # A capital after a small letter (CafŽ) or inside a word (TÝtulo).
            if char.isupper() and (before.islower() or (before.isalpha() and after.islower())):
                return True
        elif (
            not char.isspace()
            and char not in _TYPOGRAPHIC
            and (before.isalpha() or after.isalpha())
        ):
            return True
    return False
