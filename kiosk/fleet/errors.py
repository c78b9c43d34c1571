"""Counting the errors a kiosk logs, for `cte_kiosk_errors_total` (the count, never the text)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable


class ErrorCounter(logging.Handler):
    """A logging handler that counts records at ERROR and above from any thread."""

    def __init__(self, counted: Callable[[], None] = lambda: None) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self._counted = counted  # told after each error (from the thread that logged it)
        self._lock_count = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock_count:
            self.count += 1
        self._counted()
