"""Text size and high contrast: chosen from every screen, applied at once to everything,
and back to normal for the next student."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.ui.theme import HIGH_CONTRAST, STANDARD, stylesheet
from tests.gui.conftest import MakeKiosk
from tests.helpers.kiosk import tap


def test_text_size_and_contrast_apply_at_once_and_reset_for_the_next_student(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    window, app = kiosk.window, QApplication.instance()
    assert isinstance(app, QApplication)
    window.nav.go("home")
    heading = window.nav.current_screen().findChildren(type(window.top_bar.title))[0]
    normal_height = heading.sizeHint().height()
    tap(qtbot, window.top_bar.display)
    chooser = window.display_chooser
    assert chooser.isVisible() and chooser.size_buttons[100].isChecked()
    tap(qtbot, chooser.size_buttons[200])
    assert kiosk.session.text_size == 200
    assert app.styleSheet() == stylesheet(200, STANDARD)
    assert heading.sizeHint().height() > 1.6 * normal_height  # the text really grew
    tap(qtbot, chooser.contrast)
    assert app.styleSheet() == stylesheet(200, HIGH_CONTRAST)
    assert chooser.contrast.isChecked() and chooser.size_buttons[200].isChecked()
    tap(qtbot, chooser.close_button)
    assert not chooser.isVisible() and window.nav.current[0] == "home"
    window.nav.start_over()
    assert (kiosk.session.text_size, kiosk.session.contrast) == (100, STANDARD)
    assert app.styleSheet() == stylesheet(100, STANDARD)
