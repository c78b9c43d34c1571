"""Compares and publishes in a worker thread with the same core calls as `kiosk-admin
publish`, so the window stays responsive while a large workbook is read and signed."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.admin.publishing import Attempt, finish, prepare
from kiosk.catalogapp.wagefiles import WAGE_FILES

logger = logging.getLogger(__name__)

PREVIEW, PREPARE, FINISH = "preview", "prepare", "finish"


@dataclass(frozen=True)
class Request:
    source: Path
    folder: Path
    key: Path | None  # None: only what would change, nothing signed
    wages: Path | None = None
    wage_area: str | None = None


def prepared_for(request: Request) -> Attempt | None:
    """The prepared attempt; None (logged) if preparing it failed unexpectedly."""
    try:
        return prepare(
            request.source,
            request.folder,
            request.key,
            wages=request.wages,
            wage_area=request.wage_area,
            open_wages=WAGE_FILES.open,  # the file the check has read already
        )
    except Exception:
        logger.exception("preparing to publish %s failed", request.source)
        return None


def finished(attempt: Attempt, yes: bool) -> Attempt | None:
    """The published attempt; an unwritable folder is a failure to show; None (logged) for
    anything unexpected."""
    try:
        done = finish(attempt, yes=yes)
    except OSError as exc:
        # A USB stick pulled out or a share gone: the core leaves these to its caller.
        logger.info("publishing into %s failed: %s", attempt.folder, exc)
        return replace(attempt, failed=f"{attempt.folder}: {exc.strerror or exc}")
    except Exception:
        logger.exception("publishing into %s failed", attempt.folder)
        return None
    if done.manifest is not None:
        logger.info(
            "published catalog version %d into %s", done.manifest.catalog_version, done.folder
        )
    return done


class _Worker(QObject):
    """Lives in the publishing thread. A comparison that a newer request has overtaken is
    skipped; a publish that staff asked for never is."""

    done = Signal(str, int, object)  # kind, generation, Attempt or None

    def __init__(self) -> None:
        super().__init__()  # no parent: a QObject with one cannot move to another thread
        self.latest = 0  # written by the GUI thread; an int read is atomic in Python

    @Slot(str, int, object)
    def run(self, kind: str, generation: int, work: object) -> None:
        if kind == PREVIEW and generation != self.latest:
            self.done.emit(kind, generation, None)
            return
        if isinstance(work, Request):
            self.done.emit(kind, generation, prepared_for(work))
        elif isinstance(work, tuple):
            attempt, yes = work
            self.done.emit(kind, generation, finished(attempt, yes))


class Publisher(QObject):
    """Hands work to one worker thread. Each signal carries an Attempt, or None when the work
    itself failed (logged)."""

    previewed = Signal(object)
    prepared = Signal(object)
    published = Signal(object)
    busy_changed = Signal(bool)
    _requested = Signal(str, int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending = 0
        self._thread = QThread(self)
        self._thread.setObjectName("catalog-publish")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._requested.connect(self._worker.run)
        self._worker.done.connect(self._report)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def preview(self, request: Request) -> None:
        """What the workbook would change in the folder (no key is read)."""
        self._send(PREVIEW, replace(request, key=None))

    def prepare(self, request: Request) -> None:
        self._send(PREPARE, request)

    def finish(self, attempt: Attempt, *, yes: bool) -> None:
        self._send(FINISH, (attempt, yes))

    def _send(self, kind: str, work: object) -> None:
        self._generation += 1
        self._worker.latest = self._generation
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._requested.emit(kind, self._generation, work)

    @Slot(str, int, object)
    def _report(self, kind: str, generation: int, result: object) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if kind == PREVIEW and generation != self._generation:
            return  # overtaken while it ran, or skipped
        signal = {PREVIEW: self.previewed, PREPARE: self.prepared, FINISH: self.published}[kind]
        signal.emit(result)

    def stop(self) -> None:
        """End the thread, after the work it is doing (a publish is never cut short)."""
        self._generation += 1
        self._worker.latest = self._generation
        self._thread.quit()
        self._thread.wait()
