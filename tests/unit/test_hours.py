"""Opening hours: entries of days and times, holidays, whether the kiosk is open at a moment
and when that next changes; every bad entry is an error naming the part and what it should be."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.config import ConfigError, defaults, load
from kiosk.hours import HoursError, Schedule, parse_hours, schedule

# 2026-12-07 is a Monday.
MON, TUE, WED, FRI, SAT, SUN = 7, 8, 9, 11, 12, 13


def at(day: int, hour: int, minute: int = 0, month: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute)


WEEK = schedule(["Mon-Fri 07:00-17:30", "Sat 09:00-12:00"])


def test_an_empty_schedule_is_always_open_and_never_changes() -> None:
    empty = schedule([])
    assert empty == Schedule() and empty.always_open
    assert empty.is_open(at(SUN, 3)) and empty.is_open(at(MON, 12))
    assert empty.next_change(at(MON, 12)) is None


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (at(MON, 6, 59), False),
        (at(MON, 7, 0), True),  # from the start time on
        (at(WED, 12), True),
        (at(FRI, 17, 29), True),
        (at(FRI, 17, 30), False),  # closed from the end time on
        (at(SAT, 8, 59), False),
        (at(SAT, 11, 59), True),
        (at(SAT, 12, 0), False),
        (at(SUN, 12), False),
    ],
)
def test_open_within_the_hours_of_its_day(moment: datetime, is_open: bool) -> None:
    assert WEEK.is_open(moment) is is_open


def test_seconds_before_closing_are_still_open() -> None:
    assert WEEK.is_open(datetime(2026, 12, FRI, 17, 29, 59, 999_000))


@pytest.mark.parametrize(
    ("moment", "change"),
    [
        (at(MON, 6), at(MON, 7)),
        (at(MON, 7), at(MON, 17, 30)),
        (at(MON, 17, 30), at(TUE, 7)),
        (at(FRI, 20), at(SAT, 9)),
        (at(SAT, 9, 30), at(SAT, 12)),
        (at(SAT, 13), at(MON + 7, 7)),  # across Sunday
    ],
)
def test_the_next_change(moment: datetime, change: datetime) -> None:
    assert WEEK.next_change(moment) == change
    assert WEEK.is_open(change) is not WEEK.is_open(moment)


def test_several_ranges_in_one_entry_and_lists_of_days() -> None:
    lunch = schedule(["Mon,Wed 07:00-11:30 12:30-17:30", "Tue 10:00-11:00"])
    assert lunch.is_open(at(MON, 11)) and not lunch.is_open(at(MON, 12))
    assert lunch.is_open(at(WED, 13)) and lunch.is_open(at(TUE, 10, 30))
    assert not lunch.is_open(at(TUE, 12)) and not lunch.is_open(at(FRI, 9))
    assert lunch.next_change(at(MON, 11)) == at(MON, 11, 30)
    assert lunch.next_change(at(MON, 11, 45)) == at(MON, 12, 30)
    assert lunch.next_change(at(MON, 18)) == at(TUE, 10)


def test_ranges_of_days_wrap_and_spaces_and_full_names_are_read() -> None:
    (weekend,) = parse_hours(["Fri - Mon 10:00 - 14:00"])
    assert weekend.days == {4, 5, 6, 0}
    (words,) = parse_hours(["monday,Wednesday,thurs 08:00-24:00"])
    assert words.days == {0, 2, 3} and words.spans[0].end == 24 * 60


def test_open_until_midnight_runs_into_the_next_day() -> None:
    late = schedule(["Fri 18:00-24:00", "Sat 00:00-02:00"])
    assert late.is_open(at(FRI, 23, 59)) and late.is_open(at(SAT, 1))
    assert late.next_change(at(FRI, 19)) == at(SAT, 2)  # no change at midnight


def test_holidays_are_closed_all_day_and_a_range_includes_both_ends() -> None:
    term = schedule(["Mon-Fri 07:00-17:30"], ["2026-12-09", "2026-12-21 to 2027-01-01"])
    assert not term.is_open(at(WED, 10))
    assert term.is_open(at(TUE, 10)) and term.is_open(at(10, 10))
    assert not term.is_open(at(21, 10)) and not term.is_open(at(1, 10, month=1, year=2027))
    assert term.is_open(at(4, 10, month=1, year=2027))
    assert term.next_change(at(TUE, 10)) == at(TUE, 17, 30)
    assert term.next_change(at(TUE, 18)) == at(10, 7)  # Wednesday is a holiday
    assert term.next_change(at(18, 12)) == at(18, 17, 30)
    assert term.next_change(at(18, 18)) == at(4, 7, month=1, year=2027)  # after the break


def test_holidays_without_hours_close_only_those_days() -> None:
    days_off = schedule([], ["2026-11-26"])
    assert not days_off.always_open
    assert days_off.is_open(datetime(2026, 11, 25, 23, 59))
    assert not days_off.is_open(datetime(2026, 11, 26, 12))
    assert days_off.next_change(datetime(2026, 11, 20, 9)) == datetime(2026, 11, 26)
    assert days_off.next_change(datetime(2026, 11, 26, 9)) == datetime(2026, 11, 27)
    assert days_off.next_change(datetime(2026, 11, 27, 9)) is None


def test_open_all_week_never_changes() -> None:
    assert schedule(["Mon-Sun 00:00-24:00"]).next_change(at(MON, 9)) is None


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            "Mon-Fry 07:00-17:30",
            '"Mon-Fry 07:00-17:30": "Fry" is not a day (expected Mon, Tue, Wed, Thu, Fri, '
            "Sat or Sun)",
        ),
        ("Mo 07:00-17:30", '"Mo" is not a day'),
        ("Mon-Fri", "expected days, then one or more times open, such as"),
        ("07:00-17:30", "expected days, then one or more times open"),
        (
            "Mon-Fri 07:00",
            '"07:00" is not a time range (expected HH:MM-HH:MM such as 07:00-17:30)',
        ),
        ("Mon 7-17", '"7" is not a time (expected HH:MM from 00:00 to 24:00)'),
        ("Mon 07:00-25:00", '"25:00" is not a time'),
        ("Mon 07:60-08:00", '"07:60" is not a time'),
        ("Mon 24:00-24:00", "starts at 24:00"),
        ("Mon 17:00-07:00", "17:00-07:00 does not end after it starts"),
        ("Mon 09:00-09:00", "does not end after it starts"),
    ],
)
def test_a_bad_entry_names_the_part_and_what_is_expected(entry: str, message: str) -> None:
    with pytest.raises(HoursError) as error:
        schedule([entry])
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("holiday", "message"),
    [
        ("2026-13-01", '"2026-13-01" is not a date (expected YYYY-MM-DD such as "2026-12-21"'),
        ("21/12/2026", '"21/12/2026" is not a date'),
        ("2026-12-21 - 2027-01-01", "is not a date"),
        ("2027-01-01 to 2026-12-21", "ends before it starts"),
        (date(2026, 12, 21), 'a date without quotes (expected it in quotes: "2026-12-21")'),
        (20261221, "20261221 is not text"),
    ],
)
def test_a_bad_holiday_names_the_part_and_what_is_expected(holiday: object, message: str) -> None:
    with pytest.raises(HoursError) as error:
        schedule([], [holiday])
    assert message in str(error.value)


def test_an_entry_that_is_not_text_is_named() -> None:
    with pytest.raises(HoursError, match="7 is not text"):
        schedule([7])


def test_a_bad_entry_in_a_configuration_file_names_the_file_the_key_and_the_part(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[display]\nhours = ["Mon-Fri 07:00-17:30", "Sat 9-12"]\n')
    with pytest.raises(ConfigError) as error:
        load([path])
    assert str(error.value) == (
        f'{path}: display.hours: "Sat 9-12": "9" is not a time (expected HH:MM from 00:00 to 24:00)'
    )
    path.write_text('[display]\nholidays = "2026-12-21"\n')  # not a list
    with pytest.raises(ConfigError, match=r"display.holidays = '2026-12-21': bad value"):
        load([path])
    path.write_text(
        '[display]\nhours = ["Mon-Fri 07:00-17:30"]\nholidays = ["2026-12-21 to 2027-01-01"]\n'
        "wake_on_touch = false\n"
    )
    config = load([path])
    assert config.display_hours == ("Mon-Fri 07:00-17:30",) and not config.display_wake_on_touch
    assert not config.schedule.is_open(at(21, 10)) and config.schedule.is_open(at(18, 10))
    assert defaults().schedule.always_open and defaults().display_wake_on_touch
