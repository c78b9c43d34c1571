"""Our icons (resources/icons/<group>/<name>.svg, each drawn in one colour) in the palette's
colours at the size the text size asks for; each rendering is made once and reused."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import ICONS
from kiosk.ui.theme import Look

SOURCE_COLOUR = "#1F3A5F"  # the one colour every icon file is drawn in (a test checks)
# Palette names: icons on white or page-coloured buttons, and on navy, orange or green ones.
ON_LIGHT, ON_DARK = "navy", "white"
_SOURCE = re.compile(re.escape(SOURCE_COLOUR), re.IGNORECASE)
# Which icon each QIcon we made shows, by its cache key: a button given one of ours can draw
# the same icon again when the text size or the palette changes.
_made: dict[int, tuple[str, str, str]] = {}


@cache
def _svg(group: str, name: str) -> str:
    path = ICONS / group / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def colour(name: str) -> str:
    """A palette name in the current look, or a literal #RRGGBB, as #rrggbb."""
    return name if name.startswith("#") else Look.color(name).name()


def screen_ratio() -> float:
    """Device pixels per logical pixel on the sharpest screen (a 150 % Windows display: 1.5)."""
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0


@lru_cache(maxsize=1024)
def pixmap(group: str, name: str, hex_colour: str, px: int, ratio: float = 1.0) -> QPixmap:
    """The icon `px` logical pixels square in `hex_colour`; a null pixmap if there is none."""
    svg = _svg(group, name)
    if not svg:
        return QPixmap()
    # The colour goes into the drawing itself, so the edges are smoothed in that colour.
    renderer = QSvgRenderer(QByteArray(_SOURCE.sub(hex_colour, svg).encode("utf-8")))
    side = max(1, round(px * ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(ratio)
    return result


@lru_cache(maxsize=512)
def _icon(group: str, name: str, normal: str, disabled: str, px: int, ratio: float) -> QIcon:
    result = QIcon()
    for scale in sorted({1.0, ratio}):
        result.addPixmap(pixmap(group, name, normal, px, scale), QIcon.Mode.Normal)
        result.addPixmap(pixmap(group, name, disabled, px, scale), QIcon.Mode.Disabled)
    return result


def icon(
    group: str, name: str, colour_name: str = ON_LIGHT, px: int = 32, off: str = "muted"
) -> QIcon:
    """The icon in `colour_name` (a palette name or #RRGGBB) and, disabled, in `off`,
    rendered for `px` logical pixels; a blank icon if there is none."""
    if not _svg(group, name):
        return QIcon()
    made = _icon(group, name, colour(colour_name), colour(off), px, screen_ratio())
    _made[made.cacheKey()] = (group, name, colour_name)
    return made


def identity(made: QIcon) -> tuple[str, str, str] | None:
    """(group, name, colour name) of an icon made by `icon`, else None."""
    return _made.get(made.cacheKey())
