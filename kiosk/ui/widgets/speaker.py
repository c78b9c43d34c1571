"""The speaker button: Read aloud, or Stop reading while the voice reads; hidden where the
speech engine has no voice for the student's language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.common import ON_DARK, Button, icon

HOLD_MS = 2000  # holding the button this long turns talking mode on or off


class SpeakerButton(Button):
    """A tap reads the screen; a two-second hold (a gesture staff can explain to a student
    who cannot see) turns talking mode on or off instead."""

    held = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icon_name=("ui", "speaker"), on_dark=True, parent=parent)
        self.setObjectName("ReadAloud")
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._was_held)
        self.pressed.connect(self._hold.start)
        self.released.connect(self._hold.stop)
        self.speaking = False
        self.words = True  # False: the icon alone (a crowded top bar); the name stays
        self.hide()  # until a voice for the language is ready
        self.refresh()

    def show_state(self, available: bool, speaking: bool) -> bool:
        """Show the state; False when nothing changed (every screen change asks)."""
        if (available, speaking) == (not self.isHidden(), self.speaking):
            return False
        self.speaking = speaking
        self.setVisible(available)
        self.setIcon(icon("ui", "stop" if speaking else "speaker", ON_DARK))
        self.refresh()
        return True

    def _was_held(self) -> None:
        if self.isDown():
            self.setDown(False)  # so letting go is not also a tap
            self.held.emit()

    def name(self) -> str:
        return self.tr("Stop reading") if self.speaking else self.tr("Read aloud")

    def refresh(self) -> None:
        self.setText(self.name() if self.words else "")
        self.setAccessibleName(self.name())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
