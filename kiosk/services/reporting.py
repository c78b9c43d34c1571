"""The kiosk's health reports for IT: figures gathered on the window's thread (a few small
reads), written off it by kiosk.fleet's workers, every `health.interval_seconds` and soon
after anything they show changes. Only aggregate figures: nothing about any student."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk import __version__
from kiosk.catalog.repository import CatalogError
from kiosk.config import Config
from kiosk.fleet.errors import ErrorCounter
from kiosk.fleet.figures import KioskFigures, kiosk_name
from kiosk.fleet.writer import Destination
from kiosk.services.catalog import CatalogService
from kiosk.services.speech import SpeechService
from kiosk.services.sync import SyncService
from kiosk.services.translating import TRANSLATORS
from kiosk.services.usage import UsageRecorder
from kiosk.sync.store import CatalogStore
from kiosk.usage import UsageError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)
CHANGE_DELAY_MS = 250  # changes that come together (a sync, then its catalog) make one report
HUNG_AFTER_S = 20.0  # a folder that has not finished a write by then is said to hang


class Display(Protocol):
    """What the reports need of the opening-hours schedule."""

    @property
    def awake(self) -> bool: ...


@dataclass
class Reported:
    """The parts of the kiosk a report describes."""

    store: CatalogStore
    catalog: CatalogService
    in_service: Callable[[], bool]
    sync: SyncService
    usage: UsageRecorder
    speech: SpeechService
    printer: Callable[[], QPrinter | None]
    display: Display | None = None


class HealthReporter(QObject):
    _error_counted = Signal()  # from whichever thread logged it
    _printer_probed = Signal(bool)

    def __init__(self, config: Config, parts: Reported, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._parts = parts
        self.name = kiosk_name(config.kiosk_name)
        self.started = time.time()
        self.errors = ErrorCounter(self._error_counted.emit)
        self.destinations: list[Destination] = []
        self._printer_ready = False
        self._probing = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(config.health_interval_seconds * 1000)
        self._timer.timeout.connect(self.report_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.report_now)
        self._error_counted.connect(self.changed)
        self._printer_probed.connect(self._printer_known)

    @property
    def enabled(self) -> bool:
        return bool(self._config.health_textfile_dir or self._config.health_report_dir)

    def start(self, first_delay_ms: int = 0) -> None:
        """Begin reporting (nothing happens when no folder is configured)."""
        if not self.enabled or self.destinations or self._stopped:
            return
        from kiosk.fleet.statusfile import write_status
        from kiosk.fleet.textfile import write_textfile

        folders = (
            (self._config.health_textfile_dir, write_textfile),
            (self._config.health_report_dir, write_status),
        )
        for folder, write in folders:
            if folder:
                target = Path(folder)
                self.destinations.append(
                    Destination(str(target), partial(write, target), HUNG_AFTER_S)
                )
        logging.getLogger().addHandler(self.errors)
        self._connect_changes()
        self._timer.start()
        self._soon.start(first_delay_ms)

    def _connect_changes(self) -> None:
        parts = self._parts
        parts.sync.finished.connect(self.changed)
        parts.catalog.catalog_changed.connect(self.changed)
        parts.catalog.availability_changed.connect(self.changed)
        parts.usage.session_started.connect(self.changed)
        parts.speech.availability_changed.connect(self.changed)
        awake_changed = getattr(parts.display, "awake_changed", None)
        if awake_changed is not None:
            awake_changed.connect(self.changed)

    def stop(self) -> None:
        self._stopped = True  # for good: a start asked for later (on the way out) does nothing
        self._timer.stop()
        self._soon.stop()
        logging.getLogger().removeHandler(self.errors)
        for destination in self.destinations:
            destination.stop()

    @Slot()
    def changed(self) -> None:
        if self.destinations and not self._soon.isActive():
            self._soon.start(CHANGE_DELAY_MS)

    @Slot()
    def report_now(self) -> None:
        figures = self.figures()
        for destination in self.destinations:
            destination.submit(figures)
        self._probe_printer()

    def figures(self) -> KioskFigures:
        parts = self._parts
        version, created, sample = -1, "", False
        if parts.catalog.available:
            try:
                info = parts.catalog.repo.info()
                version, created, sample = (
                    info.catalog_version,
                    info.created.isoformat(),
                    info.is_sample,
                )
            except CatalogError:
                pass
        # Here, not at the top: the sync machinery (HTTP, TLS) is no part of launch.
        from kiosk.sync.install import read_state

        state = read_state(parts.store)
        result = "off" if not parts.sync.enabled else str(state.result or "never")
        return KioskFigures(
            name=self.name,
            app_version=__version__,
            catalog_version=version,
            catalog_created=created,
            catalog_sample=sample,
            in_service=parts.in_service(),
            sync_last_result=result,
            sync_reason=state.reason,
            sync_last_check=_seconds(state.last_check),
            sync_last_success=_seconds(state.last_success),
            sessions_today=self._sessions_today(),
            errors_total=self.errors.count,
            started=self.started,
            printer_ready=self._printer_ready,
            speech_ready=parts.speech.ready,
            display_awake=parts.display.awake if parts.display is not None else True,
            interval_seconds=self._config.health_interval_seconds,
        )

    def _sessions_today(self) -> int:
        try:
            return self._parts.usage.usage.today_total("sessions")
        except UsageError:
            return 0  # the count is worth little next to a report that goes out

    def _probe_printer(self) -> None:
        """Ask whether the printer is ready in a thread of its own: a network printer may
        take seconds to answer, and the window must not wait for it."""
        if self._probing:
            return
        self._probing = True
        printer, probed = self._parts.printer, self._printer_probed.emit

        def probe() -> None:
            ready = _printer_ready(printer)
            with contextlib.suppress(RuntimeError):  # the kiosk closed meanwhile
                probed(ready)

        threading.Thread(target=probe, name="health-printer", daemon=True).start()

    @Slot(bool)
    def _printer_known(self, ready: bool) -> None:
        self._probing = False
        if ready != self._printer_ready:
            self._printer_ready = ready
            self.changed()


def _printer_ready(printer: Callable[[], QPrinter | None]) -> bool:
    from PySide6.QtPrintSupport import QPrinter

    try:
        with TRANSLATORS:  # Qt's printing translates page names: see kiosk.services.translating
            device = printer()
            return device is not None and device.printerState() != QPrinter.PrinterState.Error
    except Exception:  # a printer driver's trouble is a printer that is not ready
        log.debug("printer check failed", exc_info=True)
        return False


def _seconds(iso: str) -> float:
    """Seconds since the epoch of an ISO 8601 time; 0 for none."""
    if not iso:
        return 0.0
    try:
        return dt.datetime.fromisoformat(iso).timestamp()
    except ValueError:
        return 0.0
