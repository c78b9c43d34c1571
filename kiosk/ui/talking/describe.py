"""What talking mode says at a stop: its name (as assistive technology gets it), what kind of
thing it is, its state, and where it is among the screen's stops ("3 of 12")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget

from kiosk.ui.reading import name_of

HEADINGS = ("h1", "h2", "h3")


def kind_of(widget: QWidget) -> str:
    """ "field", "course" (a button that opens a class), "choice" (a button that stays
    selected), "button", "heading" or "text"."""
    if isinstance(widget, QLineEdit):
        return "field"
    if isinstance(widget, QAbstractButton):
        if widget.property("role") == "course":
            return "course"
        return "choice" if widget.isCheckable() else "button"
    return "heading" if widget.property("role") in HEADINGS else "text"


def is_control(widget: QWidget) -> bool:
    return kind_of(widget) not in ("heading", "text")


def describe(widget: QWidget, position: int, count: int) -> str:
    """E.g. "Health Science, choice, selected, 3 of 12"."""
    parts = [name_of(widget), *_what(widget)]
    if is_control(widget) and not widget.isEnabled():
        parts.append(QCoreApplication.translate("Talking", "not available now"))
    parts.append(
        QCoreApplication.translate("Talking", "%1 of %2")
        .replace("%1", str(position))
        .replace("%2", str(count))
    )
    return QCoreApplication.translate("Talking", ", ").join(part for part in parts if part)


def _what(widget: QWidget) -> list[str]:
    kind = kind_of(widget)
    if kind == "field":
        assert isinstance(widget, QLineEdit)
        return [
            QCoreApplication.translate("Talking", "text field"),
            widget.text() or QCoreApplication.translate("Talking", "empty"),
        ]
    if kind == "course":
        return [
            widget.accessibleDescription(),
            QCoreApplication.translate("Talking", "class, Enter opens it"),
        ]
    if kind == "choice":
        assert isinstance(widget, QAbstractButton)
        return [
            QCoreApplication.translate("Talking", "choice, selected")
            if widget.isChecked()
            else QCoreApplication.translate("Talking", "choice, not selected")
        ]
    if kind == "button":
        return [widget.accessibleDescription(), QCoreApplication.translate("Talking", "button")]
    return [QCoreApplication.translate("Talking", "heading")] if kind == "heading" else []
