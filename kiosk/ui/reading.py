"""What read aloud says for a screen: its visible words in layout order, the way a sighted
student reads them (headings, facts, then each button by its accessible name)."""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout, QLineEdit, QScrollArea, QWidget

SKIP = "skip_reading"  # a widget property: True leaves the widget and its children unread


def readable_parts(root: QWidget) -> list[str]:
    """The texts of `root`'s visible labels and buttons, in the order its layouts place
    them (a grid row by row), so side-by-side columns are read one after the other."""
    parts: list[str] = []
    for widget in _children_in_order(root):
        _collect(widget, root, parts)
    return parts


def _collect(widget: QWidget, root: QWidget, parts: list[str]) -> None:
    if not widget.isVisibleTo(root) or widget.property(SKIP):
        return
    if isinstance(widget, QAbstractButton):
        name = widget.accessibleName() or widget.text()
        detail = widget.accessibleDescription()
        parts.extend(text for text in (name, detail) if text)
        return
    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.PlainText and widget.text():
            # A label may say how it is read (figures for a voice), or its text in full
            # where it shows it shortened.
            parts.append(widget.accessibleName() or widget.text())
        return
    if isinstance(widget, QLineEdit):
        parts.extend(text for text in (widget.accessibleName(), widget.text()) if text)
        return
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        if inner is not None:
            _collect(inner, root, parts)
        return
    for child in _children_in_order(widget):
        _collect(child, root, parts)


def _children_in_order(widget: QWidget) -> Iterator[QWidget]:
    """Direct child widgets: those in the widget's layout first, in layout order, then any
    others (overlays placed by hand) in creation order."""
    seen: set[int] = set()
    layout = widget.layout()
    if layout is not None:
        for child in _layout_widgets(layout):
            seen.add(_address(child))
            yield child
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if _address(child) not in seen and not child.isWindow():
            yield child


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        child, inner = item.widget(), item.layout()
        if child is not None:
            yield child
        elif inner is not None:
            yield from _layout_widgets(inner)


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])
