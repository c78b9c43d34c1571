"""The open catalog: opened from the store, swapped only between students, and retried
calmly while none can be opened."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.catalog.repository import CatalogError, Repository
from kiosk.log import Event, event
from kiosk.sync.store import CatalogStore

log = logging.getLogger(__name__)


class CatalogService(QObject):
    availability_changed = Signal(bool)
    catalog_changed = Signal()

    def __init__(
        self,
        store: CatalogStore,
        sample_source: Path | None,
        retry_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._sample_source = sample_source
        self._repo: Repository | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.apply_pending)
        self._reported = ""  # the last problem logged: a retry that meets it again is quiet

    @property
    def repo(self) -> Repository:
        if self._repo is None:
            raise CatalogError("no catalog is open")
        return self._repo

    @property
    def available(self) -> bool:
        return self._repo is not None

    def apply_pending(self) -> None:
        """Open the store's current catalog if it is not the one open now. Call only between
        students (on the attract screen)."""
        try:
            path = self._current_path()
            if self._repo is not None and self._repo.path == path:
                return
            repo = Repository(path)
        except (CatalogError, OSError) as exc:
            if self._repo is None:
                self._report("no catalog can be opened: %s", exc)
                self._set_unavailable()
            else:
                self._report("new catalog not opened, keeping the current one: %s", exc)
            return
        self._reported = ""
        old, self._repo = self._repo, repo
        if old is not None:
            old.close()
        version = repo.info().catalog_version
        event(log, Event.CATALOG, "catalog %s version %s open", path.name, version)
        self._retry.stop()
        self.catalog_changed.emit()
        if old is None:
            self.availability_changed.emit(True)

    def _report(self, message: str, problem: Exception) -> None:
        """An ERROR once per problem, not once per retry (every 30 s by default)."""
        text = message % problem
        log.log(logging.DEBUG if text == self._reported else logging.ERROR, "%s", text)
        self._reported = text

    def _current_path(self) -> Path:
        if self._sample_source is not None:
            return self._store.ensure_sample(self._sample_source)
        path = self._store.current_path()
        if path is None:
            raise CatalogError("no catalog installed")
        return path

    def _set_unavailable(self) -> None:
        if not self._retry.isActive():
            self._retry.start()
        self.availability_changed.emit(False)

    def close(self) -> None:
        self._retry.stop()
        if self._repo is not None:
            self._repo.close()
            self._repo = None
