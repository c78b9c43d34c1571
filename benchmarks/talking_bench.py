"""Talking mode: from a key press to the speech engine's say call, on a course screen and on
search with results, at 100k offerings (Qt's mock engine, which returns at once)."""

from __future__ import annotations

import time

from benchmarks.catalog_bench import built_catalog
from benchmarks.kiosk_bench import live_kiosk, settle, wait_until
from benchmarks.suite import SUITE, Result, percentile, summary

PRESSES = 60  # per screen, after a few to warm up


@SUITE.register("focus_speech")
def focus_speech() -> list[Result]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    samples: list[float] = []
    with live_kiosk(built_catalog("100k"), speech__engine="mock") as kiosk:
        speech, window = kiosk.speech, kiosk.window  # type: ignore[attr-defined]
        speech.load()
        wait_until(lambda: speech.loaded)
        said: list[float] = []
        # Stamped in the speech thread, right after the engine's say() returns.
        speech._speaker.started.connect(
            lambda _text: said.append(time.perf_counter()), Qt.ConnectionType.DirectConnection
        )
        window.talking.turn_on()
        for screen, arg in (("course", "HS-310"), ("search", None)):
            if screen == "search":
                kiosk.session.search_text = "nurs"  # type: ignore[attr-defined]
            window.nav.go(screen, arg)
            settle()
            for press in range(PRESSES + 5):
                count = len(said)
                start = time.perf_counter()
                QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)
                wait_until(lambda count=count: len(said) > count)
                if press >= 5:
                    samples.append((said[-1] - start) * 1000)
                if window.talking.current is window.talking.stops()[-1]:
                    before = len(said)
                    window.talking.move(forward=False)  # stay inside the screen
                    wait_until(lambda before=before: len(said) > before)
    return [
        Result(
            "focus_speech_p95_ms",
            percentile(samples, 0.95),
            "ms",
            50,
            "talking mode: Down pressed to the speech engine's say call, course screen and "
            "search results, 100k offerings; " + summary(samples),
        )
    ]
