"""The benchmark registry, the result table and the JSON report."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"


@dataclass(frozen=True)
class Result:
    key: str  # the JSON key, e.g. search_p95_ms_100k
    value: float
    unit: str
    target: float | None = None  # an upper bound; None means "reported only"
    detail: str = ""

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.value <= self.target


@dataclass
class Suite:
    benchmarks: dict[str, Callable[[], list[Result]]] = field(default_factory=dict)

    def register(
        self, name: str
    ) -> Callable[[Callable[[], list[Result]]], Callable[[], list[Result]]]:
        def add(function: Callable[[], list[Result]]) -> Callable[[], list[Result]]:
            self.benchmarks[name] = function
            return function

        return add


SUITE = Suite()


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(samples_ms: list[float]) -> str:
    return (
        f"median {statistics.median(samples_ms):.2f} ms, p95 "
        f"{percentile(samples_ms, 0.95):.2f} ms, max {max(samples_ms):.2f} ms, "
        f"n={len(samples_ms)}"
    )


def machine() -> dict[str, object]:
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "python_loop_s": python_loop_s(),
    }


def python_loop_s() -> float:
    """How fast this machine runs plain Python now (best of 3, ten million additions): the
    same kind of machine has run at half speed on some days, and figures from two days
    compare only beside this one."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for number in range(10_000_000):
            total += number
        best = min(best, time.perf_counter() - start)
    return round(best, 3)


def table(results: list[Result]) -> str:
    rows = [("benchmark", "value", "target", "status", "detail")]
    for r in results:
        target = "-" if r.target is None else f"<= {r.target:g} {r.unit}"
        status = {None: "", True: "met", False: "MISSED"}[r.met]
        rows.append((r.key, f"{r.value:.2f} {r.unit}", target, status, r.detail))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        lines.append("  ".join(cells) + "  " + row[4])
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def write_json(results: list[Result], path: Path) -> None:
    report = {r.key: round(r.value, 3) for r in results}
    report["machine"] = machine()
    report["results"] = [asdict(r) | {"met": r.met} for r in results]
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


class GapMeter:
    """How long the Qt event loop goes without running a timer of `interval_ms` (the
    longest gap is the longest stall a student would feel)."""

    def __init__(self, interval_ms: int) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.ends: list[float] = []  # when each gap ended (perf_counter seconds)
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(interval_ms)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self.ends.append(now)
        self._last = now

    def stop(self) -> list[float]:
        self._timer.stop()
        return self.gaps
