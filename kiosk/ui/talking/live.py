"""Changes a screen makes by itself ("6 classes found", "Printing."), said in talking mode.

A label marked live (`mark_live`) says its new text when it changes; anything else may call
`announce`. Talking mode is found by its object name, so widgets need not import it.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

MODE_NAME = "TalkingMode"
LIVE = "live"  # a widget property


class _Announcer(Protocol):
    def announce(self, text: str) -> None: ...


def mark_live(widget: QWidget) -> None:
    widget.setProperty(LIVE, True)


def is_live(widget: QWidget) -> bool:
    return bool(widget.property(LIVE))


def announce(widget: QWidget, text: str) -> None:
    """Say `text` if the student at `widget`'s window uses talking mode."""
    mode = widget.window().findChild(QObject, MODE_NAME)
    if mode is not None and text:
        cast(_Announcer, mode).announce(text)
