"""A card over the dimmed screen, for short choices (language, text size and contrast): it
closes on a choice, on Close, on a tap beside the card and on Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.focus import offer_focus
from kiosk.ui.widgets.common import Button, Text, TranslatedWidget


class Overlay(TranslatedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card = self._card = QFrame()
        card.setObjectName("OverlayCard")
        self.box = QVBoxLayout(card)
        self.box.setContentsMargins(32, 28, 32, 28)
        self.box.setSpacing(18)
        self.heading = Text(role="h2")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box.addWidget(self.heading)
        self.close_button = Button(icon_name=("ui", "back"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self.hide()

    def finish_layout(self) -> None:
        """Subclasses call this after adding their content: Close goes last."""
        self.box.addWidget(self.close_button)

    def show_over_parent(self, focus: QWidget | None = None) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._card.setFixedWidth(min(720, self.width() - 48))
        self.show()
        self.raise_()
        offer_focus(focus or self.close_button, holder=self)  # Esc still closes it

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._card.geometry().contains(event.position().toPoint()):
            self.hide()  # a tap beside the card closes it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Close"))
