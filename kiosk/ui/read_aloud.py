"""The window's speaker buttons: read the current screen in the current language, or stop;
shown only while the speech engine has a voice for that language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from kiosk.services.voices import spoken_form
from kiosk.ui.reading import readable_parts

if TYPE_CHECKING:
    from kiosk.ui.window import KioskWindow


class ReadAloud(QObject):
    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window
        self._speech = speech = window.ctx.speech
        window.top_bar.read_aloud_clicked.connect(self.toggle)
        speech.availability_changed.connect(self.show)
        speech.speaking_changed.connect(self._speaking_changed)
        window.ctx.session.wiped.connect(self._forget)
        # Out of service, admin mode or back: whatever was being read is not on screen now.
        window.outer.currentChanged.connect(speech.stop)
        self._used = False  # by this student: then Still there? is read to them too

    @Slot()
    def toggle(self) -> None:
        window, speech = self._window, self._speech
        if speech.speaking:
            speech.stop()
        else:
            self._used = True
            speech.say(spoken_form(window.current_screen().reading()), window.ctx.lang)

    @Slot()
    def warn_idle(self) -> None:
        """Still there? has appeared. A student who listens rather than looks would not see
        it: if this student used Read aloud, the question is read out too."""
        window, speech = self._window, self._speech
        if self._used and window.still_there.active:
            speech.stop()
            speech.say(spoken_form(readable_parts(window.still_there)), window.ctx.lang)

    @Slot()
    def _forget(self) -> None:
        self._used = False

    @Slot()
    def show(self) -> None:
        """The top bar's button, or the button of a screen without the bar (attract)."""
        window, speech = self._window, self._speech
        available = speech.can_speak(window.ctx.lang)
        window.top_bar.show_read_aloud(available=available, speaking=speech.speaking)
        if window.current[0] in window.screens:
            window.current_screen().show_read_aloud(available, speech.speaking)

    @Slot(bool)
    def _speaking_changed(self, speaking: bool) -> None:
        # Listening is using the kiosk: the idle time counts from the start and the end of
        # reading, so Still there? does not cut in soon after a long text.
        if self._window.idle.running:
            self._window.idle.start()
        self.show()
