"""Opening hours ("Mon-Fri 07:00-17:30") and holidays ("2026-12-21 to 2027-01-01"): whether
the kiosk is open at a moment of the machine's local time, and when that next changes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAYS_EXPECTED = "Mon, Tue, Wed, Thu, Fri, Sat or Sun"
RANGE_EXPECTED = "HH:MM-HH:MM such as 07:00-17:30"
ENTRY_EXAMPLE = '"Mon-Fri 07:00-17:30"'
HOLIDAY_EXPECTED = 'YYYY-MM-DD such as "2026-12-21", or a range "2026-12-21 to 2027-01-01"'
MINUTES_PER_DAY = 24 * 60
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class HoursError(ValueError):
    """An opening-hours or holiday entry that cannot be read; the message names the part."""


@dataclass(frozen=True)
class Span:
    """Open from `start` until just before `end`, in minutes after midnight (`end` may be
    24:00, the next midnight)."""

    start: int
    end: int


@dataclass(frozen=True)
class OpenDays:
    """One entry: the weekdays it covers (0 is Monday) and its spans on each of them."""

    days: frozenset[int]
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Holiday:
    """Closed all day from `first` to `last`, both included."""

    first: date
    last: date


@dataclass(frozen=True)
class Schedule:
    """No hours: open all the time, except on holidays."""

    hours: tuple[OpenDays, ...] = ()
    holidays: tuple[Holiday, ...] = ()

    @property
    def always_open(self) -> bool:
        return not self.hours and not self.holidays

    def is_open(self, moment: datetime) -> bool:
        if self._holiday(moment.date()) is not None:
            return False
        if not self.hours:
            return True
        minute = moment.hour * 60 + moment.minute
        weekday = moment.weekday()
        return any(
            weekday in entry.days and any(s.start <= minute < s.end for s in entry.spans)
            for entry in self.hours
        )

    def next_change(self, moment: datetime) -> datetime | None:
        """The first moment after `moment` when `is_open` gives the other answer; None if it
        never will (always open, or open all week round with no holiday ahead)."""
        now_open = self.is_open(moment)
        last = max([moment.date(), *(h.last for h in self.holidays)])
        day, horizon = moment.date(), last + timedelta(days=8)  # a week repeats after that
        while day <= horizon:
            midnight = datetime.combine(day, time(), tzinfo=moment.tzinfo)
            holiday = self._holiday(day)
            if holiday is not None:  # the whole day is closed: no need to look inside it
                if now_open and midnight > moment:
                    return midnight
                day = max(day, holiday.last) + timedelta(days=1)
                continue
            for minute in self._boundaries(day.weekday()):
                candidate = midnight + timedelta(minutes=minute)
                if candidate > moment and self.is_open(candidate) != now_open:
                    return candidate
            day += timedelta(days=1)
        return None

    def _holiday(self, day: date) -> Holiday | None:
        return next((h for h in self.holidays if h.first <= day <= h.last), None)

    def _boundaries(self, weekday: int) -> list[int]:
        """The minutes of a day on which being open can change: midnight and each span's ends."""
        found = {0}
        for entry in self.hours:
            if weekday in entry.days:
                found.update(m for s in entry.spans for m in (s.start, s.end))
        return sorted(m for m in found if m < MINUTES_PER_DAY)


def schedule(hours: Iterable[Any], holidays: Iterable[Any] = ()) -> Schedule:
    """The schedule of `display.hours` and `display.holidays`; HoursError names a bad entry."""
    return Schedule(parse_hours(hours), parse_holidays(holidays))


def hours_list(value: Any) -> bool:
    """For the configuration: a list that reads as hours (else HoursError names the entry)."""
    return isinstance(value, list | tuple) and parse_hours(value) is not None


def holidays_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and parse_holidays(value) is not None


def parse_hours(entries: Iterable[Any]) -> tuple[OpenDays, ...]:
    return tuple(_entry(entry) for entry in entries)


def parse_holidays(entries: Iterable[Any]) -> tuple[Holiday, ...]:
    return tuple(_holiday(entry) for entry in entries)


def _entry(entry: Any) -> OpenDays:
    if not isinstance(entry, str):
        raise HoursError(f"{entry!r} is not text (expected days and times such as {ENTRY_EXAMPLE})")
    # "Mon - Fri 7:00 - 17:30" and "Mon, Wed" mean what they say; so does an en dash.
    words = re.sub(r"\s*([-,])\s*", r"\1", entry.replace("\u2013", "-")).split()
    if len(words) < 2:
        raise HoursError(
            f'"{entry}": expected days, then one or more times open, such as {ENTRY_EXAMPLE}'
        )
    days = _days(words[0], entry)
    spans = tuple(_span(word, entry) for word in words[1:])
    return OpenDays(days, spans)


def _days(text: str, entry: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.split(","):
        first, dash, last = part.partition("-")
        start = _day(first, entry)
        end = _day(last, entry) if dash else start
        days.update((start + step) % 7 for step in range((end - start) % 7 + 1))  # Fri-Mon wraps
    return frozenset(days)


def _day(word: str, entry: str) -> int:
    """Mon, Monday and the likes of Tues or Thurs: any start of a day's name, 3 letters on."""
    for number, name in enumerate(DAY_NAMES):
        if len(word) >= 3 and name.lower().startswith(word.lower()):
            return number
    raise HoursError(f'"{entry}": "{word}" is not a day (expected {DAYS_EXPECTED})')


def _span(word: str, entry: str) -> Span:
    first, dash, last = word.partition("-")
    if not dash:
        raise HoursError(f'"{entry}": "{word}" is not a time range (expected {RANGE_EXPECTED})')
    start, end = _minutes(first, entry), _minutes(last, entry)
    if start == MINUTES_PER_DAY:
        raise HoursError(
            f'"{entry}": {word} starts at 24:00 (expected a start from 00:00 to 23:59)'
        )
    if end <= start:
        raise HoursError(
            f'"{entry}": {word} does not end after it starts (expected a later end; for hours '
            f'past midnight write two entries, such as "Fri 18:00-24:00" and "Sat 00:00-02:00")'
        )
    return Span(start, end)


def _minutes(text: str, entry: str) -> int:
    match = _TIME.fullmatch(text)
    hours, minutes = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
    if not (0 <= hours <= 23 and 0 <= minutes <= 59) and (hours, minutes) != (24, 0):
        raise HoursError(f'"{entry}": "{text}" is not a time (expected HH:MM from 00:00 to 24:00)')
    return hours * 60 + minutes


def _holiday(entry: Any) -> Holiday:
    if isinstance(entry, date):  # TOML reads an unquoted 2026-12-21 as a date
        raise HoursError(f'{entry} is a date without quotes (expected it in quotes: "{entry}")')
    if not isinstance(entry, str):
        raise HoursError(f"{entry!r} is not text (expected {HOLIDAY_EXPECTED})")
    first, to, last = (part.strip() for part in entry.strip().partition(" to "))
    start = _date(first, entry)
    end = _date(last, entry) if to else start
    if end < start:
        raise HoursError(f'"{entry}": ends before it starts (expected the earlier date first)')
    return Holiday(start, end)


def _date(text: str, entry: str) -> date:
    try:
        if _DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise HoursError(f'"{entry}": "{text}" is not a date (expected {HOLIDAY_EXPECTED})')
