"""The speaker buttons: read the current screen in the current language, or stop; shown only
while the speech engine has a voice for that language."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from kiosk.services.session import Session
from kiosk.services.speech import SpeechService
from kiosk.services.voices import spoken_form
from kiosk.ui.navigation import Navigator
from kiosk.ui.reading import readable_parts
from kiosk.ui.widgets.topbar import TopBar


class ReadAloud(QObject):
    def __init__(
        self,
        speech: SpeechService,
        session: Session,
        nav: Navigator,
        top_bar: TopBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speech = speech
        self._session = session
        self._nav = nav
        self._top_bar = top_bar
        top_bar.read_aloud_clicked.connect(self.toggle)
        speech.availability_changed.connect(self.show)
        speech.speaking_changed.connect(self.show)
        session.wiped.connect(self._forget)
        nav.leaving.connect(speech.stop)  # reading belongs to the screen being left
        self._used = False  # by this student: then Still there? is read to them too

    @Slot()
    def toggle(self) -> None:
        speech = self._speech
        if speech.speaking:
            speech.stop()
        else:
            self._used = True
            speech.say(spoken_form(self._nav.current_screen().reading()), self._session.language)

    @Slot(QWidget)
    def warn_idle(self, card: QWidget) -> None:
        """Still there? has appeared. A student who listens rather than looks would not see
        it: if this student used Read aloud, the question is read out too."""
        if self._used:
            self._speech.stop()
            self._speech.say(spoken_form(readable_parts(card)), self._session.language)

    @Slot()
    def _forget(self) -> None:
        self._used = False

    @Slot()
    def show(self) -> None:
        """The top bar's button, or the button of a screen without the bar (attract)."""
        speech = self._speech
        available = speech.can_speak(self._session.language)
        self._top_bar.show_read_aloud(available=available, speaking=speech.speaking)
        screen = self._nav.built_current()
        if screen is not None:
            screen.show_read_aloud(available, speech.speaking)
