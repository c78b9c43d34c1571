"""Clocks tests move by hand, for code that takes its time or date from a callable."""

from __future__ import annotations

from datetime import date, datetime


class Clock:
    """A number (seconds or milliseconds, as the code under test counts) that only moves when
    the test says so."""

    def __init__(self, start: float = 1_000_000) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class Today:
    """Today's date, as the test sets it."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


class WallClock:
    """The machine's local time, as the test sets it (`moment`)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment
