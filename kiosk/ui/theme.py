"""The kiosk's look: one stylesheet with named colours, two palettes (standard and high
contrast) and the student's text size (100, 150 or 200 %)."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from kiosk.paths import THEME

TEXT_SIZES = (100, 150, 200)
STANDARD, HIGH_CONTRAST = "standard", "high"
# Text on its background keeps a contrast of at least 4.5:1 in the standard palette and 7:1 in
# high contrast (tests/unit/test_theme.py computes every pair the stylesheet uses).
PALETTES: dict[str, dict[str, str]] = {
    STANDARD: {
        "white": "#FFFFFF",
        "page": "#F4F7FB",
        "ink": "#1B2430",
        "muted": "#4A5566",
        "navy": "#1F3A5F",
        "navy-raised": "#2C4F7C",
        "navy-pressed": "#16304F",
        "navy-edge": "#5B7DA8",
        "navy-edge-light": "#8FB0D8",
        "navy-off-text": "#B8C7DA",
        "navy-off-edge": "#3A5A85",
        "sun": "#FFD166",
        "orange": "#B3400A",
        "orange-deep": "#8F3308",
        "green": "#1E6B3A",
        "line": "#C9D3E0",
        "edge": "#9DB0C8",
        "pressed": "#DCE6F2",
        "soft": "#E3EAF4",
        "tag-edge": "#5B7DA8",  # 3:1 on the page and on white, as an edge needs (WCAG 1.4.11)
        "off": "#EEF1F5",
        "note": "#FFF4D6",
        "note-edge": "#E0B84F",
        "scrim": "rgba(20, 32, 52, 215)",
        "black": "#000000",
        "sleep-text": "#7A7A7A",  # dim on black, and still 4.5:1
    },
    HIGH_CONTRAST: {
        "white": "#FFFFFF",
        "page": "#FFFFFF",
        "ink": "#000000",
        "muted": "#000000",
        "navy": "#000000",
        "navy-raised": "#000000",
        "navy-pressed": "#333333",
        "navy-edge": "#FFFFFF",
        "navy-edge-light": "#FFFFFF",
        "navy-off-text": "#BBBBBB",
        "navy-off-edge": "#777777",
        "sun": "#FFE14D",
        "orange": "#7A2500",
        "orange-deep": "#4D1700",
        "green": "#0B4D22",
        "line": "#000000",
        "edge": "#000000",
        "pressed": "#FFE14D",
        "soft": "#FFFFFF",
        "tag-edge": "#000000",
        "off": "#D9D9D9",
        "note": "#FFF8C4",
        "note-edge": "#000000",
        "scrim": "rgba(0, 0, 0, 235)",
        "black": "#000000",
        "sleep-text": "#999999",
    },
}
_TOKEN = re.compile(r"@([a-z][a-z-]*)")
_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+)px")


@cache
def template() -> str:
    return (THEME / "kiosk.qss").read_text(encoding="utf-8")


def stylesheet(text_size: int = 100, contrast: str = STANDARD) -> str:
    """The stylesheet with the palette's colours and every font size scaled."""
    palette = PALETTES[contrast]
    sheet = _TOKEN.sub(lambda m: palette[m.group(1)], template())
    if text_size != 100:
        sheet = _FONT_SIZE.sub(
            lambda m: f"{m.group(1)}{round(int(m.group(2)) * text_size / 100)}px", sheet
        )
    return sheet


class Look:
    """What the stylesheet currently shows, for widgets that paint text themselves."""

    text_size = 100
    contrast = STANDARD

    @classmethod
    def color(cls, name: str) -> QColor:
        return QColor(PALETTES[cls.contrast][name])

    @classmethod
    def scaled(cls, pixels: float) -> int:
        return round(pixels * cls.text_size / 100)


def apply(app: QApplication, text_size: int = 100, contrast: str = STANDARD) -> None:
    sheet = stylesheet(text_size, contrast)
    Look.text_size, Look.contrast = text_size, contrast
    if app.styleSheet() == sheet:
        return  # re-applying would re-polish every widget for nothing
    app.setStyle("Fusion")  # the same look on Windows and Linux, fully styled by our QSS
    app.setStyleSheet(sheet)
