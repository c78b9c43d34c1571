"""Text cut to a number of lines of a width, the last one elided: for titles in a fixed-height
bar and for short rows of search results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption


def fitted(text: str, font: QFont, width: int, lines: int) -> str:
    """`text` broken into at most `lines` lines `width` pixels wide, the last one elided."""
    metrics = QFontMetrics(font)
    if width <= 0 or metrics.horizontalAdvance(text) <= width:
        return text
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    kept: list[str] = []
    end = 0
    layout.beginLayout()
    while len(kept) < lines - 1:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        end = line.textStart() + line.textLength()
        kept.append(text[line.textStart() : end].rstrip())
    layout.endLayout()
    rest = text[end:].strip()
    if rest:
        kept.append(_elided(metrics, rest, width))
    return "\n".join(kept)


def _elided(metrics: QFontMetrics, text: str, width: int) -> str:
    # Qt's elided text can come out a few pixels wider than asked (bold, 48 px): ask for
    # less until it fits.
    room = width
    while True:
        cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        over = metrics.horizontalAdvance(cut) - width
        if over <= 0 or room <= 0:
            return cut
        room -= over
