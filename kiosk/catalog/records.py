"""What validation produces: problems found, and the rows parsed so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.catalog.languages import FALLBACK
from kiosk.catalog.payrecords import PayJoin
from kiosk.catalog.visible import shown
from kiosk.catalog.wording import Wording


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None
    message: str
    expected: str
    warning: bool = False
    # What message and expected were made from, for a window that shows them translated.
    message_wording: Wording | None = field(default=None, compare=False)
    expected_wording: Wording | None = field(default=None, compare=False)

    @classmethod
    def worded(
        cls,
        sheet: str,
        row: int | None,
        column: str | None,
        message: Wording,
        expected: Wording,
        warning: bool = False,
    ) -> Problem:
        """The problem whose message and expected are `message` and `expected` filled in."""
        text = message.text(), expected.text()
        return cls(sheet, row, column, *text, warning, message, expected)

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f', column "{self.column}"'
        prefix = "warning: " if self.warning else ""
        return shown(f"{prefix}{where}: {self.message} ({self.expected})")


@dataclass(frozen=True)
class Record:
    """One valid-so-far row: parsed values, and text per field per language."""

    row: int
    values: dict[str, object]
    texts: dict[str, dict[str, str]]

    def text(self, name: str, lang: str = FALLBACK) -> str:
        return self.texts.get(name, {}).get(lang, "")

    def items(self, name: str) -> tuple[Any, ...]:
        """The parsed list in a list column (codes, or code/weight pairs); () when empty."""
        value = self.values.get(name)
        return value if isinstance(value, tuple) else ()


@dataclass
class Validation:
    records: dict[str, list[Record]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)  # sheets whose header row failed
    pay: PayJoin | None = None  # BLS's figures for the careers, where a wage file was given

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        return not self.errors
