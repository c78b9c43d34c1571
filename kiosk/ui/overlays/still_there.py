"""Still there?: a countdown over the current screen; one tap keeps everything."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.focus import offer_focus
from kiosk.ui.talking.live import announce
from kiosk.ui.widgets.common import Button, Text, TranslatedWidget

SAID_AT = (10, 5)  # seconds left, said in talking mode (the start is said with the card)


class StillThere(TranslatedWidget):
    continued = Signal()
    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None, *, tick_ms: int = 1000) -> None:
        super().__init__(parent)
        self.setObjectName("StillThere")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._total = seconds
        self.remaining = seconds
        outer = QVBoxLayout(self)
        outer.addStretch()
        card = self._card = QFrame()
        card.setObjectName("StillThereCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(40, 32, 40, 32)
        box.setSpacing(18)
        self.heading = Text(role="h1")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = Text()
        self.countdown.setObjectName("Countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = Text()
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep = Button(role="primary", icon_name=("ui", "continue"), icon_px=40)
        self.keep.setMinimumHeight(80)
        self.keep.clicked.connect(self.stay)
        for widget in (self.heading, self.countdown, self.explain, self.keep):
            box.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)  # tests shorten the second
        self._tick.timeout.connect(self._count)
        if parent is not None:
            parent.installEventFilter(self)  # to keep covering it when it is resized
        self.hide()
        self.retranslate()

    def start(self) -> None:
        self.remaining = self._total
        self._show_count()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        # A fixed width lets the wrapped text take the height it needs.
        # Wide enough for the button's words in every language and text size.
        wanted = max(760, self.keep.sizeHint().width() + 100)
        self._card.setFixedWidth(min(wanted, self.width() - 48))
        self.show()
        self.raise_()
        offer_focus(self.keep, holder=self)
        self._tick.start()

    def set_tick(self, tick_ms: int) -> None:
        self._tick.setInterval(tick_ms)

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    @property
    def active(self) -> bool:
        return self._tick.isActive()

    def stay(self) -> None:
        """The student is there (a tap, or Esc): everything is kept."""
        self.stop()
        self.continued.emit()

    def _count(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
            self.expired.emit()
        else:
            self._show_count()
            if self.remaining in SAID_AT:
                announce(self, self.explain.text())

    def _show_count(self) -> None:
        self.countdown.set_text(str(self.remaining))
        self.explain.set_text(
            self.tr(
                "In %n second(s), everything you did here will be cleared for the next student.",
                "",
                self.remaining,
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and self.isVisible() and parent is not None:
            self.setGeometry(parent.rect())
        return False

    def mousePressEvent(self, event: object) -> None:
        self.stay()  # any tap on the dimmed screen counts as "I'm here"

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Are you still there?"))
        self.keep.setText(self.tr("Yes, I'm still here"))
        self._show_count()
