"""The counselor screen on a 1366x768 screen: Print and the QR code are in view on arrival,
at 100 % and 200 % text, with a list of three courses and a school chosen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.ui.screens.counselor import CounselorScreen
from tests.gui.conftest import MakeKiosk
from tests.helpers.layout import problems, whole_in_view

LANGUAGES = ["en", "es", "hmn", "zh", "vi"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("text_size", [100, 200])
def test_print_and_the_code_show_without_scrolling(
    qtbot: QtBot, make_kiosk: MakeKiosk, text_size: int, lang: str
) -> None:
    kiosk = make_kiosk(size=(1366, 768), ui__languages=LANGUAGES)
    window, session = kiosk.window, kiosk.session
    window.nav.go("home")
    session.set_language(lang)
    session.set_look(text_size=text_size)
    for code in ("HS-310", "TR-110", "ICT-110"):
        session.toggle_course(code)
    session.school = "AABHP"
    window.nav.go("counselor")
    for _ in range(3):  # the screen, the relayout it asks for, then painting
        QApplication.processEvents()
    counselor = window.nav.current_screen()
    assert isinstance(counselor, CounselorScreen)
    assert counselor.office.text().startswith("Arthur A. Benjamin")  # the school is chosen
    assert counselor.print_button.isEnabled() and not counselor.qr.pixmap().isNull()
    assert whole_in_view(counselor.page, [counselor.print_button, counselor.qr]) == 2
    assert problems(window) == []
