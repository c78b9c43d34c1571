"""The window asleep outside opening hours (kiosk/services/display.py keeps the hours): the
student's session is wiped, the dark sleeping layer shows, and a touch wakes it for one
session. Sync goes on meanwhile, and the attract screen behind takes each new catalog."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QWindow

from kiosk.services.display import DisplaySchedule
from kiosk.services.idle import IdleWatcher
from kiosk.services.session import Session
from kiosk.ui.layers import Layers
from kiosk.ui.navigation import Navigator


class SleepMode(QObject):
    def __init__(
        self,
        display: DisplaySchedule,
        layers: Layers,
        nav: Navigator,
        session: Session,
        idle_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._display, self._layers, self._nav, self._session = display, layers, nav, session
        self._wiping = False  # the wipes of going to sleep and waking end no session
        # Woken, and nobody goes on past the attract screen (which counts no idle time of
        # its own): asleep again after the idle time, as if a session had ended.
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(display.session_ended)
        display.awake_changed.connect(self._awake_changed)
        layers.sleeping.touched.connect(display.wake)
        layers.admin_opening.connect(self.idle.stop)
        session.wiped.connect(self._wiped)
        nav.entering.connect(self._entering)
        if not display.awake:
            self._awake_changed(False)

    def watch(self, window: QWindow | None) -> None:
        self.idle.watch(window)

    @Slot(bool)
    def _awake_changed(self, awake: bool) -> None:
        self.idle.stop()
        if not awake:
            self._start_over()  # nothing of a student's session is kept overnight
            display = self._display
            self._layers.sleeping.show_state(
                display.opens_at,
                display.now().date(),
                self._session.language,
                wakes=display.wake_on_touch,
            )
        self._layers.set_asleep(not awake)
        if awake:
            # A clean attract screen on the newest catalog, wherever it came from overnight
            # (kiosk-admin sync installs catalogs too).
            self._start_over()
            if self._display.woken:
                self.idle.start()

    def _start_over(self) -> None:
        """A wipe of its own, unless one is going on already (which is no session ending)."""
        if not self._wiping:
            self._wiping = True
            try:
                self._nav.start_over()
            finally:
                self._wiping = False

    @Slot()
    def _wiped(self) -> None:
        """A session is over (Start over, the idle wipe, admin mode closing): a session a
        touch began ends with it."""
        if not self._wiping:
            self._wiping = True  # going to sleep now must not wipe again inside this wipe
            try:
                self._display.session_ended()
            finally:
                self._wiping = False

    @Slot(str)
    def _entering(self, name: str) -> None:
        if name != "attract":
            self.idle.stop()  # a student is here: the window's own idle time counts now
