"""A grid of big tiles that reflows its columns to the width it gets."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.catalog.models import School
from kiosk.ui import icons
from kiosk.ui.theme import Look
from kiosk.ui.widgets.common import Text, clear

ICON_PX = 48  # at 100 % text


class Tile(QPushButton):
    """A big button with an icon and a wrapped label (plain text)."""

    def __init__(
        self,
        text: str,
        icon_group: str,
        icon_name: str,
        *,
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setCheckable(checkable)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys focus it; a tap does not
        row = self._row = QHBoxLayout(self)
        # 12 px around and between: the longest word in the sample catalog ("Computadoras")
        # then fits in two columns of interests at 1366 px and three at 1920.
        row.setContentsMargins(12, 12, 12, 12)
        row.setSpacing(12)
        self._icon_name = (icon_group, icon_name)
        self._drawn: tuple[object, ...] = ()
        self.icon_label = QLabel(self)
        self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = Text(text, "tile-label")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.icon_label)
        row.addWidget(self.label, 1)
        self.setAccessibleName(text)
        # As tall as its wrapped label needs at the width it gets (text can be 200 %).
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._recolor)
        self._draw_icon()

    def set_text(self, text: str) -> None:
        self.label.set_text(text)
        self.setAccessibleName(text)

    def _draw_icon(self) -> None:
        """The icon at the text size, in the palette's colour (white when checked: navy)."""
        px = Look.scaled(ICON_PX)
        colour = icons.colour(icons.ON_DARK if self.isChecked() else icons.ON_LIGHT)
        key = (px, colour)
        if key == self._drawn:
            return
        self._drawn = key
        ratio = icons.screen_ratio()
        self.icon_label.setPixmap(icons.pixmap(*self._icon_name, colour, px, ratio))
        self.icon_label.setFixedSize(px, px)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._draw_icon()
        super().changeEvent(event)

    def _recolor(self, checked: bool) -> None:
        self._draw_icon()
        self.label.setProperty("role", "tile-label-on" if checked else "tile-label")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(96, self._row.totalHeightForWidth(width))

    def sizeHint(self) -> QSize:
        hint = self._row.sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:
        # Never narrower than its icon beside its longest word: narrower, the word ran
        # over the tile's edge.
        return QSize(max(160, self._row.totalMinimumSize().width()), 96)


class TileGrid(QWidget):
    def __init__(self, min_tile_width: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min = min_tile_width
        self._tiles: list[QWidget] = []
        self._keys: list[str] = []
        self._by_key: dict[str, Tile] = {}
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)

    def set_tiles(self, tiles: list[QWidget]) -> None:
        clear(self._grid)
        self._tiles = tiles
        self._keys = []
        self._columns = 0
        self._reflow()

    def keyed(self, keys: list[str], make: Callable[[str], Tile]) -> dict[str, Tile]:
        """Tiles for `keys`, made by `make` only when the keys change; otherwise the same
        tiles come back for the caller to update (creating widgets is what costs time)."""
        if keys != self._keys or not self._tiles:
            tiles = [make(key) for key in keys]
            self.set_tiles(list(tiles))
            self._keys = list(keys)
            self._by_key = dict(zip(keys, tiles, strict=True))
        return self._by_key

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._columns = 0  # the text size may have changed: fewer, wider tiles
            self._reflow()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._reflow()  # a tile's words changed (another language): a longer word
        return super().event(event)

    def _reflow(self) -> None:
        # Tiles wrap their words but keep their longest one whole; other buttons (filter
        # chips) need all their words.
        widest = max((t.minimumSizeHint().width() for t in self._tiles), default=0)
        gap = self._grid.spacing()
        fit = (self.width() + gap) // (widest + gap)  # as many as fit with the gaps between
        columns = max(1, min(4, self.width() // Look.scaled(self._min), fit))
        if columns == self._columns and self._grid.count() == len(self._tiles):
            return
        self._columns = columns
        while self._grid.count():
            item = self._grid.takeAt(0)  # the tile stays; its layout item is ours to free
            if item is not None:
                shiboken6.delete(item)
        for index, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(4):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)


def school_tiles(
    grid: TileGrid, schools: list[School], chosen: Callable[[str], None]
) -> dict[str, Tile]:
    """One checkable tile per school (names wrap: school names are long), reused while the
    schools stay the same; a tap calls `chosen` with the school's code."""

    def make(code: str) -> Tile:
        tile = Tile("", "ui", "school", checkable=True)
        tile.clicked.connect(lambda: chosen(code))
        return tile

    tiles = grid.keyed([s.code for s in schools], make)
    for school in schools:
        tiles[school.code].set_text(school.name)
    return tiles
