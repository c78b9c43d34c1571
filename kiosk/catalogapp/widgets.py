"""The Catalog window's building blocks: a label that shows text as it is, a button named for
assistive technology by its words alone, and a busy bar for work whose length is unknown."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

# "&Open...", "發佈(&B)": the accelerator and the trailing dots are not words to read out.
_ACCELERATOR = re.compile(r"\(&[^)]\)|&(?=[^&])")


def spoken(text: str) -> str:
    return _ACCELERATOR.sub("", text).replace("&&", "&").removesuffix("...").strip()


def plain_label(name: str, *, role: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths, keys and messages are never markup
    label.setWordWrap(True)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


def button(text: str, slot: Callable[[], object]) -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(spoken(text))
    made.clicked.connect(slot)
    return made


def busy_bar(name: str, *, width: int = 160) -> QProgressBar:
    """A hidden bar that only moves: the work cannot say how far along it is."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumWidth(width)
    bar.setAccessibleName(name)
    bar.hide()
    return bar
