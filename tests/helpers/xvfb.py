"""A real X server (Xvfb) for end-to-end tests of the kiosk's window."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

XVFB = shutil.which("Xvfb")
needs_xvfb = pytest.mark.skipif(
    XVFB is None, reason="Xvfb is not installed (.ci/setup installs it)"
)


@contextmanager
def xvfb_display(size: str = "1920x1080x24") -> Iterator[str]:
    """Start Xvfb on a display number it picks itself (-displayfd), so tests running side by
    side never race for one; yield the DISPLAY value once the server accepts clients."""
    assert XVFB is not None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        number = _read_display(read_end, server)
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


def _read_display(read_end: int, server: subprocess.Popen[bytes]) -> str:
    """The display number Xvfb writes to its -displayfd when it is ready."""
    deadline = time.monotonic() + 10
    text = b""
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([read_end], [], [], 0.1)
        if ready:
            chunk = os.read(read_end, 16)
            assert chunk, "Xvfb closed its display pipe without naming a display"
            text += chunk
        assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
    return text.decode().strip()


def x_environment(display: str) -> dict[str, str]:
    """The environment for a process drawing on `display` through Qt's xcb platform."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env
