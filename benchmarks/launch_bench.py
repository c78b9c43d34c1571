"""Launch on a real X display (Xvfb, no window manager): spawn to the first full frame of a
bare PySide6 window, the locked kiosk and the frozen kiosk side by side, the first tap
(Attract -> Home) and the kiosk's idle memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bundle_bench import bundle_folder
from benchmarks.kiosk_bench import rss_mb
from benchmarks.suite import SUITE, Result, percentile
from benchmarks.xscreen import Screen

ROOT = Path(__file__).resolve().parent.parent
SIZE = "1280x800x24"
ROUNDS = int(os.environ.get("LAUNCH_ROUNDS", "7"))
TAPS = int(os.environ.get("LAUNCH_TAPS", "5"))
# The screen is grabbed when X reports drawing (see xscreen), and this often even without.
BACKSTOP_S = 0.1
# Settled: no pixel changed for this long. The attract screen next changes when Read aloud
# appears (its voices load in a thread, seconds later) and when its highlight turns (7 s).
QUIET_S = 1.0
TAP_AFTER_S = 5.0  # the later taps: long after the other screens and the voices are ready
TIMEOUT_S = 30.0
PIN = "2468"


@dataclass(frozen=True)
class Settled:
    ms: float  # from the mark to the first grab equal to the settled picture
    picture: int  # the settled picture's checksum
    pictures: int  # how many times the picture changed on the way
    grabs: int


def _alive(process: subprocess.Popen[bytes], mark: float) -> None:
    if process.poll() is not None:
        raise RuntimeError(f"{process.args!r} ended with {process.returncode}")
    if time.perf_counter() - mark > TIMEOUT_S:
        raise RuntimeError(f"{process.args!r}: the screen did not settle")


def watch(screen: Screen, mark: float, leave: int, process: subprocess.Popen[bytes]) -> Settled:
    """Grab the whole screen whenever something is drawn (and every BACKSTOP_S) until it
    shows a picture other than `leave` that stays unchanged for QUIET_S; time the first grab
    showing that picture."""
    latest = screen.grab()
    changes = [latest]  # the grabs where the picture changed
    grabs = 1
    while (quiet := changes[-1].at + QUIET_S - time.perf_counter()) > 0 or latest.picture == leave:
        _alive(process, mark)
        screen.wait(min(BACKSTOP_S, quiet) if quiet > 0 else BACKSTOP_S)
        latest = screen.grab()
        grabs += 1
        if latest.picture != changes[-1].picture:
            changes.append(latest)
    settled = next(g for g in changes if g.picture == latest.picture)
    return Settled((settled.at - mark) * 1000, latest.picture, len(changes) - 1, grabs)


def wait_for(screen: Screen, picture: int, process: subprocess.Popen[bytes] | None) -> float:
    """Grab as the screen is drawn until it shows `picture`; the time of that grab."""
    mark = time.perf_counter()
    while (grab := screen.grab()).picture != picture:
        if process is not None:
            _alive(process, mark)
        elif time.perf_counter() - mark > TIMEOUT_S:
            raise RuntimeError("the screen never showed the picture waited for")
        screen.wait(BACKSTOP_S)
    return grab.at


@dataclass(frozen=True)
class Stage:
    """One X server for the whole run, the empty screen it shows, and the kiosk's data folder
    (locked: a staff PIN is set, and the sample catalog is installed)."""

    screen: Screen
    env: dict[str, str]
    data: Path
    empty: int

    @contextmanager
    def running(self, command: list[str]) -> Iterator[tuple[float, subprocess.Popen[bytes]]]:
        """Spawn `command`, yield (spawn time, process); kill it and wait for the empty screen."""
        mark = time.perf_counter()
        process = subprocess.Popen(
            command, env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            yield mark, process
        finally:
            process.kill()
            process.wait(timeout=30)
            # Killed, it left its lock behind: the next kiosk must not spend time on it.
            (self.data / "kiosk.lock").unlink(missing_ok=True)
            wait_for(self.screen, self.empty, None)

    def launch(self, command: list[str]) -> Settled:
        with self.running(command) as (mark, process):
            return watch(self.screen, mark, self.empty, process)

    def tap(self, command: list[str], attract: int | None) -> tuple[Settled, float]:
        """Launch, tap the middle of the screen and watch Home settle; (Home, tap time after
        spawn in ms). With `attract` (the settled attract picture) the tap comes as soon as
        the screen shows it; else TAP_AFTER_S after spawn, once the screen is still."""
        width, height = self.screen.size
        with self.running(command) as (mark, process):
            if attract is not None:
                wait_for(self.screen, attract, process)
            else:
                watch(self.screen, mark, self.empty, process)
                time.sleep(max(0.0, mark + TAP_AFTER_S - time.perf_counter()))
                attract = watch(self.screen, mark, self.empty, process).picture
            pressed = self.screen.tap(width // 2, height // 2)
            return watch(self.screen, pressed, attract, process), (pressed - mark) * 1000


@contextmanager
def stage() -> Iterator[Stage]:
    sys.path.insert(0, str(ROOT))
    from kiosk.paths import SAMPLE_CATALOG_SOURCE
    from kiosk.pin import write_pin_file
    from kiosk.sync.store import CatalogStore
    from tests.helpers.xvfb import x_environment, xvfb_display

    with tempfile.TemporaryDirectory() as folder, xvfb_display(SIZE) as display:
        data = Path(folder)
        write_pin_file(data, PIN)  # a staff PIN: the kiosk locks down
        CatalogStore(data).ensure_sample(SAMPLE_CATALOG_SOURCE)  # as its first launch would
        env = x_environment(display)
        # A kiosk's launch uses compiled bytecode (a frozen build always does), so the
        # benchmark lets Python keep its .pyc files even where the environment says not to.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        screen = Screen(display)
        try:
            yield Stage(screen, env, data, screen.grab().picture)
        finally:
            screen.close()


def _locked(data: Path) -> None:
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    if "started (kiosk mode)" not in log or "lockdown refused" in log:
        raise RuntimeError("the kiosk did not lock down: the benchmark measures the locked one")


def _stats(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples):.0f} ms, p95 {percentile(samples, 0.95):.0f}, "
        f"max {max(samples):.0f}, n={len(samples)}"
    )


def forget(data: Path) -> None:
    from kiosk.ui.launchscreen import forget as forget_picture

    forget_picture(data)


@SUITE.register("launch")
def launch() -> list[Result]:
    frozen_kiosk = str(bundle_folder() / "kiosk")
    with stage() as on:
        programs = {
            "bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
            "kiosk": [sys.executable, "-m", "kiosk", "--data-dir", str(on.data)],
            "frozen": [frozen_kiosk, "--data-dir", str(on.data)],
        }
        for command in programs.values():  # warm: bytecode, the disk cache, fonts
            on.launch(command)
        _locked(on.data)
        runs: dict[str, list[Settled]] = {name: [] for name in [*programs, "no_picture"]}
        for _ in range(ROUNDS):  # interleaved: all of them see the same machine
            for name, command in programs.items():
                runs[name].append(on.launch(command))
            # As after an install or an update: no picture of the attract screen yet.
            forget(on.data)
            runs["no_picture"].append(on.launch(programs["kiosk"]))
        attract = runs["kiosk"][-1].picture
        early = [on.tap(programs["kiosk"], attract) for _ in range(TAPS)]
        later = [on.tap(programs["kiosk"], None) for _ in range(TAPS)]
        with on.running(programs["kiosk"]) as (_, process):
            time.sleep(4)  # settled on the attract screen
            idle = rss_mb(process.pid)
    return _results(runs, early, later, idle)


def _results(
    runs: dict[str, list[Settled]],
    early: list[tuple[Settled, float]],
    later: list[tuple[Settled, float]],
    idle: float,
) -> list[Result]:
    ms = {name: [s.ms for s in settled] for name, settled in runs.items()}
    median = {name: statistics.median(samples) for name, samples in ms.items()}
    grabs = [s.grabs for settled in runs.values() for s in settled]
    pictures = {name: len({s.picture for s in settled}) for name, settled in runs.items()}
    how = (
        f"spawn to the first grab equal to the settled picture (unchanged for {QUIET_S:g} s), "
        f"whole screen {SIZE} on Xvfb without a window manager, grabbed whenever X reported "
        f"drawing and every {BACKSTOP_S * 1000:.0f} ms ({statistics.median(grabs):.0f} grabs a "
        "launch)"
    )
    tap_ms, tap_at = [h.ms for h, _ in later], [at for _, at in later]
    early_ms, early_at = [h.ms for h, _ in early], [at for _, at in early]
    return [
        Result(
            "first_frame_ms",
            median["kiosk"],
            "ms",
            None,
            f"locked kiosk, catalog installed, opening on the picture of its attract screen "
            f"its last launch saved: {_stats(ms['kiosk'])}; {how}; "
            f"{pictures['kiosk']} distinct settled picture(s)",
        ),
        Result(
            "first_frame_no_picture_ms",
            median["no_picture"],
            "ms",
            None,
            "the same kiosk with no launch screen saved (its first launch after an install or "
            f"an update): {_stats(ms['no_picture'])}; "
            f"{median['no_picture'] / median['bare']:.2f}x the bare window",
        ),
        Result(
            "first_frame_bare_ms",
            median["bare"],
            "ms",
            None,
            f"a bare PySide6 window of the same size: {_stats(ms['bare'])}",
        ),
        Result(
            "first_frame_vs_bare_ratio",
            median["kiosk"] / median["bare"],
            "x",
            1.4,
            f"median kiosk / median bare window, {len(ms['kiosk'])} interleaved rounds",
        ),
        Result(
            "frozen_first_frame_ratio",
            median["frozen"] / median["kiosk"],
            "x",
            1.1,
            f"frozen {_stats(ms['frozen'])} / unfrozen median; same picture as unfrozen: "
            f"{runs['frozen'][-1].picture == runs['kiosk'][-1].picture}",
        ),
        Result(
            "first_tap_ms",
            statistics.median(tap_ms),
            "ms",
            100,
            f"tap in the middle of the attract screen to Home settled: {_stats(tap_ms)}; tapped "
            f"{min(tap_at) / 1000:.1f}-{max(tap_at) / 1000:.1f} s after spawn, the other "
            f"screens built and the voices loaded by then; tapped as early as possible, at the "
            f"first full frame ({statistics.median(early_at):.0f} ms after spawn): "
            f"{_stats(early_ms)}",
        ),
        Result(
            "idle_rss_mb",
            idle,
            "MB",
            150,
            "resident memory of the locked kiosk process 4 s after launch, on the attract screen",
        ),
    ]
