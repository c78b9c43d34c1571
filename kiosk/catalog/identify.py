"""Tell a catalog file from any other file, and an output path from the workbook it comes from.

Staff keep the workbook and the built catalog side by side, so a slip in a file name could
replace hours of their work; these checks let build and publish refuse before writing.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.catalog.schema import APPLICATION_ID

SQLITE_HEADER = b"SQLite format 3\x00"
# The database header keeps PRAGMA application_id as a big-endian 32-bit number at byte 68.
_APPLICATION_ID_AT = 68


def read_header(path: Path) -> bytes:
    """The first 100 bytes of `path` (fewer for a short file); b"" for anything unreadable."""
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError:
        return b""


def is_sqlite_file(path: Path) -> bool:
    return path.is_file() and read_header(path).startswith(SQLITE_HEADER)


def is_catalog_file(path: Path) -> bool:
    """True when `path` is a SQLite file stamped with our application id (a built catalog)."""
    if not path.is_file():
        return False
    header = read_header(path)
    if len(header) < _APPLICATION_ID_AT + 4 or not header.startswith(SQLITE_HEADER):
        return False
    stamp = int.from_bytes(header[_APPLICATION_ID_AT : _APPLICATION_ID_AT + 4], "big")
    return stamp == APPLICATION_ID


def _normal(path: Path) -> Path:
    # normcase: on Windows "Catalog.xlsx" and "catalog.xlsx" are one file.
    return Path(os.path.normcase(path.resolve()))


def overlap(target: Path, source: Path) -> str | None:
    """Why writing `target` would touch the workbook `source` (a file or CSV folder), or None.

    The answer completes "the output is ..."."""
    out, src = _normal(target), _normal(source)
    if out == src:
        return "the workbook folder itself" if source.is_dir() else "the workbook itself"
    if source.is_dir() and out.is_relative_to(src):
        return "inside the workbook's CSV folder"
    return None
