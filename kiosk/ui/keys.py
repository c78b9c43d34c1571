"""Keys alone (a keyboard or a keypad): what the window does with the keys no control took,
and where the focus lands on a new screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.ui.focus import drop_ring

if TYPE_CHECKING:
    from kiosk.ui.screens.base import Screen
    from kiosk.ui.window import KioskWindow

PRESS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
STARTS = (*PRESS, Qt.Key.Key_Space)
FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)
BACKWARD = (Qt.Key.Key_Left, Qt.Key.Key_Up)


def handle(window: KioskWindow, event: QKeyEvent) -> bool:
    """Esc is Back (or Continue on Still there?), any key starts on the attract screen,
    Enter presses the focused button as Space does, arrows move like Tab and Shift+Tab.
    False for a key this leaves to Qt."""
    key = event.key()
    if key == Qt.Key.Key_Escape:
        if window.still_there.active:
            window.still_there.continued.emit()
            window.still_there.stop()
        elif window.current[0] != "attract":
            window.back()
        return True
    if window.current[0] == "attract" and key in STARTS and window.usable:
        window.go("home")  # any key starts, as any touch does
        return True
    focused = QApplication.focusWidget()
    if key in PRESS and isinstance(focused, QAbstractButton):
        focused.click()
        return True
    if key in FORWARD or key in BACKWARD:
        window.focusNextPrevChild(key in FORWARD)
        return True
    return False


def land_focus(window: KioskWindow, screen: Screen) -> None:
    """A keyboard user lands on the new screen's first control; a touch user sees no focus
    ring at all."""
    if window.input_kind.keyboard:
        # After the key that got here is fully handled: a button pressed with Space changes
        # the screen on key release, and Qt would drop a focus set during it.
        QTimer.singleShot(0, lambda: _focus_first(window, screen))
        return
    drop_ring(window)


def _focus_first(window: KioskWindow, screen: Screen) -> None:
    if window.stack.currentWidget() is screen and window.outer.currentWidget() is (
        window.main_layer
    ):
        (first_control(screen) or screen).setFocus(Qt.FocusReason.TabFocusReason)


def first_control(screen: QWidget) -> QWidget | None:
    """The first widget of `screen` that Tab would reach."""
    widget = screen.nextInFocusChain()
    while widget is not None and widget is not screen:
        if (
            screen.isAncestorOf(widget)
            and widget.isVisibleTo(screen)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
