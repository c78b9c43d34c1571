"""Five languages: each shown in its own name, chosen from one top-bar button and a chooser,
on the attract screen in a grid, and forgotten between students."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeKiosk
from tests.helpers.kiosk import choose_language, tap

FIVE = ["en", "es", "hmn", "zh", "vi"]


def test_the_chooser_offers_every_language_in_its_own_name(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(ui__languages=FIVE)
    window = kiosk.window
    window.nav.go("home")
    bar, picker = window.top_bar, window.language_picker
    assert bar.language_buttons == {} and bar.language.text() == "English"
    tap(qtbot, bar.language)
    assert picker.isVisible()
    names = {lang: button.text() for lang, button in picker.buttons.items()}
    assert names == {
        "en": "English",
        "es": "Español",
        "hmn": "Hmoob",
        "zh": "繁體中文",
        "vi": "Tiếng Việt",
    }
    assert picker.buttons["en"].isChecked()
    assert not picker.buttons["en"].hasFocus()  # opened by touch: no focus ring
    tap(qtbot, picker.buttons["vi"])
    assert not picker.isVisible()
    assert kiosk.session.language == "vi" and bar.language.text() == "Tiếng Việt"
    assert window.nav.current[0] == "home"  # the student stays where they were


def test_the_chooser_closes_without_a_change(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(ui__languages=FIVE)
    window = kiosk.window
    window.nav.go("home")
    tap(qtbot, window.top_bar.language)
    qtbot.keyClick(window.language_picker.buttons["en"], Qt.Key.Key_Escape)
    assert not window.language_picker.isVisible()
    tap(qtbot, window.top_bar.language)
    tap(qtbot, window.language_picker.close_button)
    assert not window.language_picker.isVisible() and kiosk.session.language == "en"


def test_the_next_student_starts_in_the_default_language_with_the_chooser_closed(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(ui__languages=FIVE)
    window = kiosk.window
    window.nav.go("home")
    choose_language(qtbot, window, "zh")
    tap(qtbot, window.top_bar.language)
    window.nav.start_over()
    assert not window.language_picker.isVisible()
    assert kiosk.session.language == "en"


def test_the_attract_screen_starts_in_any_language(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(ui__languages=FIVE)
    attract = kiosk.window.nav.current_screen()
    assert [b.text() for b in attract.language_buttons.values()] == [  # type: ignore[attr-defined]
        "English", "Español", "Hmoob", "繁體中文", "Tiếng Việt",
    ]  # fmt: skip
    tap(qtbot, attract.language_buttons["hmn"])  # type: ignore[attr-defined]
    assert kiosk.window.nav.current[0] == "home" and kiosk.session.language == "hmn"
