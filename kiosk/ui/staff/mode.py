"""Admin mode as one layer of the window: the PIN keypad, then the panel; it locks itself
after two idle minutes and whenever staff tap Lock."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.services.idle import IdleWatcher
from kiosk.services.staff import StaffService
from kiosk.ui.staff.panel import AdminPanel
from kiosk.ui.staff.pin_pad import PinPad

log = logging.getLogger(__name__)
AUTO_LOCK_MS = 2 * 60 * 1000


class AdminMode(QStackedWidget):
    closed = Signal()

    def __init__(
        self,
        staff: StaffService,
        no_pin_notice: str = "",
        parent: QWidget | None = None,
        *,
        locked: bool = False,
    ) -> None:
        super().__init__(parent)
        self.staff = staff
        self.no_pin_notice = no_pin_notice
        self.locked = locked  # a locked-down kiosk: nothing opens without a PIN
        self.pad = PinPad()
        self.panel = AdminPanel(staff)
        self.addWidget(self.pad)
        self.addWidget(self.panel)
        self.idle = IdleWatcher(AUTO_LOCK_MS, self)
        self.idle.idle.connect(self.lock)
        self.pad.submitted.connect(self._check)
        self.pad.cancelled.connect(self.lock)
        self.panel.lock_requested.connect(self.lock)
        self.active = False

    def watch(self, window: QWindow | None) -> None:
        self.idle.watch(window)

    def open(self) -> None:
        """The keypad, or straight to the panel when no PIN exists on a preview kiosk. A
        locked kiosk with no PIN known (its configuration is broken) stays shut."""
        if self.locked and not self.staff.pin.is_set:
            log.warning("admin mode refused: this kiosk is locked down and no staff PIN is known")
            self.closed.emit()
            return
        self.active = True
        self.idle.start()
        if self.staff.pin.is_set:
            self.setCurrentWidget(self.pad)
            self.pad.start(self.staff.pin.locked_seconds())
        else:
            self._show_panel()

    @Slot(str)
    def _check(self, pin: str) -> None:
        attempt = self.staff.try_pin(pin)
        if attempt.ok:
            self._show_panel()
        else:
            self.pad.refused(attempt)

    def _show_panel(self) -> None:
        notice = "" if self.staff.pin.is_set else self.no_pin_notice
        self.panel.open(notice)
        self.setCurrentWidget(self.panel)

    @Slot()
    def lock(self) -> None:
        if not self.active:
            return
        self.active = False
        self.idle.stop()
        self.pad.stop()
        self.setCurrentWidget(self.pad)
        log.info("admin mode closed")
        self.closed.emit()
