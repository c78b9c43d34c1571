"""A real X server (Xvfb) for end-to-end tests of the kiosk's window."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

XVFB = shutil.which("Xvfb")
needs_xvfb = pytest.mark.skipif(
    XVFB is None, reason="Xvfb is not installed (.ci/setup installs it)"
)


@contextmanager
def xvfb_display(size: str = "1920x1080x24") -> Iterator[str]:
    """Start Xvfb on a free display number; yield the DISPLAY value."""
    assert XVFB is not None
    for number in range(91, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    server = subprocess.Popen(
        [XVFB, f":{number}", "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def x_environment(display: str) -> dict[str, str]:
    """The environment for a process drawing on `display` through Qt's xcb platform."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env
