"""20,000 random taps across every screen, with many session wipes, and no crash.

PySide6 6.12 on Python 3.11 aborted after about 2,750 taps (a reference-count bug on None);
this is the test that would catch such a thing again.
"""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeKiosk
from tests.helpers.soak import random_taps

TAPS = 20_000


def test_twenty_thousand_random_taps(
    qtbot: QtBot, make_kiosk: MakeKiosk, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    window = kiosk.window
    caplog.set_level(logging.WARNING)  # not INFO (20,000 taps' worth), but every warning
    seen = random_taps(window, TAPS, reset_every=300)
    assert sum(seen.values()) >= TAPS
    every_screen = set(window.nav.screens)
    assert set(seen) == every_screen, every_screen - set(seen)
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert window.isVisible() and kiosk.catalog.available
