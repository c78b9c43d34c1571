"""Start over?: asked before the student's own Start over clears their list and answers. The
safe answer is the way out: No, Esc, a tap beside the card; keys land on No."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.overlays.base import Overlay
from kiosk.ui.widgets.common import Button, Text, icon


class StartOverQuestion(Overlay):
    confirmed = Signal()
    closed = Signal()  # answered either way, or put away with the screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = Text()
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box.addWidget(self.explain)
        self.yes = Button(role="answer", icon_name=("ui", "restart"))
        self.yes.clicked.connect(self._confirm)
        self.box.addWidget(self.yes)
        # Overlay's Close is the No: every way of closing the card keeps the list.
        self.no = self.close_button
        self.no.setProperty("role", "answer")
        self.no.setIcon(icon("ui", "mylist"))
        self.no.setIconSize(QSize(32, 32))
        self.finish_layout()
        self.retranslate()

    def ask(self) -> None:
        self.show_over_parent(self.no)

    def card_width(self) -> int:
        # Both answers on one line each, at any text size and in every language.
        widest = max(self.yes.sizeHint().width(), self.no.sizeHint().width())
        return max(super().card_width(), widest + 96)

    def _confirm(self) -> None:
        self.hide()
        self.confirmed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.closed.emit()

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Start over?"))
        self.explain.set_text(self.tr("This clears your list and your answers."))
        self.yes.setText(self.tr("Yes, start over"))
        self.no.setText(self.tr("No, keep my list"))
        # What assistive technology says when the card takes the focus (touch students).
        self.setAccessibleName(self.heading.text())
        self.setAccessibleDescription(self.explain.text())
