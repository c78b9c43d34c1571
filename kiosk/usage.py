"""Usage statistics: aggregate counts per day in their own small SQLite file.

Nothing finer than a day and nothing about a student: only a measure (sessions, a screen,
a sector, a course...) with a catalog code, screen name or language code, and a count.
Rows are keyed by (day, measure, item) in a WITHOUT ROWID table, so not even the order in
which things happened is kept. Counts wait in memory and are written between students.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from kiosk.catalog.rowmap import as_models

USAGE_FILE = "usage.sqlite"
# What is counted; `item` says which one (empty for plain totals).
MEASURES = {
    "sessions": "students who started using the kiosk",
    "screen": "sessions that opened a screen, by screen",
    "sector": "sessions that opened an industry sector, by sector code",
    "pathway": "sessions that opened a course of a pathway, by pathway code",
    "course": "sessions that opened a course page, by course code",
    "quiz_completed": "sessions that finished the quiz",
    "slip_printed": "counselor slips printed",
    "language": "sessions that used a language, by language code",
}
# Items are codes, never free text: this shape cannot hold a sentence someone typed.
_ITEM = re.compile(r"[A-Za-z0-9_.-]{0,40}")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS daily (
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    measure TEXT NOT NULL,
    item TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (day, measure, item)
) WITHOUT ROWID;
"""
_ADD = """
INSERT INTO daily (day, measure, item, count) VALUES (?, ?, ?, ?)
ON CONFLICT (day, measure, item) DO UPDATE SET count = count + excluded.count"""


class UsageError(Exception):
    """The usage file cannot be read or written."""


@dataclass(frozen=True)
class DayCount:
    day: str  # YYYY-MM-DD
    measure: str
    item: str
    count: int


class UsageLog:
    def __init__(self, path: Path, today: Callable[[], date] = date.today) -> None:
        self.path = path
        self.today = today
        self._pending: Counter[tuple[str, str, str]] = Counter()

    def count(self, measure: str, item: str = "") -> None:
        if measure not in MEASURES:
            raise ValueError(f"unknown usage measure {measure!r}")
        if not _ITEM.fullmatch(item):
            raise ValueError(f"usage items are codes, not text: {item!r}")
        self._pending[(self.today().isoformat(), measure, item)] += 1

    @property
    def pending(self) -> int:
        return sum(self._pending.values())

    def flush(self) -> None:
        """Add the counts waiting in memory to the file, in one transaction."""
        if not self._pending:
            return
        rows = [(*key, n) for key, n in sorted(self._pending.items())]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _connect(self.path) as db:
                db.executescript(_SCHEMA)
                db.executemany(_ADD, rows)
        except (OSError, sqlite3.Error) as exc:
            raise UsageError(f"{self.path}: cannot be written ({exc})") from exc
        self._pending.clear()

    def today_total(self, measure: str) -> int:
        """Today's count of a measure: what is in the file and what waits in memory."""
        today = self.today()
        written = sum(row.count for row in self.counts(today, today) if row.measure == measure)
        day = today.isoformat()
        waiting = sum(n for (d, m, _), n in self._pending.items() if d == day and m == measure)
        return written + waiting

    def counts(self, since: date, until: date) -> list[DayCount]:
        """Every row from `since` to `until`, both included, in day then measure order."""
        return read_counts(self.path, since, until)

    def summary(self, days: int) -> dict[str, int]:
        """Totals per measure over the last `days` days, today included."""
        until = self.today()
        totals: Counter[str] = Counter()
        for row in self.counts(until - timedelta(days=days - 1), until):
            totals[row.measure] += row.count
        return dict(totals)

    def top(self, measure: str, days: int, limit: int = 3) -> list[tuple[str, int]]:
        until = self.today()
        totals: Counter[str] = Counter()
        for row in self.counts(until - timedelta(days=days - 1), until):
            if row.measure == measure:
                totals[row.item] += row.count
        return totals.most_common(limit)


def read_counts(path: Path, since: date, until: date) -> list[DayCount]:
    if not path.is_file():
        return []
    try:
        with _connect(path, read_only=True) as db:
            db.row_factory = sqlite3.Row
            rows = db.execute(
                "SELECT day, measure, item, count FROM daily WHERE day BETWEEN ? AND ? "
                "ORDER BY day, measure, item",
                (since.isoformat(), until.isoformat()),
            ).fetchall()
    except sqlite3.Error as exc:
        raise UsageError(f"{path}: cannot be read ({exc})") from exc
    return as_models(DayCount, rows)


def csv_rows(counts: Iterable[DayCount]) -> list[list[str]]:
    return [["day", "measure", "item", "count"]] + [
        [c.day, c.measure, c.item, str(c.count)] for c in counts
    ]


@contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection that commits (or rolls back) and is closed when the block ends."""
    if read_only:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    else:
        db = sqlite3.connect(path, timeout=5)
    try:
        with db:
            yield db
    finally:
        db.close()
