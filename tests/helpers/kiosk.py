"""Driving the real kiosk window in tests: seeding a data folder, tapping, finding widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.sync.store import CatalogStore


def seed_store(data_dir: Path, catalog: Path) -> None:
    """Install an already built catalog into a kiosk data folder, as sync would."""
    store = CatalogStore(data_dir)
    store.folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(catalog, store.folder / catalog.name)
    store.switch_to(catalog.name)


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """A finger tap: press and release in the middle of the widget."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    QApplication.processEvents()


def touch(window: QWidget, widget: QWidget) -> None:
    """A tap delivered the way hardware delivers it: to the native window, which passes it to
    the widget under the finger (QTest's widget overload skips the native window)."""
    from PySide6.QtTest import QTest

    handle = window.windowHandle()
    assert handle is not None
    where = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QApplication.processEvents()


def visible(widgets: list[QWidget]) -> list[QWidget]:
    return [w for w in widgets if w.isVisible()]


def center(widget: QWidget) -> QPoint:
    return widget.rect().center()


def choose_language(qtbot: QtBot, window: QWidget, language: str) -> None:
    """Switch language from the top bar as a student does: the other language's button when
    there are two, else the language button and then the chooser."""
    bar = window.top_bar  # type: ignore[attr-defined]
    if language in bar.language_buttons:
        tap(qtbot, bar.language_buttons[language])
        return
    tap(qtbot, bar.language)
    tap(qtbot, window.language_picker.buttons[language])  # type: ignore[attr-defined]
