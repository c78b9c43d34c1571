"""Reads and checks a workbook in a worker thread, with the same core calls as
`kiosk-admin validate --wages FILE --wage-area CODE`, so the window and the command line can
never disagree."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.catalog.checking import check_book
from kiosk.catalog.records import Problem, Validation
from kiosk.catalog.wording import Wording
from kiosk.catalog.workbook import RawWorkbook, WorkbookError, read_workbook
from kiosk.catalogapp.wagefiles import WAGE_FILES

logger = logging.getLogger(__name__)
LET_GO_AT_ONCE = 2_000  # rows or records: a fraction of a millisecond to free


@dataclass(frozen=True)
class Checked:
    """What one check found: every problem (errors first, as `kiosk-admin validate` prints
    them), or why the workbook cannot be read at all, or that the check itself failed."""

    source: Path
    problems: tuple[Problem, ...] = ()
    unreadable: str = ""  # WorkbookError's message: it names the sheet, row or column
    unreadable_wording: Wording | None = None  # what that message was made from
    crashed: bool = False  # a bug, logged with its traceback; staff see a calm line

    @property
    def errors(self) -> int:
        return sum(not p.warning for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.warning for p in self.problems)


@dataclass(frozen=True)
class Request:
    """What to check: a workbook, and BLS's wage file and area to check its pay with."""

    source: Path
    wages: Path | None = None
    area: str | None = None  # None: the settings sheet's wage_area


def check_workbook(source: Path, wages: Path | None = None, area: str | None = None) -> Checked:
    """Read and validate `source` (with BLS's wage file `wages`, for `area` if given); never
    raises. A wage file that cannot be read makes the check unreadable, as on the command
    line, with its message naming the file, row and column."""
    try:
        book = read_workbook(source)
        validation = check_book(book, wages, area, open_wages=WAGE_FILES.open)
    except WorkbookError as exc:
        logger.info("%s cannot be checked: %s", source, exc)
        return Checked(source, unreadable=str(exc), unreadable_wording=exc.wording)
    except Exception:
        logger.exception("checking %s failed", source)
        return Checked(source, crashed=True)
    problems = tuple(validation.errors + validation.warnings)
    logger.info("%s checked: %d problem(s)", source, len(problems))
    _let_go(book, validation)
    return Checked(source, problems)


def _let_go(book: RawWorkbook, validation: Validation) -> None:
    """Frees the workbook's rows and records a few thousand at a time: all at once, as on
    return, a large workbook's take tens of milliseconds with the interpreter lock held, and
    the window's thread waits for it."""
    pieces: list[list[object]] = [list(records) for records in validation.records.values()]
    validation.records.clear()
    while book.sheets:
        pieces.append(list(book.sheets.popitem()[1].rows))
    for piece in pieces:
        while piece:
            del piece[-LET_GO_AT_ONCE:]


class _Worker(QObject):
    """Lives in the checking thread. Requests that a newer one has overtaken are skipped:
    saving three times in a row needs one check, not three."""

    done = Signal(int, object)  # generation, Checked

    def __init__(self) -> None:
        super().__init__()  # no parent: a QObject with one cannot move to another thread
        self.latest = 0  # written by the GUI thread; an int read is atomic in Python

    @Slot(object, int)
    def check(self, request: Request, generation: int) -> None:
        if generation != self.latest:
            return
        outcome = check_workbook(request.source, request.wages, request.area)
        self.done.emit(generation, outcome)


class Checker(QObject):
    """Hands checks to one worker thread and reports only the newest request's result."""

    started = Signal(Path)
    checked = Signal(object)  # Checked
    _requested = Signal(object, int)  # Request, generation

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._reported = 0
        self._thread = QThread(self)
        self._thread.setObjectName("workbook-check")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._requested.connect(self._worker.check)
        self._worker.done.connect(self._report)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._generation != self._reported

    def check(self, source: Path, wages: Path | None = None, area: str | None = None) -> None:
        self._generation += 1
        self._worker.latest = self._generation
        self.started.emit(source)
        self._requested.emit(Request(source, wages, area), self._generation)

    @Slot(int, object)
    def _report(self, generation: int, outcome: Checked) -> None:
        if generation != self._generation:
            return  # overtaken while it ran
        self._reported = generation
        self.checked.emit(outcome)

    def stop(self) -> None:
        """End the thread (after the check it is running, if any)."""
        self._generation += 1
        self._worker.latest = self._generation
        self._thread.quit()
        self._thread.wait()
