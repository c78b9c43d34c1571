"""Shown while no catalog can be opened (the kiosk keeps retrying by itself) or while the
configuration is broken; students see a calm message, staff a short reference for the log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets.common import Text, TranslatedWidget


class OutOfService(TranslatedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutOfService")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._reference = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(48, 48, 48, 48)
        box.addStretch()
        # Shown when nothing else works, so both languages at once, no translation needed.
        self.message = Text(
            "This kiosk is resting for a moment. Please come back soon.\n\n"
            "Este quiosco está descansando un momento. Vuelve pronto, por favor."
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.message)
        box.addStretch()
        # For staff: a short code to look up in the log. What is wrong (a file's path, a
        # parser's message) is for IT and stays in the log.
        self.detail = Text(role="reference")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.detail)

    def show_detail(self, reference: str) -> None:
        """Show the reference staff quote to IT (such as CFG-1A2B); empty: none."""
        self._reference = reference
        self.retranslate()

    def retranslate(self) -> None:
        self.detail.set_text(
            self.tr("For staff: reference %1 (the details are in the kiosk log)").replace(
                "%1", self._reference
            )
            if self._reference
            else ""
        )
