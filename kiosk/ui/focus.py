"""Where the program may put the keyboard focus: the focus ring is for a student using keys,
so focus set for them is not set for touch, and a touch takes the ring away."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.services.idle import InputKind


def keys_in_use(widget: QWidget) -> bool:
    """Whether the student at `widget`'s window last used keys (a keyboard or a keypad)."""
    kind = widget.window().findChild(InputKind, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return kind is not None and kind.keyboard


def offer_focus(widget: QWidget, holder: QWidget | None = None) -> None:
    """Focus `widget` for a student using keys. A touch student gets no ring: the focus goes
    to `holder` (a card that shows no ring, so keys still reach it) or nowhere."""
    if keys_in_use(widget):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    elif holder is not None:
        holder.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        drop_ring(widget.window())


def drop_ring(root: QWidget) -> None:
    """Take the focus from the button inside `root` that has it, so no ring shows. A text
    field keeps it (its cursor says where the letters go), and so does a card holding it."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QAbstractButton) and root.isAncestorOf(focused):
        focused.clearFocus()


class RingKeeper(QObject):
    """No ring for touch. When the student switches from keys to touch, the ring the keys
    left goes; while they touch, no button keeps the focus Qt hands out by itself (to the
    first control when the window is activated, or to the next one when the focused one
    hides)."""

    def __init__(self, window: QWidget, kind: InputKind) -> None:
        super().__init__(window)
        self._window = window
        self._kind = kind
        kind.switched.connect(self._switched)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    @Slot(bool)
    def _switched(self, keys: bool) -> None:
        if not keys:
            drop_ring(self._window)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self._kind.keyboard and isinstance(new, QAbstractButton):
            drop_ring(self._window)
