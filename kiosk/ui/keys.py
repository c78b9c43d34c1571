"""Keys alone (a keyboard or a keypad): what the window does with the keys no control took,
and where the focus lands on a new screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.ui.focus import drop_ring, keys_in_use
from kiosk.ui.inactivity import Inactivity
from kiosk.ui.navigation import Navigator

PRESS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
STARTS = (*PRESS, Qt.Key.Key_Space)
FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)
BACKWARD = (Qt.Key.Key_Left, Qt.Key.Key_Up)


def handle(event: QKeyEvent, nav: Navigator, inactivity: Inactivity, window: QWidget) -> bool:
    """Esc is Back (or Continue on Still there?), any key starts on the attract screen,
    Enter presses the focused button as Space does, arrows move like Tab and Shift+Tab.
    False for a key this leaves to Qt."""
    key = event.key()
    if key == Qt.Key.Key_Escape:
        if inactivity.warning:
            inactivity.stay()
        elif nav.current[0] != "attract":
            nav.back()
        return True
    if nav.current[0] == "attract" and key in STARTS and nav.usable:
        nav.go("home")  # any key starts, as any touch does
        return True
    focused = QApplication.focusWidget()
    if key in PRESS and isinstance(focused, QAbstractButton):
        focused.click()
        return True
    if key in FORWARD or key in BACKWARD:
        window.focusNextPrevChild(key in FORWARD)
        return True
    return False


def land_focus(screen: QWidget) -> None:
    """A keyboard user lands on the new screen's first control; a touch user sees no focus
    ring at all."""
    window = screen.window()
    if keys_in_use(screen):
        # After the key that got here is fully handled: a button pressed with Space changes
        # the screen on key release, and Qt would drop a focus set during it.
        QTimer.singleShot(0, lambda: _focus_first(window, screen))
        return
    drop_ring(window)


def _focus_first(window: QWidget, screen: QWidget) -> None:
    if screen.isVisibleTo(window):  # still the screen on show, and the screens' layer is up
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
