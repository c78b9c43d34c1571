"""Whether the display is awake: in opening hours (kiosk/hours.py), or woken by a touch for one
session; asleep otherwise. One timer to the next change, never polling; on Windows it also
tells the system whether the screen must stay on.

`power_request` is the whole Windows decision and is pure, so it is tested on any system.
"""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Callable
from datetime import datetime
from typing import cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kiosk.hours import DAY_NAMES, Schedule

log = logging.getLogger(__name__)

# Looked at again at least this often, whatever the next change: the clock may jump
# (daylight saving time, a computer waking from sleep, a clock set by hand).
RECHECK_MS = 60 * 60 * 1000
# SetThreadExecutionState's flags.
ES_CONTINUOUS = 0x80000000
ES_DISPLAY_REQUIRED = 0x00000002

PowerFunction = Callable[[int], int]


def power_request(awake: bool) -> int:
    """What the kiosk asks of Windows: the screen stays on while awake; asleep, the power
    plan may switch it off (and does what it is set to do with the computer)."""
    return ES_CONTINUOUS | ES_DISPLAY_REQUIRED if awake else ES_CONTINUOUS


def windows_power() -> PowerFunction | None:
    """kernel32's SetThreadExecutionState on Windows; None elsewhere (on Linux the screen
    blanks by DPMS or the compositor's idle timer, as no input comes and nothing moves)."""
    if sys.platform != "win32":
        return None
    import ctypes

    function = ctypes.WinDLL("kernel32").SetThreadExecutionState
    function.argtypes, function.restype = (ctypes.c_uint,), ctypes.c_uint
    return cast(PowerFunction, function)


class DisplaySchedule(QObject):
    """Awake or asleep now; `check` looks again (the timer calls it at each change)."""

    awake_changed = Signal(bool)

    def __init__(
        self,
        schedule: Schedule,
        *,
        wake_on_touch: bool = True,
        now: Callable[[], datetime] = datetime.now,
        power: PowerFunction | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.wake_on_touch = wake_on_touch
        self.now = now  # the machine's local time; tests move their own clock
        # With no hours the kiosk leaves the screen to the power plan, as it always has.
        self._power = None if schedule.always_open else (power or windows_power())
        self._awake = True
        self._woken = False  # awake outside hours, for the session a touch began
        self.opens_at: datetime | None = None  # while closed: when it opens again
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire minutes late
        self._timer.timeout.connect(self.check)
        self.check()
        if self._awake:  # asleep, the check has just asked
            self._request_power()

    @property
    def awake(self) -> bool:
        return self._awake

    @property
    def woken(self) -> bool:
        """Awake outside opening hours because a touch woke it."""
        return self._woken

    @Slot()
    def check(self) -> None:
        """Awake or asleep as the clock says now, and the timer set for the next change."""
        moment = self.now()
        is_open = self.schedule.is_open(moment)
        change = self.schedule.next_change(moment)
        if is_open:
            self._woken = False  # opening time takes over from the touch
        self.opens_at = None if is_open else change
        self._set_awake(is_open or self._woken)
        wait = RECHECK_MS
        if change is not None:
            wait = min(wait, math.ceil((change - moment).total_seconds() * 1000))
        self._timer.start(max(1, wait))

    def wake(self) -> bool:
        """A touch on the sleeping screen: awake until the session it begins ends, if allowed."""
        if self._awake or not self.wake_on_touch:
            return False
        self._woken = True
        self._set_awake(True)
        return True

    @Slot()
    def session_ended(self) -> None:
        """The session a touch began is over: asleep again if it is still outside hours."""
        if self._woken:
            self._woken = False
            self.check()

    def _set_awake(self, awake: bool) -> None:
        if awake == self._awake:
            return
        self._awake = awake
        opens = self.opens_at
        if not awake and opens is not None:  # the day in English, whatever the system's locale
            log.info(
                "display asleep until %s %s",
                DAY_NAMES[opens.weekday()][:3],
                f"{opens:%Y-%m-%d %H:%M}",
            )
        elif not awake:
            log.info("display asleep, with no opening time ahead")
        elif self._woken:
            log.info("display awake: woken by a touch, for one session")
        else:
            log.info("display awake")
        self._request_power()
        self.awake_changed.emit(awake)

    def _request_power(self) -> None:
        if self._power is not None and self._power(power_request(self._awake)) == 0:
            log.warning("Windows refused the display's power request")
