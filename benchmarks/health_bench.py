"""Health reports never slow the kiosk: the longest event-loop gap while it reports to a
share that has vanished, to one that hangs, and to working folders."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.kiosk_bench import live_kiosk, wait_until
from benchmarks.suite import SUITE, GapMeter, Result, percentile

REPORTS = 100  # reports asked for, one every 10 ms (a kiosk reports once a minute)


@contextlib.contextmanager
def _folders(kind: str) -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory() as root:
        base = Path(root)
        if kind == "vanished":
            yield {"health__report_dir": str(base / "gone"), "kiosk__name": "bench"}
        elif kind == "hanging":
            share = base / "share"
            share.mkdir()
            pipe = share / f".bench.json.{os.getpid()}.tmp"
            os.mkfifo(pipe)  # opening it for writing blocks, as a share that stopped answering
            try:
                yield {"health__report_dir": str(share), "kiosk__name": "bench"}
            finally:
                fd = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # let the hung write go
                os.close(fd)
        else:
            (base / "textfile").mkdir()
            (base / "share").mkdir()
            yield {
                "health__textfile_dir": str(base / "textfile"),
                "health__report_dir": str(base / "share"),
                "kiosk__name": "bench",
            }


def _longest_gap(kind: str) -> tuple[float, float, int]:
    with _folders(kind) as values, live_kiosk(**values) as kiosk:
        health = kiosk.health  # type: ignore[attr-defined]
        meter = GapMeter(2)
        health.start()
        for _ in range(REPORTS):
            health.report_now()
            deadline = time.perf_counter() + 0.01
            wait_until(lambda until=deadline: time.perf_counter() > until)
        gaps = meter.stop()
        written = sum(d.written for d in health.destinations)
        health.stop()
    return max(gaps), percentile(gaps, 0.95), written


@SUITE.register("health_stall")
def health_stall() -> list[Result]:
    results = []
    for kind, words in (
        ("working", "to a textfile folder and a share that work"),
        ("vanished", "to a share folder that has vanished"),
        ("hanging", "to a share whose writes hang (a named pipe nobody reads)"),
    ):
        longest, p95, written = _longest_gap(kind)
        results.append(
            Result(
                f"health_stall_ms_{kind}",
                longest,
                "ms",
                50,
                f"longest event-loop gap while the kiosk reports {REPORTS} times {words} "
                f"(p95 {p95:.1f} ms, ticks of 2 ms; {written} reports written)",
            )
        )
    return results
