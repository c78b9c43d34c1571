"""A grid of big tiles that reflows its columns to the width it gets."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from kiosk.ui.widgets.common import Text, clear, icon


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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(16)
        self._icon = QLabel(self)
        self._icon.setPixmap(icon(icon_group, icon_name).pixmap(QSize(48, 48)))
        self._icon.setFixedSize(48, 48)
        self._icon.setStyleSheet("background: transparent;")
        self._icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = Text(text)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet(
            "color: inherit; font-weight: bold; font-size: 21px;background: transparent;"
        )
        row.addWidget(self._icon)
        row.addWidget(self.label, 1)
        self.setAccessibleName(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self._recolor)

    def set_text(self, text: str) -> None:
        self.label.set_text(text)
        self.setAccessibleName(text)

    def _recolor(self, checked: bool) -> None:
        colour = "#FFFFFF" if checked else "#1B2430"
        self.label.setStyleSheet(
            f"color: {colour}; font-weight: bold; font-size: 21px;background: transparent;"
        )

    def sizeHint(self) -> QSize:
        hint = self._row.sizeHint()
        return QSize(hint.width(), max(96, hint.height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 96)


class TileGrid(QWidget):
    def __init__(self, min_tile_width: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min = min_tile_width
        self._tiles: list[QWidget] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(14)

    def set_tiles(self, tiles: list[QWidget]) -> None:
        clear(self._grid)
        self._tiles = tiles
        self._columns = 0
        self._reflow()

    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        columns = max(1, min(4, self.width() // self._min))
        if columns == self._columns and self._grid.count() == len(self._tiles):
            return
        self._columns = columns
        while self._grid.count():
            self._grid.takeAt(0)
        for index, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, index // columns, index % columns)
        for column in range(4):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
