"""Small building blocks every screen uses: plain-text labels that hide when empty, big
buttons, toggle chips, kinetic scroll pages, icons."""

from __future__ import annotations

from functools import cache

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.paths import ICONS

ON_DARK = "#FFFFFF"  # icon colour on navy and orange buttons


@cache
def icon(group: str, name: str, colour: str = "") -> QIcon:
    """An icon from resources/icons/<group>/<name>.svg, optionally recoloured (our icons are
    one colour on transparent); a blank icon if there is none."""
    path = ICONS / group / f"{name}.svg"
    if not path.exists():
        return QIcon()
    if not colour:
        return QIcon(str(path))
    result = QIcon()
    for size in (24, 32, 40, 48, 64, 96):
        result.addPixmap(tinted(QIcon(str(path)).pixmap(QSize(size, size)), QColor(colour)))
    return result


def tinted(pixmap: QPixmap, colour: QColor) -> QPixmap:
    """The same shape in another colour."""
    result = QPixmap(pixmap.size())
    result.setDevicePixelRatio(pixmap.devicePixelRatio())
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.drawPixmap(0, 0, pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(result.rect(), colour)
    painter.end()
    return result


def styled(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)
    return widget


class TranslatedWidget(QWidget):
    """A widget whose interface strings follow the language: Qt sends LanguageChange to
    every widget when translators change, and `retranslate` sets the strings again."""

    def retranslate(self) -> None:
        """Set interface strings in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Text(QLabel):
    """A label for catalog or interface text: always plain text, wraps, hides when empty so
    a missing fact never shows as a blank or "None"."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if role:
            self.setProperty("role", role)
        # Not set_text: showing a label that has no parent yet would open it as a window of
        # its own for a moment (and take the keyboard focus from the kiosk).
        self.setText(text or "")
        if not text:
            self.hide()

    def set_text(self, text: str | None) -> None:
        self.setText(text or "")
        if self.isHidden() == bool(text):  # only when it changes: showing is not free
            self.setVisible(bool(text))


class Button(QPushButton):
    """A touch-sized push button with an optional icon."""

    def __init__(
        self,
        text: str = "",
        *,
        role: str = "",
        icon_name: tuple[str, str] | None = None,
        icon_px: int = 32,
        on_dark: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        if role:
            self.setProperty("role", role)
        if icon_name is not None:
            dark = on_dark or role == "primary"
            self.setIcon(icon(*icon_name, ON_DARK if dark else ""))
            self.setIconSize(QSize(icon_px, icon_px))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys focus it; a tap does not
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class Chip(Button):
    """A toggle for filters and choices."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, role="chip", parent=parent)
        self.setCheckable(True)


class ScrollPage(QScrollArea):
    """A vertically scrolling page with finger-drag (kinetic) scrolling; add widgets to
    `body`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Keys move between the controls inside; the area scrolls to show the focused one.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 32)
        self.body.setSpacing(16)
        self.setWidget(inner)
        kinetic(self)

    def add[W: QWidget](self, widget: W, stretch: int = 0) -> W:
        self.body.addWidget(widget, stretch)
        return widget

    def to_top(self) -> None:
        self.verticalScrollBar().setValue(0)


def kinetic(area: QAbstractScrollArea) -> None:
    """Drag-to-scroll with momentum for touch screens (a mouse drag works the same)."""
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    # The default press delay (0.25 s) swallows a second quick tap on another button.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.3)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.1)
    scroller.setScrollerProperties(props)


def clear(layout: QLayout) -> None:
    """Remove and delete every item of `layout` (and nested layouts)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            clear(inner)
        # takeAt() hands the item to the caller (C++ ownership, not Python's): free it, or
        # every rebuilt screen leaks a little.
        shiboken6.delete(item)
