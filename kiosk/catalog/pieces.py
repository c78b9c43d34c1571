"""Reading, searching and parsing a sheet's XML a piece at a time.

A large workbook's sheet XML runs to tens of megabytes. One call over all of it (zipfile's
read, a copy, a regular expression, bytes.find, the XML parser) holds the interpreter lock for
15-90 ms, and a window whose worker thread reads the workbook stops as long. In pieces no call
takes more than a few milliseconds, and each function here gives exactly what the one call
would.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from typing import IO
from xml.etree import ElementTree

Bytes = bytes | bytearray
SEARCH_PIECE = 1 << 19  # bytes read or searched in one call: 1-2 ms
PARSE_PIECE = 1 << 16  # bytes of XML parsed in one call: about 2 ms
NEAR = 1 << 12  # bytes searched first, back from a place


def read_member(archive: zipfile.ZipFile, name: str | zipfile.ZipInfo) -> bytearray:
    """archive.read(name). A bytearray grows without copying what it already holds, and its
    front can be cut off in place, where a bytes object would be copied whole."""
    data = bytearray()
    with archive.open(name) as member:
        while piece := member.read(SEARCH_PIECE):
            data += piece
    return data


def write(out: IO[bytes], data: Bytes, start: int = 0, end: int | None = None) -> None:
    """out.write(data[start:end])."""
    start, end, _ = slice(start, end).indices(len(data))
    with memoryview(data) as view:
        for at in range(start, end, SEARCH_PIECE):
            out.write(view[at : min(at + SEARCH_PIECE, end)])


def parse(*parts: Bytes) -> ElementTree.Element:
    """ElementTree.fromstring(the parts joined), with the same errors."""
    parser = ElementTree.XMLParser()
    for part in parts:
        with memoryview(part) as view:
            for at in range(0, len(view), PARSE_PIECE):
                parser.feed(view[at : at + PARSE_PIECE])
    root: ElementTree.Element = parser.close()
    return root


def find(data: Bytes, sub: bytes, start: int = 0, end: int | None = None) -> int:
    """data.find(sub, start, end)."""
    start, end, _ = slice(start, end).indices(len(data))
    while True:
        stop = min(start + SEARCH_PIECE + len(sub) - 1, end)  # overlap: sub may span pieces
        at = data.find(sub, start, stop)
        if at >= 0 or stop >= end:
            return at
        start += SEARCH_PIECE


def rfind_either(data: Bytes, subs: tuple[bytes, ...], start: int, end: int) -> int:
    """max(data.rfind(sub, start, end) for sub in subs): the last place any of them is. The
    first pieces are short, since what is looked for is most often close by and the others
    are looked for all through each piece."""
    start, end, _ = slice(start, end).indices(len(data))
    longest = max(map(len, subs))
    stop, width = end, NEAR
    while True:
        begin = max(start, stop - width - longest + 1)
        at = max(data.rfind(sub, begin, stop) for sub in subs)
        if at >= 0 or begin <= start:
            return at
        stop, width = begin + longest - 1, min(width * 2, SEARCH_PIECE)


def tags(
    pattern: re.Pattern[bytes], data: Bytes, start: int = 0, end: int | None = None
) -> Iterator[re.Match[bytes]]:
    """pattern.finditer(data, start, end), for a pattern that matches one tag: no match holds
    a ">" but as its last byte. A search cut short at a piece's end then finds either the
    match the whole search would, or nothing; and a tag cut off at the end began after the
    last ">" before it."""
    start, end, _ = slice(start, end).indices(len(data))
    width = SEARCH_PIECE
    while start < end:
        stop = min(start + width, end)
        match = pattern.search(data, start, stop)
        if match is not None:
            yield match
            start, width = match.end(), SEARCH_PIECE
        elif stop == end:
            return
        elif (last := data.rfind(b">", start, stop)) >= 0:
            start, width = last + 1, SEARCH_PIECE
        else:  # a whole piece inside one tag: look further
            width *= 2


def first_tag(
    pattern: re.Pattern[bytes], data: Bytes, start: int = 0, end: int | None = None
) -> re.Match[bytes] | None:
    """pattern.search(data, start, end), for a pattern as tags() takes."""
    return next(tags(pattern, data, start, end), None)
