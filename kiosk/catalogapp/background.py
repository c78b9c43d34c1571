"""One piece of work at a time in a thread of its own, its result handed back to the GUI
thread: reading a wage file of tens of MB or building a catalog must not freeze the window."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

logger = logging.getLogger(__name__)


class Background(QObject):
    finished = Signal(object)  # the work's result; None if it failed (logged)
    _done = Signal(object)  # from the worker thread, so queued to the GUI thread

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._done.connect(self._finish)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def run(self, work: Callable[[], object]) -> bool:
        """Start `work`; False (and nothing started) while earlier work is still running."""
        if self._thread is not None or self._stopped:
            return False
        self._thread = threading.Thread(target=self._work, args=(work,), name=self._name)
        self._thread.start()
        return True

    def _work(self, work: Callable[[], object]) -> None:
        try:
            result = work()
        except Exception:  # a bug must neither kill the thread silently nor reach staff
            logger.exception("%s failed", self._name)
            result = None
        self._done.emit(result)

    @Slot(object)
    def _finish(self, result: object) -> None:
        if self._stopped:
            return
        self._thread = None
        self.finished.emit(result)

    def wait(self) -> None:
        """Let running work end (the window is closing); no result is reported from now on."""
        self._stopped = True
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
