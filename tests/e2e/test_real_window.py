"""The kiosk as IT runs it: a real process on a real X server (Xvfb), locked down, filling
the screen even though no window manager is there to help."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.pin import write_pin_file
from tests.helpers.kiosk import seed_store

XVFB = shutil.which("Xvfb")
pytestmark = pytest.mark.skipif(
    XVFB is None, reason="Xvfb is not installed (.ci/setup installs it)"
)


@pytest.fixture
def display() -> Iterator[str]:
    assert XVFB is not None
    for number in range(91, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    server = subprocess.Popen(
        [XVFB, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def run_kiosk(display: str, data: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), *args, "--exit-after-first-frame"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_kiosk_mode_fills_the_screen_under_x(
    display: str, tmp_path: Path, sample_catalog: Path
) -> None:
    seed_store(tmp_path, sample_catalog)
    write_pin_file(tmp_path, "482613")
    config = tmp_path / "kiosk.toml"
    config.write_text("[kiosk]\nlockdown = true\n")
    line = run_kiosk(display, tmp_path, "--config", str(config))
    assert line == "first-frame window 0,0,1920x1080 screen 1920x1080"


def test_without_a_pin_lockdown_is_refused_and_the_log_says_why(
    display: str, tmp_path: Path, sample_catalog: Path
) -> None:
    seed_store(tmp_path, sample_catalog)
    line = run_kiosk(display, tmp_path)  # lockdown is on by default
    assert line.endswith("x768 screen 1920x1080")  # the preview window, not the whole screen
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "lockdown refused: no staff PIN is set (kiosk-admin set-pin)" in log
    assert "started (preview mode)" in log


def test_preview_mode_is_an_ordinary_window_under_x(
    display: str, tmp_path: Path, sample_catalog: Path
) -> None:
    seed_store(tmp_path, sample_catalog)
    line = run_kiosk(display, tmp_path, "--windowed")
    assert line.startswith("first-frame window ")
    assert line.endswith("x768 screen 1920x1080")  # a 1366x768 window on a bigger screen
