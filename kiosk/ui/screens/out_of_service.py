"""Shown while no catalog can be opened; the kiosk keeps retrying by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.common import Text


class OutOfService(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutOfService")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        box = QVBoxLayout(self)
        box.addStretch()
        # Shown when nothing else works, so both languages at once, no translation needed.
        self.message = Text(
            "This kiosk is resting for a moment. Please come back soon.\n\n"
            "Este quiosco está descansando un momento. Vuelve pronto, por favor."
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.message)
        box.addStretch()
        # For staff: what is wrong (a configuration problem), small, at the bottom.
        self.detail = Text(role="muted")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.detail)

    def show_detail(self, text: str) -> None:
        self.detail.set_text(text)
