"""Start over on My list asks first, in a card inside the window: No (or Esc, or a tap beside
the card) keeps everything, Yes clears it; the idle timeout still clears without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFrame
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.ui.overlays.start_over import StartOverQuestion
from kiosk.ui.screens.mylist import MyListScreen
from tests.gui.conftest import MakeKiosk
from tests.gui.test_keyboard import focus, key, start, tab_to
from tests.gui.test_session import fast_idle
from tests.helpers.kiosk import tap, touch
from tests.helpers.layout import problems


def on_my_list(kiosk: Kiosk, *codes: str) -> MyListScreen:
    kiosk.window.nav.go("home")
    for code in codes:
        kiosk.session.toggle_course(code)
    kiosk.session.quiz_answers["Q01"] = 2
    kiosk.window.nav.go("mylist")
    screen = kiosk.window.nav.current_screen()
    assert isinstance(screen, MyListScreen)
    return screen


def asked(qtbot: QtBot, kiosk: Kiosk) -> StartOverQuestion:
    screen = on_my_list(kiosk, "HS-310", "TR-110")
    touch(kiosk.window, screen.start_over)
    question = screen.question
    assert question is not None and question.isVisible()
    return question


def test_start_over_asks_first_and_keeps_the_list(qtbot: QtBot, kiosk: Kiosk) -> None:
    question = asked(qtbot, kiosk)
    window = kiosk.window
    assert question.geometry() == window.rect()  # over the whole window, top bar too
    assert question.heading.text() == "Start over?"
    assert question.explain.text() == "This clears your list and your answers."
    assert (question.yes.text(), question.no.text()) == ("Yes, start over", "No, keep my list")
    assert window.nav.current[0] == "mylist"
    assert kiosk.session.my_list == ["HS-310", "TR-110"]
    assert not question.no.hasFocus()  # a touch student sees no ring


def test_no_keeps_everything(qtbot: QtBot, kiosk: Kiosk) -> None:
    question = asked(qtbot, kiosk)
    touch(kiosk.window, question.no)
    assert not question.isVisible()
    assert kiosk.window.nav.current[0] == "mylist"
    assert kiosk.session.my_list == ["HS-310", "TR-110"]
    assert kiosk.session.quiz_answers == {"Q01": 2}
    assert kiosk.window.top_bar.my_list.text() == "My list (2)"


def test_a_tap_beside_the_card_is_no(qtbot: QtBot, kiosk: Kiosk) -> None:
    question = asked(qtbot, kiosk)
    qtbot.mouseClick(question, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))  # the dim, not the card
    assert not question.isVisible()
    assert kiosk.session.my_list == ["HS-310", "TR-110"]


def test_yes_clears_everything(qtbot: QtBot, kiosk: Kiosk) -> None:
    question = asked(qtbot, kiosk)
    touch(kiosk.window, question.yes)
    assert not question.isVisible()
    assert kiosk.window.nav.current[0] == "attract"
    assert kiosk.session.my_list == [] and kiosk.session.quiz_answers == {}


def test_escape_is_no(qtbot: QtBot, kiosk: Kiosk) -> None:
    question = asked(qtbot, kiosk)
    key(kiosk.window, Qt.Key.Key_Escape)
    assert not question.isVisible()
    assert kiosk.window.nav.current[0] == "mylist"  # Esc answered the card, it did not go Back
    assert kiosk.session.my_list == ["HS-310", "TR-110"]


def test_with_keys_the_focus_lands_on_no_and_stays_on_the_card(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    window = start(qtbot, kiosk)
    screen = on_my_list(kiosk, "TR-110")
    tab_to(window, lambda w: w is screen.start_over)
    key(window, Qt.Key.Key_Return)
    question = screen.question
    assert question is not None and question.isVisible()
    assert focus() is question.no  # the safe answer
    visited = []
    for which in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Up):
        key(window, which)
        visited.append(focus())
    assert visited == [question.yes, question.no, question.yes, question.no]
    key(window, Qt.Key.Key_Escape)
    assert not question.isVisible()
    assert kiosk.session.my_list == ["TR-110"]
    tab_to(window, lambda w: w is screen.start_over)
    key(window, Qt.Key.Key_Return)
    key(window, Qt.Key.Key_Tab)
    key(window, Qt.Key.Key_Return)  # Yes, pressed with keys
    assert window.nav.current[0] == "attract" and kiosk.session.my_list == []


def test_the_question_is_named_for_assistive_technology(qtbot: QtBot, kiosk: Kiosk) -> None:
    question = asked(qtbot, kiosk)
    names = {}
    for widget in (question, question.yes, question.no):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        names[interface.text(QAccessible.Text.Name)] = interface.text(QAccessible.Text.Description)
    assert names["Start over?"] == "This clears your list and your answers."
    assert {"Yes, start over", "No, keep my list"} <= set(names)
    assert QApplication.focusWidget() is question  # what a touch student's reader announces


def test_nothing_to_lose_starts_over_at_once(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.nav.go("home")
    kiosk.window.nav.go("mylist")
    screen = kiosk.window.nav.current_screen()
    assert isinstance(screen, MyListScreen)
    tap(qtbot, screen.start_over)
    assert kiosk.window.nav.current[0] == "attract"
    assert screen.question is None


def test_the_idle_timeout_clears_without_asking(qtbot: QtBot, kiosk: Kiosk) -> None:
    fast_idle(kiosk)
    screen = on_my_list(kiosk, "HS-310")
    qtbot.waitUntil(lambda: kiosk.window.nav.current[0] == "attract", timeout=5000)
    assert kiosk.session.my_list == []
    assert screen.question is None  # never asked


def test_the_idle_timeout_while_asking_clears_and_puts_the_card_away(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    question = asked(qtbot, kiosk)
    fast_idle(kiosk)
    kiosk.window.inactivity.idle.start()
    qtbot.waitUntil(lambda: kiosk.window.nav.current[0] == "attract", timeout=5000)
    assert not question.isVisible()
    assert kiosk.session.my_list == []


def test_the_voice_reads_the_question_to_a_student_who_listens(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(speech__engine="mock")
    speech = kiosk.speech
    with qtbot.waitSignal(speech.availability_changed, timeout=10_000):
        speech.load()
    screen = on_my_list(kiosk, "HS-310")
    with qtbot.waitSignal(speech.text_started, timeout=5_000) as list_read:
        tap(qtbot, kiosk.window.top_bar.read_aloud)
    assert "Nursing Assistant" in str(list_read.args[0])
    qtbot.waitUntil(lambda: speech.speaking, timeout=5_000)
    with qtbot.waitSignal(speech.text_started, timeout=5_000) as question_read:
        touch(kiosk.window, screen.start_over)
    text = str(question_read.args[0])
    assert text.startswith("Start over?") and "No, keep my list" in text
    assert "Nursing Assistant" not in text
    question = screen.question
    assert question is not None
    touch(kiosk.window, question.no)
    assert not speech.speaking  # the answer silences the question


@pytest.mark.parametrize("lang", ["en", "es", "hmn", "zh", "vi"])
def test_the_card_fits_at_200_percent(qtbot: QtBot, make_kiosk: MakeKiosk, lang: str) -> None:
    kiosk = make_kiosk(size=(1366, 768), ui__languages=["en", "es", "hmn", "zh", "vi"])
    kiosk.session.set_language(lang)
    kiosk.session.set_look(text_size=200)
    question = asked(qtbot, kiosk)
    for _ in range(3):
        QApplication.processEvents()
    assert problems(question) == []
    card = question.findChild(QFrame, "OverlayCard")
    assert card is not None and question.rect().contains(card.geometry())
