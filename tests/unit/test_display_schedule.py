"""The display's schedule as the kiosk runs it, on a clock the test moves: awake in hours, asleep
outside them, woken by a touch for one session, one timer to the next change, and what it asks
of Windows for the screen (the function Windows would run is injected)."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.hours import schedule
from kiosk.services.display import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    RECHECK_MS,
    DisplaySchedule,
    power_request,
    windows_power,
)
from tests.helpers.clocks import WallClock

WEEK = schedule(["Mon-Fri 07:00-17:30"], ["2026-12-09"])
MONDAY_NOON = datetime(2026, 12, 7, 12)


class Power:
    """SetThreadExecutionState as the test sees it: the flags asked for, in order."""

    def __init__(self, result: int = ES_CONTINUOUS) -> None:
        self.asked: list[int] = []
        self.result = result

    def __call__(self, flags: int) -> int:
        self.asked.append(flags)
        return self.result


def made(
    qapp: QApplication, clock: WallClock, power: Power | None = None, *, wake_on_touch: bool = True
) -> DisplaySchedule:
    """The schedule on `clock` (the test holds it, so it needs no parent)."""
    return DisplaySchedule(WEEK, wake_on_touch=wake_on_touch, now=clock, power=power)


def test_the_windows_request_keeps_the_screen_on_only_while_awake() -> None:
    assert power_request(True) == ES_CONTINUOUS | ES_DISPLAY_REQUIRED
    assert power_request(False) == ES_CONTINUOUS  # the power plan may switch it off
    assert ES_CONTINUOUS == 0x80000000 and ES_DISPLAY_REQUIRED == 0x2
    assert windows_power() is None  # this is no Windows machine: nothing is asked


def test_asleep_and_awake_follow_the_clock_and_ask_windows_each_time(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk")
    clock, power = WallClock(MONDAY_NOON), Power()
    display = made(qapp, clock, power)
    changes: list[bool] = []
    display.awake_changed.connect(changes.append)
    assert display.awake and display.opens_at is None
    assert power.asked == [ES_CONTINUOUS | ES_DISPLAY_REQUIRED]
    clock.moment = datetime(2026, 12, 8, 17, 30)  # Tuesday, closing time
    display.check()
    assert not display.awake and changes == [False]
    assert display.opens_at == datetime(2026, 12, 10, 7)  # Wednesday is a holiday
    assert power.asked[-1] == ES_CONTINUOUS
    assert "display asleep until Thu 2026-12-10 07:00" in caplog.messages
    display.check()  # nothing changed: nothing said again
    assert changes == [False] and len(power.asked) == 2
    clock.moment = datetime(2026, 12, 10, 7)
    display.check()
    assert display.awake and changes == [False, True] and "display awake" in caplog.messages
    assert power.asked[-1] == ES_CONTINUOUS | ES_DISPLAY_REQUIRED


def test_one_timer_to_the_next_change_and_at_least_hourly(qapp: QApplication) -> None:
    clock = WallClock(datetime(2026, 12, 7, 17))
    display = made(qapp, clock)
    timer = display._timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == 30 * 60 * 1000  # to 17:30
    clock.moment = datetime(2026, 12, 7, 17, 29, 59, 500_000)
    display.check()
    assert timer.interval() == 500
    clock.moment = datetime(2026, 12, 7, 20)
    display.check()
    assert timer.interval() == RECHECK_MS  # the next change is at 07:00: look again hourly


def test_a_touch_wakes_it_for_one_session_when_allowed(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "kiosk")
    clock, power = WallClock(datetime(2026, 12, 7, 20)), Power()
    display = made(qapp, clock, power)
    assert not display.awake and power.asked == [ES_CONTINUOUS]
    assert display.wake() and display.awake and display.woken
    assert "display awake: woken by a touch, for one session" in caplog.messages
    assert power.asked[-1] == ES_CONTINUOUS | ES_DISPLAY_REQUIRED
    assert not display.wake()  # awake already
    display.check()  # the hourly look keeps it awake while the session goes on
    assert display.awake
    display.session_ended()
    assert not display.awake and not display.woken and power.asked[-1] == ES_CONTINUOUS
    display.session_ended()  # no session of a touch: nothing happens
    assert not display.awake


def test_opening_time_takes_over_from_a_touch(qapp: QApplication) -> None:
    clock = WallClock(datetime(2026, 12, 7, 6, 50))
    display = made(qapp, clock)
    assert display.wake()
    clock.moment = datetime(2026, 12, 7, 7)
    display.check()
    assert display.awake and not display.woken
    display.session_ended()  # the student leaves in opening hours: it stays awake
    assert display.awake


def test_without_wake_on_touch_a_touch_does_nothing(qapp: QApplication) -> None:
    display = made(qapp, WallClock(datetime(2026, 12, 7, 20)), wake_on_touch=False)
    assert not display.wake() and not display.awake


def test_with_no_hours_it_leaves_the_screen_to_the_power_plan(qapp: QApplication) -> None:
    power = Power()
    display = DisplaySchedule(schedule([]), now=WallClock(MONDAY_NOON), power=power)
    assert display.awake and power.asked == []


@pytest.mark.allow_log("Windows refused the display's power request")
def test_a_refused_request_is_logged(qapp: QApplication) -> None:
    made(qapp, WallClock(MONDAY_NOON), Power(result=0))
