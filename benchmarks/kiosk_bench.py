"""Kiosk benchmarks on the real window, in this process: screen changes, keystrokes on a 100k
catalog, read aloud's stalls and memory growth over a 20,000-tap soak (launch is measured by
launch_bench, in a process of its own on a real X display)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.catalog_bench import built_catalog
from benchmarks.suite import SUITE, GapMeter, Result, percentile, summary

ROOT = Path(__file__).resolve().parent.parent


def rss_mb(pid: int | None = None) -> float:
    """Resident memory now (Linux /proc), in MiB."""
    status = Path(f"/proc/{pid or os.getpid()}/status").read_text()
    line = next(ln for ln in status.splitlines() if ln.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


@contextmanager
def live_kiosk(catalog: Path | None = None, **values: object) -> Iterator[object]:
    """An in-process kiosk window at 1920x1080 (offscreen), on `catalog` or the sample, with
    configuration `values` (e.g. speech__engine="mock") over the defaults."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create
    from kiosk.config import defaults
    from kiosk.sync.store import CatalogStore

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        if catalog is not None:
            store = CatalogStore(data)
            store.folder.mkdir(parents=True)
            (store.folder / catalog.name).symlink_to(catalog)
            store.switch_to(catalog.name)
        kiosk = create(
            defaults().with_values(**values),
            data,
            kiosk_mode=False,
            printer=lambda: None,
            sample_source=None if catalog is not None else ROOT / "resources" / "sample-catalog",
        )
        kiosk.window.resize(1920, 1080)
        kiosk.window.show()
        app.processEvents()
        try:
            yield kiosk
        finally:
            kiosk.window.close()
            kiosk.catalog.close()
            app.processEvents()


def settle() -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # pending timers (search), layout, then painting
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_until(done: Callable[[], bool]) -> None:
    from PySide6.QtWidgets import QApplication

    while not done():
        QApplication.processEvents()
        time.sleep(0.0005)


@SUITE.register("speech_stall")
def speech_stall() -> list[Result]:
    """Read aloud must never block the screen: the longest event-loop gap while the speech
    engine loads (Qt's speech module is imported for the first time in this process) and
    while a course screen is handed to it."""
    with live_kiosk(speech__engine="mock") as kiosk:
        speech, window = kiosk.speech, kiosk.window  # type: ignore[attr-defined]
        window.nav.go("course", "HS-310")  # a screen change is measured by screens, not here
        settle()
        meter = GapMeter(2)
        started = time.perf_counter()
        speech.load()
        wait_until(lambda: speech.loaded)
        load_ms = (time.perf_counter() - started) * 1000
        window.read_aloud.toggle()  # the course's text to the engine
        wait_until(lambda: speech.speaking)
        wait_until(lambda: time.perf_counter() - started > 0.5)  # reading for a while
        window.read_aloud.toggle()  # Stop reading
        wait_until(lambda: time.perf_counter() - started > 0.7)
        gaps = meter.stop()
        assert speech.can_speak("en") and not speech.speaking
    return [
        Result(
            "speech_stall_ms",
            max(gaps),
            "ms",
            50,
            f"longest event-loop gap on a course screen while the mock engine loads in its "
            f"thread ({load_ms:.0f} ms in all), reads the course and stops (p95 "
            f"{percentile(gaps, 0.95):.1f} ms over {len(gaps)} ticks of 2 ms)",
        )
    ]


@SUITE.register("screens")
def screens() -> list[Result]:
    route = [
        ("home", None),
        ("interests", None),
        ("browse", None),
        ("sector", "HS"),
        ("course", "HS-310"),
        ("counselor", None),
        ("about", None),
        ("quiz", None),
        ("search", None),
        ("mylist", None),
    ]
    samples = []
    with live_kiosk() as kiosk:
        window = kiosk.window  # type: ignore[attr-defined]
        kiosk.session.toggle_interest("INT-HEALTH")  # type: ignore[attr-defined]
        kiosk.session.toggle_course("HS-310")  # type: ignore[attr-defined]
        for round_ in range(12):
            for name, arg in route:
                start = time.perf_counter()
                window.nav.go(name, arg)
                settle()
                if round_ > 1:  # the first rounds warm caches and fonts
                    samples.append((time.perf_counter() - start) * 1000)
            window.nav.start_over()
            settle()
    return [
        Result(
            "screen_change_p95_ms",
            percentile(samples, 0.95),
            "ms",
            50,
            "tap handler to the next screen laid out and painted, 1920x1080; " + summary(samples),
        )
    ]


@SUITE.register("keystroke")
def keystroke() -> list[Result]:
    words = [
        "nursing",
        "welding",
        "auto tech",
        "intro",
        "cyber",
        "enfermeria",
        "huli",
        "y ta",
        "syn 00012",
        "ma",
        "co",
        "advanced robotics",
        "solar",
        "children",
    ]
    samples = []
    with live_kiosk(built_catalog("100k")) as kiosk:
        window = kiosk.window  # type: ignore[attr-defined]
        window.nav.go("search")
        settle()
        screen = window.nav.current_screen()
        keys = screen.keyboard.keys
        for word in words * 2:
            screen.keyboard.clear_all.click()
            settle()
            for letter in word:
                key = screen.keyboard.space if letter == " " else keys[letter]
                start = time.perf_counter()
                key.click()
                settle()
                samples.append((time.perf_counter() - start) * 1000)
    return [
        Result(
            "keystroke_p95_ms_100k",
            percentile(samples, 0.95),
            "ms",
            16,
            "on-screen key press to results laid out and painted, 100k offerings; "
            + summary(samples),
        )
    ]


@SUITE.register("soak")
def soak() -> list[Result]:
    sys.path.insert(0, str(ROOT))
    from tests.helpers.soak import random_taps

    with live_kiosk() as kiosk:
        window = kiosk.window  # type: ignore[attr-defined]
        random_taps(window, 2000, seed=1)  # warm up: fonts, caches, every screen once
        before = rss_mb()
        started = time.perf_counter()
        random_taps(window, 20_000, seed=2)
        seconds = time.perf_counter() - started
        after = rss_mb()
    return [
        Result(
            "soak_rss_growth_mb",
            after - before,
            "MB",
            10,
            f"resident memory after 20,000 random taps minus before ({before:.0f} -> "
            f"{after:.0f} MB), with session wipes every 250 taps; {seconds:.0f} s",
        )
    ]
