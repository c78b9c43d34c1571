"""Opening hours on the real window, with a clock moved by hand: asleep at closing time with the
session wiped, woken by a touch for one session, asleep again when it ends; catalogs install
while asleep; the staff gesture still opens admin mode; holidays sleep all day."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.hours import schedule
from kiosk.services.language import interface_locale
from kiosk.sync.install import sync_once
from kiosk.sync.keys import parse_public
from kiosk.sync.sources import open_source
from kiosk.sync.store import CatalogStore
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.sleeping import closed_line
from tests.gui.conftest import MakeKiosk
from tests.gui.test_admin import PIN, admin_of, enter, gesture, with_pin
from tests.gui.test_start_over import asked
from tests.gui.test_sync_in_kiosk import published
from tests.helpers.clocks import Clock, WallClock
from tests.helpers.httpserver import serve
from tests.helpers.kiosk import choose_language, tap, touch

HOURS = ["Mon-Fri 07:00-17:30"]
MONDAY = 7  # 2026-12-07


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)


def on_the_clock(make_kiosk: MakeKiosk, moment: datetime, **values: object) -> Kiosk:
    """A kiosk open on weekdays, on a clock the test moves (`kiosk.display.now`)."""
    values.setdefault("display__hours", HOURS)
    kiosk = make_kiosk(**values)
    kiosk.display.now = WallClock(moment)
    kiosk.display.check()
    return kiosk


def move(kiosk: Kiosk, moment: datetime) -> None:
    kiosk.display.now = WallClock(moment)
    kiosk.display.check()  # what the timer does at each change


def asleep(kiosk: Kiosk) -> bool:
    """Asleep with the dark layer up, or awake with the screens up (anything else fails)."""
    layers = kiosk.window.layers
    shown = {layers.sleeping: True, layers.screens: False}.get(layers.currentWidget())
    assert shown is not kiosk.display.awake, (kiosk.display.awake, layers.currentWidget())
    return shown is True


def attract(kiosk: Kiosk) -> AttractScreen:
    screen = kiosk.window.nav.screens["attract"]
    assert isinstance(screen, AttractScreen)
    return screen


def test_closing_time_wipes_the_session_and_sleeps_dark_and_still(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 17))
    window, session, layers = kiosk.window, kiosk.session, kiosk.window.layers
    assert not asleep(kiosk) and attract(kiosk)._rotate.isActive()
    window.nav.go("home")
    choose_language(qtbot, window, "es")
    session.toggle_course("HS-310")
    assert window.inactivity.idle.running
    move(kiosk, at(MONDAY, 17, 30))
    assert asleep(kiosk) and layers.currentWidget() is layers.sleeping
    assert session.my_list == [] and session.language == "en"  # the student's session is gone
    assert window.nav.current[0] == "attract" and window.nav.history == []
    assert not attract(kiosk)._rotate.isActive()  # nothing moves behind the dark layer
    assert not window.inactivity.idle.running and not window.sleep.idle.running  # type: ignore[union-attr]
    assert layers.sleeping.message.text() == "Closed. Open again tomorrow at 7:00\u202fAM."
    assert layers.sleeping.hint.text() == "Touch the screen to use it now."
    assert layers.sleeping.hasFocus()  # keys come to it, not to the screens behind
    move(kiosk, at(MONDAY + 1, 7))
    assert not asleep(kiosk) and layers.currentWidget() is layers.screens
    assert attract(kiosk).isVisible() and attract(kiosk)._rotate.isActive()


def test_a_touch_wakes_it_for_one_session_then_it_sleeps_again(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 20))
    window, layers = kiosk.window, kiosk.window.layers
    assert asleep(kiosk)
    touch(window, layers.sleeping)
    assert not asleep(kiosk) and kiosk.display.woken
    assert attract(kiosk).isVisible() and attract(kiosk)._rotate.isActive()
    touch(window, attract(kiosk).start)
    assert window.nav.current[0] == "home"
    question = asked(qtbot, kiosk)  # My list, with two courses, asks Start over?
    touch(window, question.yes)
    assert asleep(kiosk) and kiosk.session.my_list == []  # the session is over: asleep
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Space)  # a key wakes it as a touch does
    assert not asleep(kiosk) and window.nav.current[0] == "attract"
    tap(qtbot, attract(kiosk).language_buttons["es"])
    assert window.nav.current[0] == "home" and kiosk.session.language == "es"
    window.inactivity.idle.set_timeout(50)  # the student walks away: the idle wipe
    window.inactivity.still_there.set_tick(5)
    window.inactivity.idle.start()
    qtbot.waitUntil(lambda: kiosk.display.awake is False, timeout=5000)
    assert asleep(kiosk) and kiosk.session.language == "en"


def test_woken_but_not_used_it_sleeps_again_after_the_idle_time(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 20))
    sleep = kiosk.window.sleep
    assert sleep is not None
    sleep.idle.set_timeout(50)
    touch(kiosk.window, kiosk.window.layers.sleeping)
    assert not asleep(kiosk) and sleep.idle.running  # the attract screen counts no idle time
    qtbot.waitUntil(lambda: kiosk.display.awake is False, timeout=5000)
    assert asleep(kiosk)


def test_opening_time_during_a_woken_session_keeps_the_student(make_kiosk: MakeKiosk) -> None:
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 6, 50))
    touch(kiosk.window, kiosk.window.layers.sleeping)
    kiosk.window.nav.go("home")
    kiosk.session.toggle_course("HS-310")
    move(kiosk, at(MONDAY, 7))
    kiosk.window.nav.start_over()
    assert not asleep(kiosk) and kiosk.window.nav.current[0] == "attract"


def test_without_wake_on_touch_touches_and_keys_do_nothing(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 20), display__wake_on_touch=False)
    window, layers = kiosk.window, kiosk.window.layers
    assert asleep(kiosk) and not layers.sleeping.hint.isVisible()
    touch(window, layers.sleeping)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    assert asleep(kiosk) and window.nav.current[0] == "attract"  # nothing moved behind it


def test_a_catalog_synced_while_asleep_is_installed_for_the_morning(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pub, trusted = published(tmp_path, version=7)
    with serve(pub) as (url, _faults):
        kiosk = on_the_clock(
            make_kiosk, at(MONDAY, 22), sync__source=url, sync__trusted_keys=[trusted]
        )
        assert asleep(kiosk) and kiosk.context.repo.info().catalog_version == 1
        with qtbot.waitSignal(kiosk.sync.finished, timeout=30_000) as blocker:
            assert kiosk.sync.run_now()
    assert blocker.args[0].result == "updated", blocker.args[0]
    assert kiosk.context.repo.info().catalog_version == 7  # nobody is using it: installed
    assert asleep(kiosk)
    move(kiosk, at(MONDAY + 1, 7))
    assert attract(kiosk).isVisible() and attract(kiosk).heading.text() == "Courses"


def test_a_catalog_installed_by_kiosk_admin_overnight_shows_in_the_morning(
    make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pub, trusted = published(tmp_path, version=9)
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 22))
    store = CatalogStore(tmp_path / "data0")  # the kiosk's data folder (make_kiosk)
    outcome = sync_once(store, open_source(str(pub)), [parse_public(trusted)])
    assert outcome.result == "updated"
    assert kiosk.context.repo.info().catalog_version == 1  # the kiosk has not heard of it
    move(kiosk, at(MONDAY + 1, 7))
    assert kiosk.context.repo.info().catalog_version == 9
    assert attract(kiosk).heading.text() == "Courses"


@pytest.mark.parametrize("wakes", [True, False], ids=["wake-on-touch", "no-wake"])
def test_the_staff_gesture_opens_admin_mode_while_asleep(
    qtbot: QtBot, make_kiosk: MakeKiosk, wakes: bool
) -> None:
    clock = Clock()
    kiosk = with_pin(make_kiosk, clock, display__hours=HOURS, display__wake_on_touch=wakes)
    move(kiosk, at(MONDAY, 20))
    window, admin = kiosk.window, admin_of(kiosk)
    assert asleep(kiosk)
    gesture(window, clock)
    assert window.layers.currentWidget() is admin and admin.currentWidget() is admin.pad
    enter(qtbot, admin, PIN)
    assert admin.currentWidget() is admin.panel
    tap(qtbot, admin.panel.lock)
    assert asleep(kiosk) and window.layers.currentWidget() is window.layers.sleeping


def test_a_holiday_sleeps_all_day(make_kiosk: MakeKiosk) -> None:
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 7), display__holidays=["2026-12-07"])
    for hour in (7, 10, 17):
        move(kiosk, at(MONDAY, hour))
        assert asleep(kiosk)
    assert kiosk.display.opens_at == at(MONDAY + 1, 7)
    move(kiosk, at(MONDAY + 1, 7))
    assert not asleep(kiosk)


def test_a_kiosk_started_on_a_holiday_starts_asleep(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(display__holidays=[date.today().isoformat()])  # the real clock
    layers = kiosk.window.layers
    assert not kiosk.display.awake and layers.currentWidget() is layers.sleeping
    assert not attract(kiosk)._rotate.isActive()


@pytest.mark.allow_log("no catalog can be opened", level="ERROR")
def test_out_of_service_keeps_its_place_while_asleep(make_kiosk: MakeKiosk) -> None:
    kiosk = on_the_clock(make_kiosk, at(MONDAY, 12), seed=False)
    layers = kiosk.window.layers
    assert layers.currentWidget() is layers.out_of_service
    move(kiosk, at(MONDAY, 20))
    assert not kiosk.display.awake and layers.currentWidget() is layers.out_of_service


def test_the_line_says_when_it_opens_again() -> None:
    english = interface_locale("en")
    friday = date(2026, 12, 11)
    line = closed_line(at(MONDAY + 7, 7), friday, english)
    assert line == "Closed. Open again Monday at 7:00\u202fAM."
    assert closed_line(at(11, 12, 30), friday, english) == (
        "Closed. Open again today at 12:30\u202fPM."
    )
    assert closed_line(None, friday, english) == "Closed."
    after_the_break = closed_line(datetime(2027, 1, 4, 7), date(2026, 12, 18), english)
    assert after_the_break == "Closed. Open again on Monday, January 4, 2027 at 7:00\u202fAM."
    term = schedule(HOURS, ["2026-12-21 to 2027-01-01"])
    assert term.next_change(datetime(2026, 12, 18, 18)) == datetime(2027, 1, 4, 7)
