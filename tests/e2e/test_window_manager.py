"""The locked kiosk in an ordinary desktop session: the real kiosk process under openbox on
Xvfb, attacked through the window manager the way students do (iconify, the window menu,
show desktop, another workspace, move, resize, another window). After each it is back on
its own: mapped, full screen, active and on top, and the log names what happened once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.pin import write_pin_file
from kiosk.ui.launchscreen import ABOUT
from tests.helpers.desktop import Desktop, needs_a_window_manager, openbox, wait_for
from tests.helpers.kiosk import seed_store
from tests.helpers.xvfb import x_environment, xvfb_display

pytestmark = needs_a_window_manager

SCREEN = (0, 0, 1366, 768)
RESTORED = "; restored full screen"


@dataclass
class LockedKiosk:
    desktop: Desktop
    window: int
    log: Path
    seen: int = 0  # log lines already looked at

    def find_window(self, pid: int) -> bool:
        window = self.desktop.window_of(pid)
        if window is not None:
            self.window = window
        return window is not None

    def act(self, *xdotool: str) -> None:
        self.desktop.run("xdotool", *xdotool)

    def lockdown_lines(self) -> list[str]:
        text = self.log.read_text(encoding="utf-8") if self.log.exists() else ""
        return [
            line.partition(" kiosk.ui.guard: ")[2]
            for line in text.splitlines()
            if " kiosk.ui.guard: " in line
        ]

    def new_lines(self) -> list[str]:
        return self.lockdown_lines()[self.seen :]

    def in_place(self) -> bool:
        state = self.desktop.state(self.window)
        return (
            state.mapped
            and state.geometry == SCREEN
            and "_NET_WM_STATE_FULLSCREEN" in state.net_state
            and state.active
            and state.on_top
            and state.on_current_desktop
        )

    def comes_back(self, *expected: str) -> None:
        """Wait until the kiosk is in place and the log has said `expected`; then nothing
        else may have been logged."""
        wait_for(lambda: len(self.new_lines()) >= len(expected), f"the log to say {expected}")
        wait_for(self.in_place, "the kiosk back in place", lambda: self.desktop.state(self.window))
        assert self.new_lines() == [f"lockdown: window was {what}{RESTORED}" for what in expected]
        self.seen = len(self.lockdown_lines())


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory: pytest.TempPathFactory, sample_catalog: Path) -> Iterator[LockedKiosk]:
    home = tmp_path_factory.mktemp("desktop")
    data = home / "data"
    seed_store(data, sample_catalog)
    write_pin_file(data, "482613")
    config = home / "kiosk.toml"
    config.write_text("[kiosk]\nlockdown = true\n")
    errors = home / "kiosk-stderr.txt"
    with (
        xvfb_display("1366x768x24") as display,
        openbox(display, home) as desktop,
        errors.open("w", encoding="utf-8") as stderr,
    ):
        command = [sys.executable, "-m", "kiosk", "--data-dir", str(data), "--config", str(config)]
        # A kiosk that has run before opens on the picture of its attract screen (its launch
        # screen) and the live window takes over: the window the students attack below.
        first = subprocess.Popen(command, env=x_environment(display), stderr=stderr)
        try:
            wait_for(lambda: (data / ABOUT).exists(), "the first launch's picture")
        finally:
            first.terminate()
            first.wait(timeout=10)
        log = data / "logs" / "kiosk.log"
        log.replace(log.with_name("first-launch.log"))  # what follows is the second's alone
        process = subprocess.Popen(
            command, env=x_environment(display), stdout=subprocess.DEVNULL, stderr=stderr
        )
        try:
            locked = LockedKiosk(desktop, 0, data / "logs" / "kiosk.log")
            wait_for(
                lambda: bool(locked.lockdown_lines()),
                f"the guard to start (the kiosk's errors are in {errors})",
            )
            # Looked up once the guard holds the window: while Qt and the window manager
            # settle it at launch, wmctrl may briefly list no window for the process.
            wait_for(lambda: locked.find_window(process.pid), "the kiosk's window")
            wait_for(
                lambda: "the launch screen gave way" in locked.log.read_text(encoding="utf-8"),
                "the launch screen to give way to the live kiosk",
            )
            yield locked
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(autouse=True)
def starts_in_place(kiosk: LockedKiosk) -> None:
    wait_for(kiosk.in_place, "the kiosk in place", lambda: kiosk.desktop.state(kiosk.window))
    kiosk.seen = len(kiosk.lockdown_lines())


def test_the_window_manager_is_asked_for_full_screen(kiosk: LockedKiosk) -> None:
    state = kiosk.desktop.state(kiosk.window)
    assert {"_NET_WM_STATE_FULLSCREEN", "_NET_WM_STATE_ABOVE"} <= state.net_state
    assert state.geometry == SCREEN
    # In place at once: the guard did not have to take the screen at launch.
    assert kiosk.lockdown_lines()[0] == "lockdown: the window is full screen; guarding it"


def test_iconify_is_undone(kiosk: LockedKiosk) -> None:
    kiosk.act("windowminimize", str(kiosk.window))
    kiosk.comes_back("minimised")


def test_iconify_from_the_window_menu_is_undone(kiosk: LockedKiosk) -> None:
    kiosk.act("key", "alt+space")  # openbox's window menu takes the focus as it opens
    kiosk.comes_back("deactivated (another window took the focus)")
    # Send to desktop, Layer, Restore, Move, Resize (greyed out for full screen), Iconify
    kiosk.act("key", "Down", "Down", "Down", "Down", "Down", "Down", "Return")
    kiosk.comes_back("minimised")


@pytest.mark.parametrize(
    "xdotool",
    [
        ("key", "super+d"),  # show the desktop
        ("key", "ctrl+alt+Right"),  # the next workspace
        ("set_desktop", "2"),
        ("set_desktop_for_window", "{window}", "3"),  # the window menu's Send to desktop
    ],
)
def test_show_desktop_and_other_workspaces_are_undone(
    kiosk: LockedKiosk, xdotool: tuple[str, ...]
) -> None:
    kiosk.act(*(word.format(window=kiosk.window) for word in xdotool))
    kiosk.comes_back("hidden (another workspace, or the desktop shown)")


def test_moves_and_resizes_are_refused_or_undone(kiosk: LockedKiosk) -> None:
    window = str(kiosk.window)
    kiosk.act("windowmove", window, "100", "80")
    kiosk.act("windowsize", window, "600", "400")
    for button in ("1", "3"):  # Alt+drag moves, Alt+right-drag resizes
        kiosk.act("mousemove", "600", "300", "keydown", "alt", "mousedown", button)
        kiosk.act("mousemove", "500", "250", "mousemove", "300", "150")
        kiosk.act("mouseup", button, "keyup", "alt")
    # openbox keeps a full-screen window where it is: nothing happened, nothing is logged.
    wait_for(kiosk.in_place, "the kiosk in place")
    assert kiosk.new_lines() == []
    kiosk.desktop.run("wmctrl", "-i", "-r", window, "-b", "remove,fullscreen")
    kiosk.comes_back("taken out of full screen")


def test_another_window_cannot_cover_it(kiosk: LockedKiosk) -> None:
    other = subprocess.Popen(
        ["xmessage", "-title", "another-program", "-geometry", "400x200+100+100", "Hello"],
        env=x_environment(kiosk.desktop.display),
    )
    try:
        wait_for(lambda: kiosk.desktop.window_titled("another-program") is not None, "xmessage")
        # openbox opens it behind the active full-screen kiosk; activating it brings it over.
        kiosk.act("windowactivate", str(kiosk.desktop.window_titled("another-program")))
        kiosk.comes_back("deactivated (another window took the focus)")
    finally:
        other.terminate()
        other.wait(timeout=10)
