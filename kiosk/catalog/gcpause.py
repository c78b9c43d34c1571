"""Reading, checking and building a large workbook without Python's cycle collector running.

Those steps make hundreds of thousands of rows, records and tuples that all live until the
step ends; the collector would walk them again and again (about 7% of a 100k-offering build)
and find nothing, since they hold no cycles. Reference counting still frees everything as
usual, and any cycle made meanwhile is collected by the next full collection.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Turn the cycle collector off for the block, and back on after it if it was on (a
    block inside another leaves it to the outer one)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            _to_oldest_generation()
            gc.enable()


def _to_oldest_generation() -> None:
    """Everything the block made is still in the youngest generation, and the first
    collection after it would walk it all in one go: 40-70 ms for a 100k-offering workbook,
    holding the interpreter lock, so that a window's thread stops too while a worker thread
    checks. Frozen and thawed, the objects move to the oldest generation without a walk."""
    gc.freeze()
    gc.unfreeze()
