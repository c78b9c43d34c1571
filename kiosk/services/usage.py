"""Turns what the window shows into the day's usage counts (no per-student record: counts
wait in memory as totals and are written between students)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.catalog.repository import CatalogError
from kiosk.services.catalog import CatalogService
from kiosk.services.session import Session
from kiosk.usage import UsageError, UsageLog

log = logging.getLogger(__name__)


class UsageRecorder(QObject):
    session_started = Signal()  # a student began: today's session count went up

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
        # What this session has been counted for, so going Back is not counted again.
        # Memory only, like everything else about the student, and cleared at the end.
        self._seen: set[tuple[str, str]] = set()
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
            self._once("language", self._session.language)
            self.session_started.emit()
        self._once("screen", name)
        if name == "sector" and arg:
            self._once("sector", arg)
        elif name == "course" and arg and ("course", arg) not in self._seen:
            self._once("course", arg)
            try:
                pathway = self._catalog.repo.pathway_of(arg)
            except CatalogError:
                pathway = None
            if pathway:
                self._once("pathway", pathway)
        elif name == "quiz_result" and self._previous == "quiz":
            self._once("quiz_completed", "")
        self._previous = name

    def _once(self, measure: str, item: str) -> None:
        """Count a thing once per session however often the student goes back to it."""
        if (measure, item) not in self._seen:
            self._seen.add((measure, item))
            self.usage.count(measure, item)

    @Slot(str)
    def _language_changed(self, language: str) -> None:
        if self._active:
            self._once("language", language)

    @Slot()
    def session_ended(self) -> None:
        self._active = False
        self._previous = ""
        self._seen.clear()
        self.flush()

    def flush(self) -> None:
        try:
            self.usage.flush()
        except UsageError as exc:  # counts are worth little next to a working kiosk
            log.warning("usage counts not saved: %s", exc)
