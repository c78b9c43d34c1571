"""Lockdown: in kiosk mode nothing a student does leaves the app.

An application-wide event filter swallows close shortcuts, context menus (right click and
long press) and drag-and-drop. Escape is not swallowed: it means Back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
BLOCKED_KEYS = {
    (Qt.Key.Key_F4, _ALT),
    (Qt.Key.Key_W, _CTRL),
    (Qt.Key.Key_Q, _CTRL),
    (Qt.Key.Key_F4, _CTRL),
    (Qt.Key.Key_Tab, _ALT),
}
BLOCKED_EVENTS = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}


def is_blocked_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & (_CTRL | _ALT)
    if (Qt.Key(event.key()), modifiers) in BLOCKED_KEYS:
        return True
    return event.matches(QKeySequence.StandardKey.Close) or event.matches(
        QKeySequence.StandardKey.Quit
    )


class LockdownFilter(QObject):
    """Installed on the application in kiosk mode. Close events are left to the window,
    which refuses them unless staff unlocked it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.swallowed = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and is_blocked_key(event)
        ):
            self.swallowed += 1
            event.accept()
            return True
        if kind == QEvent.Type.ContextMenu:
            self.swallowed += 1
            event.accept()  # handled (by doing nothing), so it is not offered to parents
            return True
        if kind in BLOCKED_EVENTS:
            self.swallowed += 1
            event.ignore()  # a refused drag
            return True
        return False
