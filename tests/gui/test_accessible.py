"""What assistive technology hears: every control on every screen has a name, course and
tile buttons describe themselves, and each screen change announces the new screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.screenshots import tour
from kiosk.ui.widgets.courses import CourseButton
from tests.gui.conftest import MakeKiosk


def heard_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


@pytest.mark.parametrize("lang", ["en", "es", "zh"])
def test_every_control_on_every_screen_has_a_name(
    qtbot: QtBot, make_kiosk: MakeKiosk, lang: str
) -> None:
    kiosk = make_kiosk(ui__languages=["en", "es", "hmn", "zh", "vi"])
    window = kiosk.window
    unnamed: dict[str, list[str]] = {}
    checked = 0
    for screen in tour(window, lang):
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, QAbstractButton | QLineEdit):
                continue
            if not widget.isVisibleTo(window):
                continue
            checked += 1
            if not heard_name(widget):
                unnamed.setdefault(screen, []).append(type(widget).__name__)
            if isinstance(widget, CourseButton):
                assert widget.accessibleDescription(), widget.code
    assert checked > 200  # the walk really saw the screens
    assert unnamed == {}


def test_a_screen_change_is_announced_by_its_title(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    window.nav.go("browse")
    assert window.accessibleName() == "Career Kiosk: Career pathways"
    window.nav.go("course", "HS-310")
    assert window.accessibleName() == "Career Kiosk: Nursing Assistant"
