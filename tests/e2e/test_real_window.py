"""The kiosk as IT runs it: a real process on a real X server (Xvfb), locked down, filling
the screen even though no window manager is there to help."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.pin import write_pin_file
from tests.helpers.kiosk import seed_store
from tests.helpers.xvfb import needs_xvfb, x_environment, xvfb_display

pytestmark = needs_xvfb


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb_display() as name:
        yield name


def run_kiosk(display: str, data: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), *args, "--exit-after-first-frame"],
        env=x_environment(display),
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


GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
app.primaryScreen().grabWindow(0).save(sys.argv[1])
"""


def locked_data(data: Path, catalog: Path) -> Path:
    """A data folder for a locked kiosk: its catalog and a staff PIN."""
    seed_store(data, catalog)
    write_pin_file(data, "482613")
    return data


def run_locked_until(
    display: str, data: Path, done: Callable[[], bool], grab: Path | None = None
) -> None:
    """Run the locked kiosk on `data` until `done()` holds; with `grab`, then save the
    screen there (half a second later: nothing moves for a while, the highlights wait 7 s)."""
    env = x_environment(display)
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data)]
    kiosk = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not done():
            assert kiosk.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        if grab is not None:
            time.sleep(0.5)
            subprocess.run([sys.executable, "-c", GRAB, str(grab)],
                           env=env, check=True, timeout=60)  # fmt: skip
    finally:
        kiosk.terminate()
        kiosk.wait(timeout=30)


def said(log: Path, words: str) -> Callable[[], bool]:
    return lambda: log.exists() and words in log.read_text(encoding="utf-8")


def test_the_next_launch_opens_on_its_picture_and_the_live_kiosk_matches_it(
    display: str, tmp_path: Path, sample_catalog: Path
) -> None:
    from PySide6.QtGui import QImage

    from kiosk.ui.launchscreen import ABOUT, PICTURE

    data, screen = locked_data(tmp_path, sample_catalog), tmp_path / "screen.png"
    log = tmp_path / "logs" / "kiosk.log"
    # The first launch keeps its picture.
    run_locked_until(display, data, (data / ABOUT).exists, grab=screen)
    first = QImage(str(screen))
    picture = QImage(str(tmp_path / PICTURE))
    assert picture.size() == first.size()
    # The second opens on it, and the live kiosk takes its place.
    run_locked_until(display, data, said(log, "the launch screen gave way"), grab=screen)
    second = QImage(str(screen))
    converted = picture.convertToFormat(second.format())
    assert converted == second  # the live screen is the picture, pixel for pixel


def test_a_kiosk_out_of_service_behind_the_picture_shows_it_and_the_picture_goes(
    display: str, tmp_path: Path, sample_catalog: Path
) -> None:
    from kiosk.ui.launchscreen import ABOUT

    data = locked_data(tmp_path, sample_catalog)
    log = tmp_path / "logs" / "kiosk.log"
    run_locked_until(display, data, (data / ABOUT).exists)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "kiosk.toml").write_text("[kiosk]\nlockdwn = true\n")  # a typo
    log.unlink()
    # The picture comes up first; the live kiosk then finds it cannot serve and says so, and
    # the next launch will not show the picture again.
    run_locked_until(display, data, said(log, "the launch screen gave way"))
    text = log.read_text(encoding="utf-8")
    assert "configuration error CFG-" in text and "out of service" in text
    assert not (tmp_path / ABOUT).exists()


SHOWN_WITH = """
import sys
import kiosk.ui.launchscreen as screen
shown = screen.show_saved
def show(data):
    picture = shown(data)
    loaded = sorted(m for m in sys.modules if m.startswith("kiosk"))
    qt = sorted(m for m in sys.modules if m.startswith("PySide6.Qt"))
    print("ON THE SCREEN", picture is not None, " ".join(loaded), "|", " ".join(qt), flush=True)
    return picture
screen.show_saved = show
from kiosk.launch import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_launch_screen_is_up_before_the_kiosk_is_imported(
    display: str, tmp_path: Path, sample_catalog: Path
) -> None:
    from kiosk.ui.launchscreen import ABOUT

    data = locked_data(tmp_path, sample_catalog)
    run_locked_until(display, data, (data / ABOUT).exists)
    env = x_environment(display)
    result = subprocess.run(
        [sys.executable, "-c", SHOWN_WITH, "--data-dir", str(tmp_path), "--exit-after-first-frame"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("ON THE SCREEN"))
    shown, _, rest = line.removeprefix("ON THE SCREEN ").partition(" ")
    ours, _, qt = rest.partition(" | ")
    assert shown == "True"
    # Only what it takes to find and show the picture: not the catalog, the screens, the
    # configuration or any service.
    assert ours.split() == [
        "kiosk",
        "kiosk.launch",
        "kiosk.paths",
        "kiosk.ui",
        "kiosk.ui.launchscreen",
    ]
    assert qt.split() == ["PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"]
