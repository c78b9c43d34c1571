"""A card over the dimmed screen, for short choices (language, text size and contrast, Start
over?): it closes on a choice, on Close, on a tap beside the card and on Esc."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

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
        if parent is not None:
            parent.installEventFilter(self)  # to keep covering it when it is resized
        self.hide()

    def finish_layout(self) -> None:
        """Subclasses call this after adding their content: Close goes last."""
        self.box.addWidget(self.close_button)

    def card_width(self) -> int:
        """The card's width, before the screen's own limit."""
        return 720

    def show_over_parent(self, focus: QWidget | None = None) -> None:
        self._cover_parent()
        self.show()
        self.raise_()
        offer_focus(focus or self.close_button, holder=self)  # Esc still closes it

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._card.setFixedWidth(min(self.card_width(), self.width() - 48))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._cover_parent()
        return False

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and the arrows go round the card's buttons, in the order they are seen: what
        lies under the dim is out of reach while the card is up."""
        buttons = [
            b for b in self._card.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()
        ]
        if not buttons:
            return super().focusNextPrevChild(forward)
        buttons.sort(key=lambda b: _top_left(b, self._card))
        focused = QApplication.focusWidget()
        at = next((i for i, b in enumerate(buttons) if b is focused), -1 if forward else 0)
        reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        buttons[(at + (1 if forward else -1)) % len(buttons)].setFocus(reason)
        return True

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


def _top_left(widget: QWidget, root: QWidget) -> tuple[int, int]:
    where = widget.mapTo(root, QPoint(0, 0))
    return where.y(), where.x()
