"""The window's layers, one shown at a time: the screens (or, outside opening hours, the dark
sleeping layer instead), out of service, or admin mode, which stays on top until staff lock it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.ui.navigation import Navigator
from kiosk.ui.screens.out_of_service import OutOfService
from kiosk.ui.screens.sleeping import Sleeping

if TYPE_CHECKING:
    from kiosk.ui.staff.mode import AdminMode

log = logging.getLogger(__name__)


class Layers(QStackedWidget):
    admin_opening = Signal()  # before admin mode shows
    admin_closed = Signal()  # before the layer under it shows

    def __init__(self, screens: QWidget, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nav = nav
        self.screens = screens
        self.out_of_service = OutOfService()
        self.sleeping = Sleeping()
        self.asleep = False
        self.addWidget(screens)
        self.addWidget(self.out_of_service)
        self.addWidget(self.sleeping)
        self._admin: AdminMode | None = None
        self._admin_factory: Callable[[], AdminMode] | None = None
        nav.refused.connect(self.show_out_of_service)

    @Slot()
    def show_screens(self) -> None:
        """The screens, or the sleeping layer in their place while asleep."""
        self._show(self.sleeping if self.asleep else self.screens)

    def set_asleep(self, asleep: bool) -> None:
        """Outside opening hours or not; out of service and admin mode keep their place."""
        self.asleep = asleep
        if self.currentWidget() in (self.screens, self.sleeping):
            self.show_screens()

    @Slot()
    def show_out_of_service(self) -> None:
        self._show(self.out_of_service)

    def _show(self, layer: QWidget) -> None:
        if self._admin is None or not self._admin.active:
            self.setCurrentWidget(layer)

    # -- admin mode --------------------------------------------------------------------------------

    def attach_admin(self, factory: Callable[[], AdminMode]) -> None:
        """Admin mode is built when first opened: launch does not pay for it."""
        self._admin_factory = factory

    @property
    def admin(self) -> AdminMode | None:
        if self._admin is None and self._admin_factory is not None:
            admin = self._admin = self._admin_factory()
            self.addWidget(admin)
            admin.closed.connect(self._admin_closed)
            admin.watch(self.window().windowHandle())
        return self._admin

    @Slot()
    def open_admin(self) -> None:
        admin = self.admin
        if admin is None or admin.active:
            return
        log.info("admin mode opened")
        self.admin_opening.emit()
        self.setCurrentWidget(admin)
        admin.open()

    @Slot()
    def _admin_closed(self) -> None:
        self.admin_closed.emit()
        if self._nav.usable:
            self.show_screens()
            self._nav.start_over()  # the next student starts clean, on the newest catalog
        else:
            self.setCurrentWidget(self.out_of_service)

    def lock_admin(self) -> None:
        if self._admin is not None and self._admin.active:
            self._admin.lock()

    def watch(self, window: QWindow | None) -> None:
        """Admin mode's idle lock follows the native window, as the student's idle time does."""
        if self._admin is not None:
            self._admin.watch(window)

    def shutdown(self) -> None:
        """The window is closing: admin mode locks and stops counting."""
        if self._admin is not None:
            self._admin.lock()
            self._admin.idle.shutdown()
