"""Background sync in the kiosk: at launch and every `sync.interval_minutes` (with jitter),
never on the GUI thread. A new catalog is only installed into the store here; the catalog
service switches to it on the attract screen, between students."""

from __future__ import annotations

import logging
import random
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.config import Config
from kiosk.sync.keys import parse_public
from kiosk.sync.store import CatalogStore

if TYPE_CHECKING:  # the sync machinery (HTTP, signatures) loads with the first check
    from kiosk.sync.outcome import Outcome

log = logging.getLogger(__name__)


class SyncService(QObject):
    started = Signal()
    finished = Signal(object)  # the Outcome, delivered on the GUI thread
    _done = Signal(object)  # from the worker thread (queued across threads)

    def __init__(self, store: CatalogStore, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._source = config.sync_source
        self._trusted = [parse_public(k) for k in config.sync_trusted_keys]
        self._interval_ms = config.sync_interval_minutes * 60_000
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)
        self._worker: threading.Thread | None = None
        self.last: Outcome | None = None
        self._done.connect(self._finish)

    @property
    def enabled(self) -> bool:
        return bool(self._source and self._trusted)

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def start(self, first_delay_ms: int = 2000) -> None:
        """Check soon after launch, then on the schedule."""
        if self.enabled:
            self._timer.start(first_delay_ms)

    @property
    def can_verify(self) -> bool:
        """Whether any signing key is trusted (nothing can be installed without one)."""
        return bool(self._trusted)

    @Slot()
    def run_now(self, source: str = "") -> bool:
        """Start a check in the background, from the configured source or from `source`
        (a folder staff chose on a USB stick). False if one is running or nothing to do."""
        source = source or self._source
        if not (source and self._trusted) or self.running:
            return False
        self._worker = threading.Thread(
            target=self._work, args=(source,), name="catalog-sync", daemon=True
        )
        self._worker.start()
        self.started.emit()
        return True

    def _work(self, source: str) -> None:
        from kiosk.sync.install import sync_once
        from kiosk.sync.outcome import FAILED, Outcome
        from kiosk.sync.sources import open_source

        try:
            outcome = sync_once(self._store, open_source(source), self._trusted)
        except Exception as exc:  # a bug must not kill the thread silently
            log.exception("sync failed unexpectedly")
            outcome = Outcome(FAILED, f"unexpected error: {exc}", -1)
        self._done.emit(outcome)

    @Slot(object)
    def _finish(self, outcome: Outcome) -> None:
        # The check is over now, though its thread may not have quite ended: what listens to
        # `finished` (the staff panel enabling its buttons) must not see it still running.
        self._worker = None
        self.last = outcome
        log.info("sync %s: %s", outcome.result, outcome.reason)
        # Kiosks that start together should not all ask the server at the same moment.
        jitter = random.randint(0, max(1, self._interval_ms // 10))
        self._timer.start(self._interval_ms + jitter)
        self.finished.emit(outcome)

    def stop(self) -> None:
        self._timer.stop()
