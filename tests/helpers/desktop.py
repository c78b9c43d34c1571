"""A desktop window manager (openbox) on an Xvfb display, and what X says about a window,
read with the tools a person would use (xprop, xwininfo, wmctrl; xdotool to act)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.xvfb import XVFB, x_environment

TOOLS = ("openbox", "xdotool", "xprop", "xwininfo", "xmessage", "wmctrl")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None] + ([] if XVFB else ["Xvfb"])
needs_a_window_manager = pytest.mark.skipif(
    bool(MISSING), reason=f"not installed (.ci/setup installs them): {' '.join(MISSING)}"
)


def wait_for(
    condition: Callable[[], bool],
    what: str,
    seen: Callable[[], object] | None = None,
    timeout: float = 15,
) -> None:
    """Poll until `condition` holds; fail naming `what` (and what `seen` shows by then) after
    `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}: {seen() if seen else ''}")
        time.sleep(0.05)


@dataclass(frozen=True)
class WindowState:
    mapped: bool
    geometry: tuple[int, int, int, int]  # x, y, width, height
    net_state: frozenset[str]  # _NET_WM_STATE atoms
    active: bool
    on_top: bool  # last in the window manager's stacking order
    on_current_desktop: bool


class Desktop:
    """One X display with openbox managing it."""

    def __init__(self, display: str) -> None:
        self.display = display

    def run(self, *command: str) -> str:
        result = subprocess.run(
            command,
            env=x_environment(self.display),
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
        return result.stdout

    def root_property(self, name: str) -> str:
        return self.run("xprop", "-root", name)

    def window_of(self, pid: int) -> int | None:
        """The managed window a process shows (wmctrl -lp: id, desktop, pid, host, title)."""
        for line in self.run("wmctrl", "-l", "-p").splitlines():
            fields = line.split()
            if len(fields) >= 3 and fields[2] == str(pid):
                return int(fields[0], 16)
        return None

    def window_titled(self, title: str) -> int | None:
        for line in self.run("wmctrl", "-l").splitlines():
            if line.split()[-1:] == [title]:
                return int(line.split()[0], 16)
        return None

    def state(self, window: int) -> WindowState:
        info = self.run("xwininfo", "-id", str(window))
        numbers = [
            _number(info, label)
            for label in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
        ]
        net_state = self.run("xprop", "-id", str(window), "_NET_WM_STATE").partition("=")[2]
        stacking = _window_ids(self.root_property("_NET_CLIENT_LIST_STACKING"))
        desktop = self.run("xprop", "-id", str(window), "_NET_WM_DESKTOP")
        return WindowState(
            mapped="Map State: IsViewable" in info,
            geometry=(numbers[0], numbers[1], numbers[2], numbers[3]),
            net_state=frozenset(atom.strip() for atom in net_state.split(",") if atom.strip()),
            active=_window_ids(self.root_property("_NET_ACTIVE_WINDOW")) == [window],
            on_top=bool(stacking) and stacking[-1] == window,
            on_current_desktop=_cardinal(desktop)
            == _cardinal(self.root_property("_NET_CURRENT_DESKTOP")),
        )


@contextmanager
def openbox(display: str, home: Path) -> Iterator[Desktop]:
    """openbox with its packaged configuration and key bindings, never a developer's own."""
    env = x_environment(display)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    # The packaged configuration is in the system folders the test run hides from the kiosk.
    env.pop("XDG_CONFIG_DIRS", None)
    process = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    desktop = Desktop(display)
    try:
        wait_for(
            lambda: bool(_window_ids(desktop.root_property("_NET_SUPPORTING_WM_CHECK"))),
            "openbox to manage the display",
        )
        yield desktop
    finally:
        process.terminate()
        process.wait(timeout=10)


def _number(text: str, label: str) -> int:
    match = re.search(rf"{re.escape(label)}:\s+(-?\d+)", text)
    return int(match.group(1)) if match else -1


def _window_ids(text: str) -> list[int]:
    """The window ids in `xprop` output such as `..(WINDOW): window id # 0x40000e, 0x0`."""
    return [int(found, 16) for found in re.findall(r"0x[0-9a-f]+", text) if int(found, 16)]


def _cardinal(text: str) -> int | None:
    match = re.search(r"=\s*(\d+)", text)
    return int(match.group(1)) if match else None
