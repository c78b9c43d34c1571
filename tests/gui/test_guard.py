"""A locked kiosk takes the whole screen back by itself when something does to its window
what a desktop window manager does (minimise, move, resize, leave full screen), and says so
in the log once; it stands back while staff use admin mode and for good once staff exit. A
preview window is never guarded. (tests/e2e/test_window_manager.py does the same through a
real window manager.)"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.pin import write_pin_file
from kiosk.ui.guard import ScreenGuard
from kiosk.ui.window import KioskWindow
from tests.gui.conftest import MakeKiosk


class GuardLog:
    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.INFO, logger="kiosk.ui.guard")
        self._caplog = caplog

        self._seen = 0

    @property
    def lines(self) -> list[str]:
        """What the guard logged since the last `mark`."""
        return self._all()[self._seen :]

    def mark(self) -> None:
        self._seen = len(self._all())

    def _all(self) -> list[str]:
        return [r.getMessage() for r in self._caplog.records if r.name == "kiosk.ui.guard"]


@pytest.fixture
def guard_log(caplog: pytest.LogCaptureFixture) -> GuardLog:
    return GuardLog(caplog)


def guarded(
    qtbot: QtBot, make_kiosk: MakeKiosk, guard_log: GuardLog
) -> tuple[KioskWindow, ScreenGuard]:
    """A locked kiosk, once it has taken the screen at launch."""
    window = make_kiosk(kiosk_mode=True).window
    guard = window.guard
    assert guard is not None
    qtbot.waitUntil(lambda: guard.guarding and not guard.checking)
    assert guard_log.lines == ["lockdown: the window is full screen; guarding it"]
    guard_log.mark()
    return window, guard


def in_place(window: KioskWindow) -> bool:
    return (
        window.isVisible()
        and window.isFullScreen()
        and not window.isMinimized()
        and window.geometry() == QGuiApplication.primaryScreen().geometry()
    )


def test_a_locked_kiosk_is_full_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, guard_log: GuardLog
) -> None:
    window, _guard = guarded(qtbot, make_kiosk, guard_log)
    assert in_place(window)
    assert QGuiApplication.focusWindow() is window.windowHandle()


def test_a_minimised_kiosk_comes_back_and_the_log_says_so_once(
    qtbot: QtBot, make_kiosk: MakeKiosk, guard_log: GuardLog
) -> None:
    window, guard = guarded(qtbot, make_kiosk, guard_log)
    window.showMinimized()
    qtbot.waitUntil(lambda: in_place(window) and not guard.checking)
    assert guard_log.lines == ["lockdown: window was minimised; restored full screen"]


def test_a_moved_or_resized_kiosk_takes_the_screen_back(
    qtbot: QtBot, make_kiosk: MakeKiosk, guard_log: GuardLog
) -> None:
    window, guard = guarded(qtbot, make_kiosk, guard_log)
    window.move(40, 30)  # one burst of events, as from one drag: one look, one line
    window.resize(800, 600)
    qtbot.waitUntil(lambda: in_place(window) and not guard.checking)
    [line] = guard_log.lines  # Qt also takes a moved window out of full screen
    assert line.startswith("lockdown: window was moved or resized")
    assert line.endswith("; restored full screen")


def test_leaving_full_screen_is_undone(
    qtbot: QtBot, make_kiosk: MakeKiosk, guard_log: GuardLog
) -> None:
    window, guard = guarded(qtbot, make_kiosk, guard_log)
    window.showNormal()
    qtbot.waitUntil(lambda: in_place(window) and not guard.checking)
    assert guard_log.lines == [
        "lockdown: window was taken out of full screen; restored full screen"
    ]


def test_the_guard_stands_back_for_admin_mode_and_tidies_up_after_it(
    qtbot: QtBot, make_kiosk: MakeKiosk, guard_log: GuardLog, tmp_path: Path
) -> None:
    window, guard = guarded(qtbot, make_kiosk, guard_log)
    write_pin_file(tmp_path / "data0", "482613")
    window.layers.open_admin()  # the PIN pad: staff are on their way in
    assert not guard.guarding
    window.move(40, 30)  # staff moved the window aside to look at something
    QApplication.processEvents()
    assert window.pos() == QPoint(40, 30) and not guard.checking
    admin = window.layers.admin
    assert admin is not None
    admin.lock()
    qtbot.waitUntil(lambda: in_place(window) and not guard.checking)
    [line] = guard_log.lines  # Qt also takes a moved window out of full screen
    assert line.startswith("lockdown: window was moved or resized")
    assert line.endswith("; restored full screen")


def test_after_a_staff_exit_nothing_brings_the_window_back(
    qtbot: QtBot, make_kiosk: MakeKiosk, guard_log: GuardLog
) -> None:
    window, guard = guarded(qtbot, make_kiosk, guard_log)
    window.allow_close = True  # what Exit kiosk in the staff panel does
    assert window.close()
    QApplication.processEvents()
    assert not window.isVisible()
    assert not guard.guarding and not guard.checking
    assert guard_log.lines == []


def test_a_preview_window_is_not_guarded(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(kiosk_mode=False).window
    assert window.guard is None
    window.showMinimized()
    QApplication.processEvents()
    assert window.isMinimized()
