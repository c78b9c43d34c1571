"""BLS's wage file, read once and kept while it is unchanged: a release is tens of MB, and the
window reads it to list its areas, on every check and for every preview."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.catalog.careerpay import WageFile, open_wage_file
from kiosk.catalog.wording import Wording
from kiosk.catalog.workbook import WorkbookError


class WageFiles:
    """The last wage file read, safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: tuple[tuple[str, int, int], WageFile] | None = None

    def open(self, path: Path) -> WageFile:
        """The file's figures; raises WorkbookError (never kept) if it cannot be read."""
        try:
            stat = path.stat()
            key: tuple[str, int, int] | None = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = None  # reading it says why, in the words staff see
        with self._lock:  # two threads asking at once read the file once
            if key is not None and self._kept is not None and self._kept[0] == key:
                return self._kept[1]
            wages = open_wage_file(path)
            if key is not None:
                self._kept = (key, wages)
            return wages


WAGE_FILES = WageFiles()


@dataclass(frozen=True)
class Areas:
    """The areas a wage file holds (code -> title, by title), or why it cannot be read."""

    path: Path
    titles: dict[str, str] = field(default_factory=dict)
    unreadable: str = ""  # WorkbookError's message: it names the file, row and column
    unreadable_wording: Wording | None = None  # what that message was made from


def areas_of(path: Path, files: WageFiles = WAGE_FILES) -> Areas:
    try:
        titles = files.open(path).table.area_titles()
    except WorkbookError as exc:
        return Areas(path, unreadable=str(exc), unreadable_wording=exc.wording)
    return Areas(path, dict(sorted(titles.items(), key=lambda item: (item[1], item[0]))))
