"""The on-screen keyboard: a locked kiosk has no system keyboard, so search brings its own,
and the field it types into."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from kiosk.ui.widgets.common import Button, TranslatedWidget

ROWS = ("1234567890", "qwertyuiop", "asdfghjklñ", "zxcvbnm-", "áéíóúü")
COLUMNS = 10


class SearchField(QLineEdit):
    """A text field that says when a finger (or the mouse) touches it: that brings the
    on-screen keyboard back."""

    touched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setClearButtonEnabled(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.touched.emit()


class Keyboard(TranslatedWidget):
    typed = Signal(str)
    backspace = Signal()
    cleared = Signal()
    dismissed = Signal()  # the student put the keyboard away

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, Button] = {}
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                key = Button(letter, role="key")
                key.clicked.connect(lambda _=False, ch=letter: self.typed.emit(ch))
                grid.addWidget(key, row, column)
                self.keys[letter] = key
        self.space = self._word_key()
        self.delete = self._word_key(("ui", "backspace"))
        self.clear_all = self._word_key()
        self.hide_keys = self._word_key(("ui", "keyboard-hide"))
        self.space.clicked.connect(lambda: self.typed.emit(" "))
        self.delete.clicked.connect(self.backspace)
        self.clear_all.clicked.connect(self.cleared)
        self.hide_keys.clicked.connect(self.dismissed)
        # Words get three or four columns, so they fit beside the letters at 200 % text.
        accents, last = len(ROWS[-1]), len(ROWS)
        grid.addWidget(self.hide_keys, last - 1, accents, 1, COLUMNS - accents)
        grid.addWidget(self.clear_all, last, 0, 1, 3)
        grid.addWidget(self.space, last, 3, 1, 4)
        grid.addWidget(self.delete, last, 7, 1, 3)
        self.retranslate()

    def minimumSizeHint(self) -> QSize:
        # Never squeezed below what its letters and words need (the keys' own minimum is
        # only the touch size, narrower than a letter at 200 % text).
        return self.sizeHint()

    def _word_key(self, icon_name: tuple[str, str] | None = None) -> Button:
        key = Button(role="key", icon_name=icon_name)
        key.setProperty("word", True)
        return key

    def retranslate(self) -> None:
        self.space.setText(self.tr("Space"))
        self.delete.setText(self.tr("Delete"))
        self.clear_all.setText(self.tr("Clear"))
        self.hide_keys.setText(self.tr("Hide"))
        self.space.setAccessibleName(self.tr("Space"))
        self.delete.setAccessibleName(self.tr("Delete the last letter"))
        self.clear_all.setAccessibleName(self.tr("Clear the search"))
        self.hide_keys.setAccessibleName(self.tr("Hide the keyboard"))
