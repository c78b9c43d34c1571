"""Notices when nobody has touched the kiosk for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow

_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class WindowInputFilter(QObject):
    """Sees the input reaching one window. It filters the window's QWindow, which sees only
    input from the window system, rather than the application, which would run Python for
    every paint and layout event too."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched: QWindow | None = None

    def watch(self, window: QWindow | None) -> None:
        """Follow `window` (call again whenever the native window may have been recreated)."""
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        if window is not None:
            window.installEventFilter(self)


class IdleWatcher(WindowInputFilter):
    """Notices when nobody has touched the window for `timeout_ms`."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)

    def shutdown(self) -> None:
        """Stop watching input (the window is closing)."""
        self._timer.stop()
        self.watch(None)

    def set_timeout(self, timeout_ms: int) -> None:
        """A new timeout; a running countdown starts again from it."""
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()  # restarts the countdown
        return False


class InputKind(WindowInputFilter):
    """Whether the student is using keys (a keyboard or keypad) or touch right now, so the
    focus ring shows for keyboard use and stays out of the way of touch."""

    switched = Signal(bool)  # True: keys from now on; False: touch (or a mouse)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keyboard = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            keyboard = True
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            keyboard = False
        else:
            return False
        if keyboard != self.keyboard:
            self.keyboard = keyboard
            self.switched.emit(keyboard)  # before the press reaches a widget
        return False
