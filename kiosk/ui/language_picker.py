"""The language chooser: with more than two languages, one top-bar button opens this card of
big buttons, each language written in its own name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalog.languages import NATIVE_NAMES
from kiosk.ui.widgets.common import Button, Text, TranslatedWidget


class LanguagePicker(TranslatedWidget):
    chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LanguagePicker")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card = self._card = QFrame()
        card.setObjectName("LanguagePickerCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(18)
        self.heading = Text(role="h2")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.heading)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: dict[str, Button] = {}
        for index, lang in enumerate(languages):
            button = Button(NATIVE_NAMES.get(lang, lang), role="answer")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, code=lang: self._choose(code))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[lang] = button
        box.addLayout(grid)
        self.close_button = Button(icon_name=("ui", "back"))
        self.close_button.clicked.connect(self.hide)
        box.addWidget(self.close_button)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self.hide()
        self.retranslate()

    def open(self, current: str) -> None:
        for lang, button in self.buttons.items():
            button.setChecked(lang == current)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._card.setFixedWidth(min(640, self.width() - 48))
        self.show()
        self.raise_()
        self.buttons.get(current, self.close_button).setFocus()

    def _choose(self, language: str) -> None:
        self.hide()
        self.chosen.emit(language)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._card.geometry().contains(event.position().toPoint()):
            self.hide()  # a tap beside the card closes it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Choose your language"))
        self.close_button.setText(self.tr("Close"))
