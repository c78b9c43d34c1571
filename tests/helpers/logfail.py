"""Fails a test when the kiosk logs a WARNING or worse that the test did not declare: a
warning nobody expected is a problem nobody looked at. A test that expects one says so, and
then the warning must come:

    @pytest.mark.allow_log(r"lockdown refused")             # a WARNING matching this
    @pytest.mark.allow_log(r"no catalog", level="ERROR")    # an ERROR matching this
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

WATCHED = "kiosk"  # the project's loggers: kiosk and kiosk.*


@dataclass(frozen=True)
class Allowed:
    pattern: str
    level: int | str = logging.WARNING  # exactly this level: an ERROR is not a WARNING

    @property
    def levelno(self) -> int:
        if isinstance(self.level, int):
            return self.level
        return logging.getLevelNamesMapping()[self.level]

    def matches(self, record: logging.LogRecord) -> bool:
        return (
            record.levelno == self.levelno
            and re.search(self.pattern, record.getMessage()) is not None
        )

    def __str__(self) -> str:
        return f"{logging.getLevelName(self.levelno)} matching {self.pattern!r}"


class Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _line(record: logging.LogRecord) -> str:
    return f"{record.levelname} {record.name}: {record.getMessage()}"


@pytest.fixture(autouse=True)
def fail_on_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    allowed = [Allowed(*m.args, **m.kwargs) for m in request.node.iter_markers("allow_log")]
    collector = Collector()
    # On the project's logger rather than the root: kiosk.log.setup() replaces the root's
    # handlers, and warnings from other libraries are not ours to judge here.
    logger = logging.getLogger(WATCHED)
    logger.addHandler(collector)
    try:
        yield
    finally:
        logger.removeHandler(collector)
    records = collector.records
    unexpected = [r for r in records if not any(a.matches(r) for a in allowed)]
    missing = [a for a in allowed if not any(a.matches(r) for r in records)]
    problems = [f"logged, not expected: {_line(r)}" for r in unexpected]
    problems += [f"expected, not logged: {a}" for a in missing]
    if problems:
        hint = "(a test that expects a warning marks it: @pytest.mark.allow_log(r'...'))"
        pytest.fail("\n".join([*problems, hint]), pytrace=False)
