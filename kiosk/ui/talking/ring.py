"""The ring round the text talking mode is at, for a sighted helper beside the student
(a button there has the focus and its own ring)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFrame, QWidget


class Ring(QFrame):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("TalkingRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def follow(self, widget: QWidget) -> None:
        window = self.parentWidget()
        assert window is not None
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        self.setGeometry(place.adjusted(-8, -4, 8, 4).intersected(window.rect()))
        self.show()
        self.raise_()
