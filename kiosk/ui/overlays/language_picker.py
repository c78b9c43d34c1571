"""The language chooser: with more than two languages, one top-bar button opens this card of
big buttons, each language written in its own name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.catalog.languages import NATIVE_NAMES
from kiosk.ui.overlays.base import Overlay
from kiosk.ui.widgets.common import Button


class LanguagePicker(Overlay):
    chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: dict[str, Button] = {}
        for index, lang in enumerate(languages):
            button = Button(NATIVE_NAMES.get(lang, lang), role="answer")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, code=lang: self._choose(code))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[lang] = button
        self.box.addLayout(grid)
        self.finish_layout()
        self.retranslate()

    def open(self, current: str) -> None:
        for lang, button in self.buttons.items():
            button.setChecked(lang == current)
        self.show_over_parent(self.buttons.get(current))

    def _choose(self, language: str) -> None:
        self.hide()
        self.chosen.emit(language)

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.set_text(self.tr("Choose your language"))
