"""Text size (100, 150, 200 %) and high contrast, for one student: the choice lasts until
the next student."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.overlays.base import Overlay
from kiosk.ui.theme import HIGH_CONTRAST, STANDARD, TEXT_SIZES
from kiosk.ui.widgets.common import Button, Text


class DisplayChooser(Overlay):
    text_size_chosen = Signal(int)
    contrast_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_label = Text(role="h3")
        self.box.addWidget(self.size_label)
        sizes = QHBoxLayout()
        self.size_buttons: dict[int, Button] = {}
        for size in TEXT_SIZES:
            button = Button(f"{size} %", role="answer")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, s=size: self._choose_size(s))
            sizes.addWidget(button)
            self.size_buttons[size] = button
        self.box.addLayout(sizes)
        self.contrast = Button(role="answer")
        self.contrast.setCheckable(True)
        self.contrast.clicked.connect(
            lambda checked: self.contrast_chosen.emit(HIGH_CONTRAST if checked else STANDARD)
        )
        self.box.addWidget(self.contrast)
        self.finish_layout()
        self.retranslate()

    def open(self, text_size: int, contrast: str) -> None:
        self.show_state(text_size, contrast)
        self.show_over_parent(self.size_buttons.get(text_size))

    def _choose_size(self, size: int) -> None:
        # A tap on the size in use would otherwise toggle its button off.
        for other, button in self.size_buttons.items():
            button.setChecked(other == size)
        self.text_size_chosen.emit(size)

    def show_state(self, text_size: int, contrast: str) -> None:
        for size, button in self.size_buttons.items():
            button.setChecked(size == text_size)
        self.contrast.setChecked(contrast == HIGH_CONTRAST)

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.set_text(self.tr("Text size and contrast"))
        self.size_label.set_text(self.tr("Text size"))
        self.contrast.setText(self.tr("High contrast"))
        for size, button in self.size_buttons.items():
            button.setAccessibleName(self.tr("Text size %1 percent").replace("%1", str(size)))
