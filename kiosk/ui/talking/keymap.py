"""Talking mode's keys: an ordinary keyboard's, and what an EZ Access-style keypad sends (it
acts as a keyboard). docs/talking-mode.md prints the same list for staff."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

K = Qt.Key
NEXT = (K.Key_Down, K.Key_Tab)
PREVIOUS = (K.Key_Up, K.Key_Backtab)
SIDEWAYS = {K.Key_Right: True, K.Key_Left: False}  # not in a text field: its cursor's keys
CHOOSE = (K.Key_Return, K.Key_Enter, K.Key_Space)
BACK = (K.Key_Escape,)
HOME = K.Key_Home
HELP = K.Key_F1  # and it starts talking mode
TOGGLE = K.Key_F2
SILENCE = (K.Key_Control, K.Key_Pause)
SLOWER = (K.Key_F7,)
FASTER = (K.Key_F8,)
SLOWER_TYPED = (K.Key_Minus,)  # outside the search field, where they type
FASTER_TYPED = (K.Key_Plus, K.Key_Equal)
RATE_STEP = 0.25


def move_of(event: QKeyEvent, in_field: bool) -> bool | None:
    """True for the next stop, False for the one before, None for a key that does not move."""
    key = event.key()
    if key == K.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return False
    if key in NEXT:
        return True
    if key in PREVIOUS:
        return False
    if not in_field and key in SIDEWAYS:
        return SIDEWAYS[K(key)]
    return None


def rate_change(event: QKeyEvent, in_field: bool) -> float:
    key = event.key()
    if key in SLOWER or (not in_field and key in SLOWER_TYPED):
        return -RATE_STEP
    if key in FASTER or (not in_field and key in FASTER_TYPED):
        return RATE_STEP
    return 0.0
