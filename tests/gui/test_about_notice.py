"""The nondiscrimination notice: last on About, one tap away from its top, and naming the
laws it cites in every language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.languages import NATIVE_NAMES
from kiosk.ui.screens.about import AboutScreen
from tests.gui.conftest import MakeKiosk
from tests.gui.test_keyboard import focus, key, start, tab_to
from tests.helpers.kiosk import touch
from tests.helpers.layout import whole_in_view

# How each language names the two California codes the notice cites.
CODES = {
    "en": ("California Penal Code Section 422.55", "California Education Code Section 220"),
    "es": ("Código Penal de California, Sección 422.55", "Código de Educación de California"),
    "hmn": ("California Penal Code Section 422.55", "California Education Code Section 220"),
    "zh": ("《加州刑法典》第 422.55 條", "《加州教育法典》第 220 條"),
    "zh-Hans": ("《加州刑法典》第 422.55 条", "《加州教育法典》第 220 条"),
    "vi": ("Bộ luật Hình sự California, Điều 422.55", "Bộ luật Giáo dục California, Điều 220"),
}
# A section number, and the words just before it that must name its law.
SECTION = re.compile(r"(Section|Sección|Điều|第)\s*\d")
LAW = re.compile(r"Code|Código|Bộ luật|法典")


def about(kiosk: Kiosk) -> AboutScreen:
    kiosk.window.nav.go("home")
    kiosk.window.nav.go("about")
    for _ in range(3):  # the page, then the relayout it asks for
        QApplication.processEvents()
    screen = kiosk.window.nav.current_screen()
    assert isinstance(screen, AboutScreen) and screen.notice is not None
    return screen


@pytest.mark.parametrize("text_size", [100, 200])
def test_one_tap_brings_the_whole_notice_into_view(
    qtbot: QtBot, make_kiosk: MakeKiosk, text_size: int
) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    kiosk.session.set_look(text_size=text_size)
    screen = about(kiosk)
    assert screen.notice is not None
    heading, text = screen.notice
    assert whole_in_view(screen.page, [heading, text]) == 0  # it is at the end of a long page
    assert whole_in_view(screen.page, [screen.to_notice]) == 1  # and its button at the top
    touch(kiosk.window, screen.to_notice)
    if text_size == 100:
        assert whole_in_view(screen.page, [heading, text]) == 2
    else:  # taller than the screen: it starts at the top, heading first
        view = screen.page.viewport()
        assert heading.mapTo(view, heading.rect().topLeft()).y() >= 0
        assert whole_in_view(screen.page, [heading]) == 1
    assert QApplication.focusWidget() is not screen.to_notice  # a touch leaves no ring
    screen.reset()
    assert screen.page.verticalScrollBar().value() == 0  # the next student starts at the top


def test_keys_move_to_the_notice(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    window = start(qtbot, kiosk)
    screen = about(kiosk)
    assert screen.notice is not None
    heading, text = screen.notice
    tab_to(window, lambda w: w is screen.to_notice)
    key(window, Qt.Key.Key_Return)
    assert focus() is text  # a screen reader reads it from there
    assert whole_in_view(screen.page, [heading, text]) == 2
    assert screen.to_notice.accessibleName() == "Go to the nondiscrimination notice"


@pytest.mark.parametrize("lang", sorted(CODES))
def test_the_notice_names_the_laws_it_cites(qtbot: QtBot, make_kiosk: MakeKiosk, lang: str) -> None:
    kiosk = make_kiosk(ui__languages=list(CODES))
    kiosk.session.set_language(lang)
    screen = about(kiosk)
    assert screen.notice is not None
    notice = screen.notice[1].text()
    for law in CODES[lang]:
        assert law in notice, (NATIVE_NAMES[lang], law)
    # No bare section number anywhere on the page: each one names its law.
    for label in screen.entries.findChildren(type(screen.notice[1])):
        for found in SECTION.finditer(label.text()):
            assert LAW.search(label.text()[max(0, found.start() - 40) : found.end()]), label.text()
