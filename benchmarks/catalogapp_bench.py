"""The Catalog window checking a 100k-offering workbook: the longest stall of its event loop
from opening the workbook until the problems are in the table and painted, on a clean
workbook (as CSV sheets and as one .xlsx file) and on one with 5,000 problems (the table is
filled in the window's thread)."""

from __future__ import annotations

import csv
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.catalog_bench import catalog_source, workbook_100k
from benchmarks.kiosk_bench import settle
from benchmarks.suite import CACHE, SUITE, GapMeter, Result, percentile
from benchmarks.synthetic import GENERATOR_VERSION

RUNS = 3
PROBLEMS = 5_000  # half errors (a grade that is not a number), half warnings (credit, no college)
AFTER_MS = 300  # the loop keeps running this long after the check, for the table's paint
TIMEOUT_MS = 120_000


@dataclass(frozen=True)
class Run:
    longest_ms: float  # the longest gap, open() to AFTER_MS past the filled table
    after_ms: float  # the longest gap that began once the check was done: fill and paint
    check_s: float  # open() to the worker's result
    fill_ms: float  # the worker's result to the table filled (the window's slot returned)
    p95_ms: float
    ticks: int
    problems: int


def problem_source() -> Path:
    """The 100k workbook with PROBLEMS problems, as a CSV folder."""
    folder = CACHE / f"synthetic-100k-v{GENERATOR_VERSION}-problems"
    if not folder.exists():
        making = folder.with_suffix(".making")
        shutil.rmtree(making, ignore_errors=True)
        shutil.copytree(catalog_source("100k"), making)
        _spoil(making / "courses.csv")
        making.rename(folder)
    return folder


def _spoil(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    half = PROBLEMS // 2
    for row in table[:half]:
        row["grade_min"] = "eleven"
    for row in table[half:PROBLEMS]:
        row |= {"college_credit": "yes", "partner_college": ""}
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(table[0]))
        writer.writeheader()
        writer.writerows(table)


@contextmanager
def checks_stamped(stamps: list[float]) -> Iterator[None]:
    """Each check's end stamped in the checking thread, as its result is ready."""
    from kiosk.catalogapp import checker

    check = checker.check_workbook

    def stamped(*args: Any, **kwargs: Any) -> Any:
        outcome = check(*args, **kwargs)
        stamps.append(time.perf_counter())
        return outcome

    checker.check_workbook = stamped
    try:
        yield
    finally:
        checker.check_workbook = check


def one_run(source: Path) -> Run:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from kiosk.catalogapp.app import create

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "kiosk-catalog.ini"), QSettings.Format.IniFormat)
        window = create(settings)
        window.show()
        settle()
        done: list[float] = []
        filled: list[float] = []
        # Qt's own loop, as in the program: a loop in Python would take the interpreter lock
        # from the checking thread several times a turn, and measure its own waits for it.
        loop = QEventLoop()

        def checked(_outcome: object) -> None:
            filled.append(time.perf_counter())
            QTimer.singleShot(AFTER_MS, loop.quit)

        # Connected after the window's own slot, so it runs once the table is filled.
        window.session.checked.connect(checked)
        QTimer.singleShot(TIMEOUT_MS, loop.quit)
        meter = GapMeter(1)
        start = time.perf_counter()
        with checks_stamped(done):
            window.session.open(source)
            loop.exec()
        gaps = meter.stop()
        assert filled, f"no result within {TIMEOUT_MS} ms"
        problems = window.view.model().rowCount()
        window.close()
        settle()
    # A gap that began before the result was ready is the check's; those after, the table's.
    after = [gap for gap, end in zip(gaps, meter.ends, strict=True) if end - gap / 1000 > done[0]]
    return Run(
        longest_ms=max(gaps),
        after_ms=max(after),
        check_s=done[0] - start,
        fill_ms=(filled[0] - done[0]) * 1000,
        p95_ms=percentile(gaps, 0.95),
        ticks=len(gaps),
        problems=problems,
    )


def stall_result(key: str, source: Path, problems: int, what: str) -> Result:
    runs = [one_run(source) for _ in range(RUNS)]
    assert all(r.problems == problems for r in runs), [r.problems for r in runs]
    longest = [r.longest_ms for r in runs]

    def listed(values: list[float], digits: int = 1) -> str:
        return ", ".join(f"{v:.{digits}f}" for v in values)

    detail = (
        f"median of {RUNS}, max {max(longest):.1f} ms (runs {listed(longest)} ms); longest "
        f"event-loop gap (1 ms timer) from open() until {what} is in the table and painted; "
        f"after the check (fill and paint) {listed([r.after_ms for r in runs])} ms, result "
        f"to table filled {listed([r.fill_ms for r in runs])} ms; the check took "
        f"{listed([r.check_s for r in runs], 2)} s in its thread; p95 gap "
        f"{statistics.median(r.p95_ms for r in runs):.1f} ms over "
        f"{statistics.median(r.ticks for r in runs):.0f} ticks"
    )
    return Result(key, statistics.median(longest), "ms", 50, detail)


@SUITE.register("catalog_app_stall")
def catalog_app_stall() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    try:
        clean = stall_result(
            "catalog_app_stall_ms", catalog_source("100k"), 0, "its result (no problems)"
        )
        workbook = stall_result(
            "catalog_app_stall_ms_xlsx", workbook_100k(), 0, "its result (the workbook as .xlsx)"
        )
        spoiled = stall_result(
            "catalog_app_stall_ms_5k_problems",
            problem_source(),
            PROBLEMS,
            f"{PROBLEMS:,} problems",
        )
    finally:  # create() styled the whole application; later benchmarks get theirs back
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setStyle(style)
    return [clean, workbook, spoiled]
