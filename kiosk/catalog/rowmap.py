"""SQL rows to domain objects by column name, not by position: a SELECT whose columns are
reordered, added or renamed fails at once instead of filling the wrong field."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable


def as_model[T](model: Callable[..., T], row: sqlite3.Row, skip: tuple[str, ...] = ()) -> T:
    """`row` as a `model` (a dataclass whose fields are the row's column names, apart from
    the columns in `skip`)."""
    return model(**{name: row[name] for name in row.keys() if name not in skip})  # noqa: SIM118


def as_models[T](model: Callable[..., T], rows: Iterable[sqlite3.Row]) -> list[T]:
    return [as_model(model, row) for row in rows]
