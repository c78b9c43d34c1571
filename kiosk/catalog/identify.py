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


def _same(a: Path, b: Path) -> bool:
    """True when `a` and `b` both exist and are one file or folder, however each is reached:
    a hard link, a share's UNC path and its mapped drive, or an 8.3 short name all differ as
    paths but not as files."""
    try:
        first, second = a.stat(), b.stat()
    except OSError:
        return False
    # A file system without file ids reports 0 for every file; there only the path can tell.
    return first.st_ino != 0 and os.path.samestat(first, second)


def _one_of_its_files(target: Path, folder: Path) -> bool:
    if not target.is_file():
        return False
    try:
        return any(_same(target, entry) for entry in folder.iterdir())
    except OSError:
        return False


def _inside(target: Path, folder: Path) -> bool:
    """True when `target` lies in `folder` (at any depth) or is one of its files by another name."""
    if _normal(target).is_relative_to(_normal(folder)):
        return True
    # resolve() first: "book/../x.catalog" has "book" among its parents but is not inside it.
    parents = target.resolve().parents
    return any(_same(parent, folder) for parent in parents) or _one_of_its_files(target, folder)


def overlap(target: Path, source: Path) -> str | None:
    """Why writing `target` would touch the workbook `source` (a file or CSV folder), or None.

    The answer completes "the output is ..."."""
    if _normal(target) == _normal(source) or _same(target, source):
        return "the workbook folder itself" if source.is_dir() else "the workbook itself"
    if source.is_dir() and _inside(target, source):
        return "inside the workbook's CSV folder"
    return None


def folder_overlap(folder: Path, source: Path) -> str | None:
    """Why publishing into `folder` would touch the workbook `source`, or None.

    As `overlap`, and the folder may not hold a workbook file either: everything in a publish
    folder is meant to be copied to a web server, a file share or a USB stick, and publish
    replaces and sweeps files there. The answer completes "the publish folder is ..."."""
    if source.is_file():
        holder = source.parent
        if _normal(folder) == _normal(holder) or _same(folder, holder):
            return "the folder that holds the workbook"
    return overlap(folder, source)
