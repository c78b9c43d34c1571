"""Reading and checking a large workbook with the cycle collector paused, and what that
leaves for the collector afterwards."""

from __future__ import annotations

import gc
import weakref

from kiosk.catalog.gcpause import collector_paused


class Node:
    def __init__(self) -> None:
        self.other: object = None


def test_what_a_paused_block_made_goes_to_the_oldest_generation_without_a_collection() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        made = [Node() for _ in range(5_000)]
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(node) in oldest for node in made)  # the next young collection skips them


def test_a_cycle_made_while_paused_is_still_collected() -> None:
    with collector_paused():
        node = Node()
        node.other = node
        alive = weakref.ref(node)
        del node
    assert alive() is not None  # a cycle: reference counting alone cannot free it
    gc.collect()
    assert alive() is None


def test_a_block_inside_another_leaves_the_collector_to_the_outer_one() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
