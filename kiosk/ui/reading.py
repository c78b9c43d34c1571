"""A screen's stops in reading order, and what each is called: the one place both read aloud
and talking mode take them from, so they cannot drift apart. A stop is a visible label, a
button or a text field, in the order its layouts place them (a grid row by row), so
side-by-side columns are read one after the other."""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLayout, QLineEdit, QScrollArea, QWidget

# A widget property: True leaves the widget and its children out of read aloud (the
# on-screen keys); talking mode still stops at them, they are how a student types.
SKIP = "skip_reading"


def readable_parts(root: QWidget) -> list[str]:
    """What read aloud says for `root`: each stop's name, and a button's description."""
    parts: list[str] = []
    for stop in stops(root):
        parts.append(name_of(stop))
        if isinstance(stop, QLineEdit) and stop.text():
            parts.append(stop.text())
        elif isinstance(stop, QAbstractButton) and stop.accessibleDescription():
            parts.append(stop.accessibleDescription())
    return [part for part in parts if part]


def name_of(widget: QWidget) -> str:
    """The widget's name as assistive technology gets it: its accessible name where one is
    set (a label's figures as a voice reads them, a button shown as an icon), else its
    text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return " ".join(name.split())


def stops(root: QWidget, *, all_of_them: bool = False) -> list[QWidget]:
    """The stops read aloud reads, or with `all_of_them` also those it skips (SKIP)."""
    found: list[QWidget] = []
    for widget in _children_in_order(root):
        _collect(widget, root, found, all_of_them)
    return found


def _collect(widget: QWidget, root: QWidget, found: list[QWidget], every: bool) -> None:
    if not widget.isVisibleTo(root) or (widget.property(SKIP) and not every):
        return
    if isinstance(widget, QAbstractButton | QLineEdit):
        if name_of(widget):
            found.append(widget)
        return
    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.PlainText and widget.text():
            found.append(widget)
        return
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        if inner is not None:
            _collect(inner, root, found, every)
        return
    for child in _children_in_order(widget):
        _collect(child, root, found, every)


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
