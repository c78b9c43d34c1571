"""The staff PIN keypad: one dot per digit typed, a calm message after a wrong PIN, and a
visible countdown while five wrong PINs keep it locked. Its sizes stay fixed while it is open,
so no key moves when a dot or a message appears."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.pin import LOCKOUT_SECONDS, MAX_DIGITS, MAX_FAILURES, Attempt
from kiosk.ui.widgets.common import Button, Text, TranslatedWidget

KEY_PX = 96
GAP_PX = 12
DOT = "●"


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
        self.dots = Text(" ", role="h1")  # not empty: shown from the start, its height fixed
        self.dots.setObjectName("PinDots")
        self.dots.setWordWrap(False)
        self.message = Text(role="message")
        for label in (self.heading, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys: dict[str, Button] = {}
        self.delete = self._key("⌫", self._delete)
        self.ok = self._key("OK", self._submit)
        self.ok.setObjectName("PinOk")
        self.cancel = Button()
        self.cancel.setMinimumHeight(64)
        self.cancel.clicked.connect(self.cancelled)
        self._lay_out()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.retranslate()

    def _lay_out(self) -> None:
        """The heading, the dots and the message beside the keys: at 200 % text a column of
        all of them would not fit a 768 px high screen."""
        keypad = QWidget()
        grid = QGridLayout(keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(GAP_PX)
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        grid.addWidget(self.delete, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        grid.addWidget(self.cancel, 4, 0, 1, 3)
        self.side = QWidget()
        column = QVBoxLayout(self.side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self.heading)
        column.addWidget(self.dots)
        # The message's place is kept while there is none.
        self.message_slot = QWidget()
        slot = QVBoxLayout(self.message_slot)
        slot.setContentsMargins(0, 0, 0, 0)
        slot.addWidget(self.message)
        slot.addStretch()
        column.addWidget(self.message_slot)
        column.addStretch()
        row = QHBoxLayout()
        row.setSpacing(48)
        row.addStretch()
        row.addWidget(self.side)
        row.addWidget(keypad, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch()
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addLayout(row)
        outer.addStretch()

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

    @Slot()
    def _delete(self) -> None:
        self._digits = self._digits[:-1]
        self._show_dots()

    @Slot()
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
        self._fit()  # the text size may have changed since the keypad was last open
        self._lock(locked_seconds)
        self.setFocus()

    def refused(self, attempt: Attempt) -> None:
        if attempt.locked_seconds:
            self._lock(attempt.locked_seconds)
        else:
            self.message.set_text(self._wrong_pin(attempt.tries_left))

    def _wrong_pin(self, tries_left: int) -> str:
        return self.tr(
            "Wrong PIN. %n more wrong PIN(s) will lock the keypad for 5 minutes.", "", tries_left
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

    @Slot()
    def _count_down(self) -> None:
        self._locked_for = max(0, self._locked_for - 1)
        if self._locked_for:
            self._show_lock()
        else:
            self._lock(0)
            self.message.set_text(self.tr("You can try again now."))

    def _show_lock(self) -> None:
        self.message.set_text(self._lock_text(self._locked_for))

    def _lock_text(self, locked_for: int) -> str:
        minutes, seconds = divmod(locked_for, 60)
        return (
            self.tr("Too many wrong PINs. Try again in %1:%2.")
            .replace("%1", str(minutes))
            .replace("%2", f"{seconds:02d}")
        )

    def _show_dots(self) -> None:
        self.dots.setText(DOT * len(self._digits))  # never the digits themselves

    # -- sizes ---------------------------------------------------------------------------------

    def _fit(self) -> None:
        """Fix what would otherwise follow the text: the column beside the keys as wide as
        the longest PIN's dots, the dots' line, and the message's place as tall as the
        longest message in this language and text size."""
        for label in (self.heading, self.dots, self.message):
            label.ensurePolished()
        width = max(_size_of(self.dots, DOT * MAX_DIGITS).width(), 3 * KEY_PX + 2 * GAP_PX)
        self.side.setFixedWidth(width)
        self.dots.setFixedHeight(_size_of(self.dots, DOT).height())
        messages = [self._wrong_pin(n) for n in range(1, MAX_FAILURES)]
        messages += [self._lock_text(LOCKOUT_SECONDS), self.tr("You can try again now.")]
        self.message_slot.setFixedHeight(max(_height_of(self.message, m, width) for m in messages))

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Staff PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete"))
        self.keys["OK"].setAccessibleName(self.tr("OK"))
        self._fit()


def _size_of(label: QLabel, text: str) -> QSize:
    """The size `label` asks for on one line of `text`."""
    shown = label.text()
    label.setText(text)
    size = label.sizeHint()
    label.setText(shown)
    return size


def _height_of(label: QLabel, text: str, width: int) -> int:
    """The height `label` needs for `text` wrapped at `width`."""
    shown = label.text()
    label.setText(text)
    height = label.heightForWidth(width)
    label.setText(shown)
    return height
