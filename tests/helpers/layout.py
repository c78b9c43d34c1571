"""Layout checks a person would make: every touch target big enough, no text cut off, nothing
outside the window that cannot be scrolled to."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

MIN_TARGET = 48


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
    found: list[str] = []
    window_rect = QRect(0, 0, root.width(), root.height())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
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
        if not _inside_scroll_area(widget):
            where = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
            if not window_rect.contains(where):
                found.append(f"{_describe(widget)} outside the window at {where}")
    return found
