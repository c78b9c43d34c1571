"""Layout checks a person would make: every touch target big enough, no text cut off, nothing
outside the window that cannot be scrolled to, no scrolling area squeezed to a strip, no
widget drawn over its neighbour and no layout squeezed below its minimum (which is what
draws widgets over each other)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLayout,
    QStackedLayout,
    QStackedWidget,
    QWidget,
)

MIN_TARGET = 48
# A scrolling area shows at least this much of what it holds: three course rows at 100 % text.
# (Search once showed its results in a 100 px strip above the keys: one row, cut off.)
MIN_VIEW = 3 * 64 + 2 * 10
# Pixels two neighbours may share, or a layout may lack, before it shows: a border drawn on
# the edge, a rounding of a stretch.
SLACK = 2


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")() or widget.accessibleName()
    return f"{type(widget).__name__} {text[:40]!r}"


def problems(root: QWidget) -> list[str]:
    found: list[str] = _crowded(root) if root.isVisible() else []
    window_rect = QRect(0, 0, root.width(), root.height())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        found += _crowded(widget)
        if isinstance(widget, QAbstractButton):
            if widget.height() < MIN_TARGET or widget.width() < MIN_TARGET:
                found.append(f"{_describe(widget)} is {widget.width()}x{widget.height()}")
            if (
                widget.text()
                and widget.layout() is None
                and (widget.width() < widget.sizeHint().width() - 2)
            ):
                found.append(
                    f"{_describe(widget)} text cut: {widget.width()} < {widget.sizeHint().width()}"
                )
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed - 2:
                    found.append(f"{_describe(widget)} height {widget.height()} < {needed}")
            elif widget.pixmap().isNull() and widget.width() < widget.sizeHint().width() - 2:
                found.append(
                    f"{_describe(widget)} width {widget.width()} < {widget.sizeHint().width()}"
                )
        if isinstance(widget, QAbstractScrollArea):
            found += _squeezed(widget)
        if not _inside_scroll_area(widget):
            where = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
            if not window_rect.contains(where):
                found.append(f"{_describe(widget)} outside the window at {where}")
    return found


def _squeezed(area: QAbstractScrollArea) -> list[str]:
    """A scrolling area shorter than MIN_VIEW while it has more to show than it shows."""
    shown = area.viewport().height()
    held = shown + area.verticalScrollBar().maximum()
    if shown < min(MIN_VIEW, held):
        return [f"{_describe(area)} shows {shown} px of its {held} px: a strip, not a page"]
    return []


def _crowded(widget: QWidget) -> list[str]:
    """Neighbours in `widget`'s layout drawn over each other, and the layout squeezed into
    less room than its minimum (Qt then overlaps or cuts what it lays out). What no layout
    places (an overlay and its scrim) may lie over the rest."""
    layout = widget.layout()
    if layout is None or isinstance(layout, QStackedLayout):  # pages lie on top by design
        return []
    found = []
    placed = _laid_out(layout)
    # A stack's minimum is its largest page's, shown or not: the page shown is checked
    # itself, in the room the stack gives it.
    if not any(isinstance(w, QStackedWidget) for w in placed):
        found += _squeezed_layout(widget, layout)
    shown = [w for w in placed if not w.isHidden() and w.width() and w.height()]
    for index, one in enumerate(shown):
        for other in shown[index + 1 :]:
            common = one.geometry().intersected(other.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                found.append(f"{_describe(one)} and {_describe(other)} overlap by {common}")
    return found


def _squeezed_layout(widget: QWidget, layout: QLayout) -> list[str]:
    room = widget.size()
    least = layout.totalMinimumSize()
    if layout.hasHeightForWidth():
        least.setHeight(layout.totalMinimumHeightForWidth(room.width()))
    if room.width() < least.width() - SLACK or room.height() < least.height() - SLACK:
        return [
            f"{_describe(widget)} is {room.width()}x{room.height()}, "
            f"its layout needs {least.width()}x{least.height()}"
        ]
    return []


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets `layout` places, in nested layouts too (they share one parent)."""
    widgets: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        inner = item.layout()
        if item.widget() is not None:
            widgets.append(item.widget())
        elif isinstance(inner, QStackedLayout):  # only its current page shows
            widgets += [inner.currentWidget()] if inner.currentWidget() else []
        elif inner is not None:
            widgets += _laid_out(inner)
    return widgets


def whole_in_view(area: QAbstractScrollArea, widgets: Iterable[QWidget]) -> int:
    """How many of `widgets` the area shows whole, without scrolling."""
    view = area.viewport()
    return sum(
        1
        for widget in widgets
        if widget.isVisible()
        and view.rect().contains(QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()))
    )
