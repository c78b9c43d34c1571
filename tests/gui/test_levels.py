"""Course levels in plain words: the Course screen says what its level means right under the
badge, and course buttons tell assistive technology (and read aloud) the same."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.sheets import LEVELS
from kiosk.ui.screens.course import CourseScreen
from kiosk.ui.widgets.courses import CourseButton, level_meaning
from tests.helpers.kiosk import choose_language

MEANINGS = {
    "introductory": "Introductory: A first class in a pathway. You explore the field and "
    "start learning.",
    "concentrator": "Concentrator: A next class in a pathway. It builds on what you learned "
    "in a first class.",
    "capstone": "Capstone: The last class in a pathway. It gets you ready for a job or for "
    "college.",
}


def test_every_level_has_a_meaning() -> None:
    assert all(level_meaning(level) for level in LEVELS)
    assert level_meaning("advanced") == ""  # no made-up meaning for what the check refuses


def test_the_course_screen_explains_its_level_under_the_badge(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    seen = set()
    for code in ("HS-310", "HS-210", "TR-110"):
        window.nav.go("course", code)
        screen = window.nav.current_screen()
        assert isinstance(screen, CourseScreen) and screen.course is not None
        level = screen.course.level
        seen.add(level)
        assert screen.level_meaning.isVisible()
        assert screen.level_meaning.text() == MEANINGS[level]
        below = screen.level_meaning.mapTo(screen, screen.level_meaning.rect().topLeft()).y()
        badge = screen.level.mapTo(screen, screen.level.rect().bottomLeft()).y()
        assert 0 <= below - badge <= 40, code  # right under the badges, not further down
        assert MEANINGS[level] in screen.reading()
    assert seen == set(LEVELS)


def test_course_buttons_describe_their_level(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.session.toggle_course("HS-310")
    for screen, detail in (("sector", "Capstone"), ("mylist", "Patient Care · Capstone")):
        window.nav.go(screen, "HS" if screen == "sector" else None)
        QApplication.processEvents()
        buttons = window.nav.current_screen().findChildren(CourseButton)
        capstone = next(b for b in buttons if b.isVisible() and b.code == "HS-310")
        assert capstone.detail == detail  # what the button shows stays short
        spoken = detail.replace("Capstone", MEANINGS["capstone"])
        assert capstone.accessibleDescription() == spoken


def test_the_meaning_follows_the_language(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("course", "HS-310")
    screen = window.nav.current_screen()
    assert isinstance(screen, CourseScreen)
    choose_language(qtbot, window, "es")
    assert screen.level_meaning.text().startswith("Proyecto final")  # the badge's word
