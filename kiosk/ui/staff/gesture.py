"""The hidden gesture that opens admin mode: hold the top-left corner for three seconds, let
go, then tap the top-right corner three times within three seconds.

No student does that by chance: a held corner alone or taps alone do nothing, and any
other touch in between starts over. It watches the window's input without consuming it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPointF, Signal
from PySide6.QtGui import QMouseEvent, QWindow

from kiosk.services.idle import WindowInputFilter

CORNER_PX = 96  # the square, in window pixels, counted as a corner
HOLD_MS = 3000
TAPS = 3
TAPS_WITHIN_MS = 3000


class AdminGesture(WindowInputFilter):
    triggered = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], int] | None = None
    ) -> None:
        super().__init__(parent)
        timer = QElapsedTimer()
        timer.start()
        self.clock = clock or timer.elapsed  # milliseconds; tests pass their own clock
        self._timer = timer
        self._reset()
        self.enabled = True

    def _reset(self) -> None:
        self._hold_started = -1  # when the top-left press began
        self._armed_at = -1  # when the hold was completed
        self._taps = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.enabled and isinstance(watched, QWindow) and isinstance(event, QMouseEvent):
            if kind == QEvent.Type.MouseButtonPress:
                self._pressed(event.position(), watched.width())
            elif kind == QEvent.Type.MouseButtonRelease:
                self._released()
        return False  # the touch still does whatever it does

    def _pressed(self, at: QPointF, width: int) -> None:
        now = self.clock()
        top = at.y() < CORNER_PX
        if self._armed_at >= 0:
            if now - self._armed_at > TAPS_WITHIN_MS or not (top and at.x() > width - CORNER_PX):
                self._reset()
            else:
                self._taps += 1
                if self._taps == TAPS:
                    self._reset()
                    self.triggered.emit()
                return
        if top and at.x() < CORNER_PX:
            self._hold_started = now
        else:
            self._reset()

    def _released(self) -> None:
        if self._hold_started < 0 or self._armed_at >= 0:
            return
        now = self.clock()
        if now - self._hold_started >= HOLD_MS:
            self._armed_at = now
        else:
            self._reset()
        self._hold_started = -1
