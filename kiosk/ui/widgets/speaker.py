"""The speaker button: Read aloud, or Stop reading while the voice reads; hidden where the
speech engine has no voice for the student's language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.common import ON_DARK, Button, icon


class SpeakerButton(Button):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icon_name=("ui", "speaker"), on_dark=True, parent=parent)
        self.setObjectName("ReadAloud")
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

    def name(self) -> str:
        return self.tr("Stop reading") if self.speaking else self.tr("Read aloud")

    def refresh(self) -> None:
        self.setText(self.name() if self.words else "")
        self.setAccessibleName(self.name())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
