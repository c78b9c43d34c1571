"""The staff PIN keypad: digits shown as dots, a calm message after a wrong PIN, and a
visible countdown while five wrong PINs keep it locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.pin import MAX_DIGITS, Attempt
from kiosk.ui.widgets.common import Button, Text, TranslatedWidget

KEY_PX = 96


class PinPad(TranslatedWidget):
    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinPad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._digits = ""
        self._locked_for = 0
        self.heading = Text(role="h1")
        self.dots = Text(role="h1")
        self.dots.setObjectName("PinDots")
        self.message = Text(role="message")
        for label in (self.heading, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(48)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, Button] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.delete = self._key("⌫", self._delete)
        self.ok = self._key("OK", self._submit)
        self.ok.setObjectName("PinOk")
        grid.addWidget(self.delete, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        self.cancel = Button()
        self.cancel.setMinimumHeight(64)
        self.cancel.clicked.connect(self.cancelled)
        column = QVBoxLayout()
        column.setSpacing(16)
        for widget in (self.heading, self.dots, self.message):
            column.addWidget(widget)
        column.addLayout(grid)
        column.addWidget(self.cancel)
        row = QHBoxLayout()
        row.addStretch()
        row.addLayout(column)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.retranslate()

    def _key(self, label: str, action: object = None) -> Button:
        key = Button(label, role="key")
        key.setFixedSize(KEY_PX, KEY_PX)
        key.clicked.connect(action if callable(action) else (lambda: self.press(label)))
        self.keys[label] = key
        return key

    # -- input ---------------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        if not self._locked_for and len(self._digits) < MAX_DIGITS:
            self._digits += digit
            self._show_dots()

    def _delete(self) -> None:
        self._digits = self._digits[:-1]
        self._show_dots()

    def _submit(self) -> None:
        if self._digits and not self._locked_for:
            digits, self._digits = self._digits, ""
            self._show_dots()
            self.submitted.emit(digits)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, key = event.text(), event.key()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self._delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
        event.accept()

    # -- results -------------------------------------------------------------------------------

    def start(self, locked_seconds: int) -> None:
        """Show an empty keypad (locked, with a countdown, if the lockout is running)."""
        self._digits = ""
        self._show_dots()
        self.message.set_text("")
        self._lock(locked_seconds)
        self.setFocus()

    def refused(self, attempt: Attempt) -> None:
        if attempt.locked_seconds:
            self._lock(attempt.locked_seconds)
        else:
            self.message.set_text(
                self.tr(
                    "Wrong PIN. %n more wrong PIN(s) will lock the keypad for 5 minutes.",
                    "",
                    attempt.tries_left,
                )
            )

    def stop(self) -> None:
        self._tick.stop()
        self._digits = ""
        self._show_dots()

    def _lock(self, seconds: int) -> None:
        self._locked_for = seconds
        for key in self.keys.values():
            key.setEnabled(not seconds)
        if seconds:
            self._tick.start()
            self._show_lock()
        else:
            self._tick.stop()

    def _count_down(self) -> None:
        self._locked_for = max(0, self._locked_for - 1)
        if self._locked_for:
            self._show_lock()
        else:
            self._lock(0)
            self.message.set_text(self.tr("You can try again now."))

    def _show_lock(self) -> None:
        minutes, seconds = divmod(self._locked_for, 60)
        self.message.set_text(
            self.tr("Too many wrong PINs. Try again in %1:%2.")
            .replace("%1", str(minutes))
            .replace("%2", f"{seconds:02d}")
        )

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self._digits) or " ")

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Staff PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete"))
        self.keys["OK"].setAccessibleName(self.tr("OK"))
