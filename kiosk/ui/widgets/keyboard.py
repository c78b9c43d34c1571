"""The on-screen keyboard: a locked kiosk has no system keyboard, so search brings its own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.ui.widgets.common import Button, TranslatedWidget

ROWS = ("1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm-", "áéíóúü")


class Keyboard(TranslatedWidget):
    typed = Signal(str)
    backspace = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, Button] = {}
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                key = Button(letter, role="key")
                key.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                key.clicked.connect(lambda _=False, ch=letter: self.typed.emit(ch))
                grid.addWidget(key, row, column)
                self.keys[letter] = key
        self.space = Button(role="key")
        self.delete = Button(role="key", icon_name=("ui", "backspace"))
        self.clear_all = Button(role="key")
        self.space.clicked.connect(lambda: self.typed.emit(" "))
        self.delete.clicked.connect(self.backspace)
        self.clear_all.clicked.connect(self.cleared)
        last = len(ROWS)
        grid.addWidget(self.clear_all, last, 0, 1, 2)
        grid.addWidget(self.space, last, 2, 1, 6)
        grid.addWidget(self.delete, last, 8, 1, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.space.setText(self.tr("Space"))
        self.delete.setText(self.tr("Delete"))
        self.clear_all.setText(self.tr("Clear"))
        self.space.setAccessibleName(self.tr("Space"))
        self.delete.setAccessibleName(self.tr("Delete the last letter"))
        self.clear_all.setAccessibleName(self.tr("Clear the search"))
