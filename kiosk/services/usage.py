"""Turns what the window shows into the day's usage counts (no per-student record: counts
wait in memory as totals and are written between students)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Slot

from kiosk.catalog.repository import CatalogError
from kiosk.services.catalog import CatalogService
from kiosk.services.session import Session
from kiosk.usage import UsageError, UsageLog

log = logging.getLogger(__name__)


class UsageRecorder(QObject):
    def __init__(
        self,
        usage: UsageLog,
        session: Session,
        catalog: CatalogService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.usage = usage
        self._session = session
        self._catalog = catalog
        self._active = False  # a student is using the kiosk
        self._previous = ""
        session.ending.connect(self.session_ended)
        session.language_changed.connect(self._language_changed)
        session.slip_printed.connect(lambda: self.usage.count("slip_printed"))

    @Slot(str, str)
    def screen_shown(self, name: str, arg: str) -> None:
        if name == "attract":
            self._previous = name
            return
        if not self._active:
            self._active = True
            self.usage.count("sessions")
            self.usage.count("language", self._session.language)
        self.usage.count("screen", name)
        if name == "sector" and arg:
            self.usage.count("sector", arg)
        elif name == "course" and arg:
            self.usage.count("course", arg)
            try:
                pathway = self._catalog.repo.pathway_of(arg)
            except CatalogError:
                pathway = None
            if pathway:
                self.usage.count("pathway", pathway)
        elif name == "quiz_result" and self._previous == "quiz":
            self.usage.count("quiz_completed")  # not again when coming Back to the result
        self._previous = name

    @Slot(str)
    def _language_changed(self, language: str) -> None:
        if self._active:
            self.usage.count("language", language)

    @Slot()
    def session_ended(self) -> None:
        self._active = False
        self._previous = ""
        self.flush()

    def flush(self) -> None:
        try:
            self.usage.flush()
        except UsageError as exc:  # counts are worth little next to a working kiosk
            log.warning("usage counts not saved: %s", exc)
