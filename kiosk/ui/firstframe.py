"""Telling once when a window's first frame is on the screen, so whatever the first frame
does not need (the other screens, the speech engine, sync) starts after it, not before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget


class FirstFrame(QObject):
    """Watches the application until any widget of `window` paints, then emits `painted`
    once that paint is over (the frame has gone to the screen)."""

    painted = Signal()

    def __init__(self, window: QWidget, give_up_ms: int = 5000) -> None:
        super().__init__(window)
        self._window = window
        self._watching = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        # A window that never paints (no screen attached) must not keep the rest from starting.
        QTimer.singleShot(give_up_ms, self, self._seen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._watching
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QTimer.singleShot(0, self, self._seen)  # after this paint has finished
        return False

    def _seen(self) -> None:
        if not self._watching:
            return
        self._watching = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.painted.emit()
