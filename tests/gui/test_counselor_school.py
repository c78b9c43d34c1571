"""Browse's school filter and the school chosen on the counselor screen are kept apart: the
filter only offers its school as a starting point, said so on screen; Start over clears both."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.models import BrowseFilter
from kiosk.ui.screens.browse import BrowseScreen
from kiosk.ui.screens.counselor import CounselorScreen
from tests.helpers.kiosk import tap

NOTE = "Picked from your filter. Tap another school to change it."


def filter_by_school(qtbot: QtBot, kiosk: Kiosk, code: str) -> BrowseScreen:
    kiosk.window.nav.go("browse")
    browse = kiosk.window.nav.current_screen()
    assert isinstance(browse, BrowseScreen)
    if browse.filters.school.isChecked():
        tap(qtbot, browse.filters.school)  # a second tap clears the school filter
    tap(qtbot, browse.filters.school)
    tap(qtbot, browse.filters._school_chips[code])
    return browse


def counselor(kiosk: Kiosk) -> CounselorScreen:
    kiosk.window.nav.go("counselor")
    screen = kiosk.window.nav.current_screen()
    assert isinstance(screen, CounselorScreen)
    return screen


def checked(screen: CounselorScreen) -> list[str]:
    return [code for code, chip in screen._chips.items() if chip.isChecked()]


def test_neither_school_overwrites_the_other(qtbot: QtBot, kiosk: Kiosk) -> None:
    session = kiosk.session
    kiosk.window.nav.go("home")
    session.toggle_course("HS-310")
    filter_by_school(qtbot, kiosk, "JFK")
    assert session.filters.school == "JFK" and session.school is None
    # With no school of its own yet, the counselor screen starts from the filter's, and says so.
    screen = counselor(kiosk)
    assert checked(screen) == ["JFK"]
    assert screen.school_note.isVisible() and screen.school_note.text() == NOTE
    assert screen.office.text().startswith("John F. Kennedy High School")
    assert screen.slip().school is not None and screen.slip().school.code == "JFK"
    tap(qtbot, screen._chips["AABHP"])
    assert session.school == "AABHP" and session.filters.school == "JFK"
    assert checked(screen) == ["AABHP"] and not screen.school_note.isVisible()
    # Another filter school later leaves the student's own choice alone...
    browse = filter_by_school(qtbot, kiosk, "LBHS")
    assert browse.filters.school.text() == "Luther Burbank High School"
    assert session.school == "AABHP" and session.filters.school == "LBHS"
    screen = counselor(kiosk)
    assert checked(screen) == ["AABHP"] and not screen.school_note.isVisible()
    assert screen.slip().school is not None and screen.slip().school.code == "AABHP"
    # ...and the counselor screen's choice never changes the filter.
    kiosk.window.nav.go("browse")
    assert browse.filters.school.text() == "Luther Burbank High School"


def test_start_over_clears_both_schools(qtbot: QtBot, kiosk: Kiosk) -> None:
    session, window = kiosk.session, kiosk.window
    window.nav.go("home")
    session.toggle_course("HS-310")
    filter_by_school(qtbot, kiosk, "JFK")
    tap(qtbot, counselor(kiosk)._chips["AABHP"])
    window.nav.go("mylist")
    mylist = window.nav.current_screen()
    tap(qtbot, mylist.start_over)  # type: ignore[attr-defined]
    tap(qtbot, mylist.question.yes)  # type: ignore[attr-defined]  (asked first)
    assert window.nav.current[0] == "attract"
    assert session.school is None and session.filters == BrowseFilter()
    window.nav.go("home")
    screen = counselor(kiosk)
    assert checked(screen) == [] and not screen.school_note.isVisible()
    assert not screen.office.isVisible()
    window.nav.go("browse")
    browse = window.nav.current_screen()
    assert isinstance(browse, BrowseScreen)
    assert not browse.filters.school.isChecked() and browse.filters.school.text() == "My school"
