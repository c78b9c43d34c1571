"""Idle handling and the wipe between students: nothing of one student reaches the next."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.models import BrowseFilter
from tests.helpers.kiosk import choose_language, tap, touch


def fast_idle(kiosk: Kiosk, idle_ms: int = 150, tick_ms: int = 10) -> None:
    kiosk.window.inactivity.idle.set_timeout(idle_ms)
    kiosk.window.inactivity.still_there.set_tick(tick_ms)


def a_busy_student(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Leave traces everywhere: language, interests, quiz, search, filters, list, school,
    scroll positions."""
    window, session = kiosk.window, kiosk.session
    window.nav.go("home")
    choose_language(qtbot, window, "es")
    window.nav.go("interests")
    tap(qtbot, window.nav.current_screen().tiles["INT-CARS"])
    window.nav.go("quiz")
    quiz = window.nav.current_screen()
    for _ in range(3):
        tap(qtbot, quiz.answer_buttons[2])
    window.nav.go("search")
    search = window.nav.current_screen()
    for letter in "auto":
        tap(qtbot, search.keyboard.keys[letter])
    window.nav.go("browse")
    tap(qtbot, window.nav.current_screen().filters.summer)
    window.nav.go("course", "TR-110")
    tap(qtbot, window.nav.current_screen().add)
    window.nav.go("counselor")
    tap(qtbot, window.nav.current_screen()._chips["LBHS"])
    window.nav.current_screen().page.verticalScrollBar().setValue(200)
    assert session.language == "es" and session.interests and session.quiz_answers
    assert session.search_text == "auto" and session.filters.summer
    assert session.my_list == ["TR-110"] and session.school == "LBHS"


def test_still_there_then_continue_keeps_everything(qtbot: QtBot, kiosk: Kiosk) -> None:
    a_busy_student(qtbot, kiosk)
    fast_idle(kiosk, tick_ms=1000)  # after the taps: a slow machine must not time out amid them
    window = kiosk.window
    where = window.nav.current
    qtbot.waitUntil(lambda: window.inactivity.still_there.isVisible(), timeout=3000)
    overlay = window.inactivity.still_there
    assert overlay.remaining >= 20  # at least 20 seconds to answer (WCAG 2.2.1)
    assert overlay.countdown.text() == str(overlay.remaining)
    tap(qtbot, overlay.keep)
    assert not overlay.isVisible()
    assert window.nav.current == where
    assert kiosk.session.my_list == ["TR-110"] and kiosk.session.search_text == "auto"
    assert window.inactivity.idle.running  # the next idle period has started


def test_idle_timeout_wipes_every_trace(qtbot: QtBot, kiosk: Kiosk) -> None:
    a_busy_student(qtbot, kiosk)
    fast_idle(kiosk)  # after the taps: a slow machine must not time out amid them
    window, session = kiosk.window, kiosk.session
    qtbot.waitUntil(lambda: window.nav.current[0] == "attract", timeout=5000)
    assert not window.inactivity.still_there.isVisible()
    # The session
    assert session.language == "en"
    assert session.my_list == [] and session.interests == [] and session.quiz_answers == {}
    assert session.search_text == "" and session.school is None
    assert session.filters == BrowseFilter()
    assert window.nav.history == []
    # Widget by widget: no text, selection, filter, scroll position or quiz state survives.
    for screen in window.nav.screens.values():
        for field in screen.findChildren(QLineEdit):
            assert field.text() == "", screen.name
        for area in screen.findChildren(QScrollArea):
            assert area.verticalScrollBar().value() == 0, screen.name
    assert window.nav.screens["quiz"].position == 0
    assert window.nav.screens["course"].course is None
    assert window.nav.screens["counselor"].message.text() == ""
    assert window.top_bar.my_list.text() == "My list (0)"
    # Screens shown again start clean too.
    for name, arg in (
        ("interests", None),
        ("browse", None),
        ("counselor", None),
        ("search", None),
        ("mylist", None),
    ):
        window.nav.go(name, arg)
        screen = window.nav.current_screen()
        checked = [
            b
            for b in screen.findChildren(QAbstractButton)
            if b.isVisible() and b.isCheckable() and b.isChecked()
        ]
        assert checked == [], name
    assert window.nav.screens["search"].results.buttons() == []
    assert window.nav.screens["mylist"].box.count() == 0


def test_idle_is_off_on_the_attract_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    fast_idle(kiosk, idle_ms=50)
    assert kiosk.window.nav.current[0] == "attract"
    qtbot.wait(200)
    assert not kiosk.window.inactivity.still_there.isVisible()
    assert not kiosk.window.inactivity.idle.running


def test_a_touch_restarts_the_idle_countdown(qtbot: QtBot, kiosk: Kiosk) -> None:
    fast_idle(kiosk, idle_ms=400)
    kiosk.window.nav.go("home")
    home = kiosk.window.nav.current_screen()
    for _ in range(6):
        qtbot.wait(150)
        touch(kiosk.window, home.welcome)  # a touch anywhere, even on plain text
    assert not kiosk.window.inactivity.still_there.isVisible()
    qtbot.waitUntil(lambda: kiosk.window.inactivity.still_there.isVisible(), timeout=3000)


def test_escape_answers_still_there(qtbot: QtBot, kiosk: Kiosk) -> None:
    from PySide6.QtCore import Qt

    fast_idle(kiosk, tick_ms=1000)
    kiosk.window.nav.go("about")
    qtbot.waitUntil(lambda: kiosk.window.inactivity.still_there.isVisible(), timeout=3000)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Escape)
    assert not kiosk.window.inactivity.still_there.isVisible()
    assert kiosk.window.nav.current[0] == "about"
