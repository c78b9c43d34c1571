"""Nobody has touched the kiosk for a while: Still there?, then a fresh start for the next
student."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

from kiosk.config import Config
from kiosk.services.idle import IdleWatcher
from kiosk.services.session import Session
from kiosk.services.speech import SpeechService
from kiosk.ui.navigation import Navigator
from kiosk.ui.overlays.still_there import StillThere


class Inactivity(QObject):
    """The idle time counts on every screen but the attract screen, which nobody is using."""

    warned = Signal(QWidget)  # Still there? has just appeared (the card)

    def __init__(
        self,
        nav: Navigator,
        session: Session,
        speech: SpeechService,
        config: Config,
        cover: QWidget,
    ) -> None:
        super().__init__(cover)
        self.idle = IdleWatcher(config.idle_timeout_ms, self)
        self.still_there = StillThere(config.warning_seconds, cover)
        self.idle.idle.connect(self._warn)
        self.still_there.continued.connect(self.idle.start)
        self.still_there.expired.connect(nav.start_over)
        nav.entering.connect(self._entering)
        session.ending.connect(self.still_there.stop)
        speech.speaking_changed.connect(self._speaking_changed)

    def watch(self, window: QWindow | None) -> None:
        self.idle.watch(window)

    def shutdown(self) -> None:
        """The window is closing."""
        self.idle.shutdown()
        self.still_there.stop()

    @property
    def warning(self) -> bool:
        """Whether Still there? is counting down."""
        return self.still_there.active

    def stay(self) -> None:
        """The student answered Still there? (Esc does as a tap does)."""
        self.still_there.stay()

    def pause(self) -> None:
        """Nobody to count for: out of service, or staff in admin mode."""
        self.idle.stop()
        self.still_there.stop()

    @Slot()
    def _warn(self) -> None:
        self.still_there.start()
        self.warned.emit(self.still_there)

    @Slot(str)
    def _entering(self, name: str) -> None:
        if name == "attract":
            self.idle.stop()
        elif not self.idle.running and not self.still_there.active:
            self.idle.start()

    @Slot(bool)
    def _speaking_changed(self, _speaking: bool) -> None:
        # Listening is using the kiosk: the idle time counts from the start and the end of
        # reading, so Still there? does not cut in soon after a long text.
        if self.idle.running:
            self.idle.start()
