"""Health reports are written off the window's thread: the Prometheus textfile as the
exporters read it, never half-written, and a failing or hanging folder logged once."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from kiosk.fleet.errors import ErrorCounter
from kiosk.fleet.figures import KioskFigures
from kiosk.fleet.textfile import TEXTFILE, write_textfile
from kiosk.fleet.writer import Destination
from tests.helpers.fleet import healthy

METRICS = {
    "cte_kiosk_info",
    "cte_kiosk_catalog_version",
    "cte_kiosk_in_service",
    "cte_kiosk_sync_last_success_timestamp_seconds",
    "cte_kiosk_sync_last_check_timestamp_seconds",
    "cte_kiosk_sync_last_result",
    "cte_kiosk_sessions_today",
    "cte_kiosk_errors_total",
    "cte_kiosk_started_timestamp_seconds",
    "cte_kiosk_printer_ready",
    "cte_kiosk_speech_ready",
    "cte_kiosk_display_awake",
    "cte_kiosk_report_interval_seconds",
}


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a textfile, by name and labels, read with prometheus_client's parser."""
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def test_the_textfile_carries_every_metric_with_its_value(tmp_path: Path) -> None:
    figures = healthy(sessions_today=7, errors_total=2, speech_ready=False, catalog_sample=True)
    path = write_textfile(tmp_path, figures)
    assert path == tmp_path / TEXTFILE
    found = samples(path.read_text(encoding="utf-8"))
    assert {name for name, _ in found} == METRICS
    info = next(labels for name, labels in found if name == "cte_kiosk_info")
    assert dict(info) == {
        "name": "kiosk-a",
        "app_version": "0.1.0",
        "catalog_version": "4",
        "catalog_created": "2026-11-30T09:00:00+00:00",
        "sample": "true",
    }
    assert found[("cte_kiosk_sessions_today", ())] == 7
    assert found[("cte_kiosk_errors_total", ())] == 2
    assert found[("cte_kiosk_speech_ready", ())] == 0
    assert found[("cte_kiosk_printer_ready", ())] == 1
    assert found[("cte_kiosk_sync_last_success_timestamp_seconds", ())] == figures.sync_last_success
    results = {
        dict(labels)["result"]: v for (n, labels), v in found.items() if n.endswith("_result")
    }
    assert results == {"updated": 0, "current": 1, "failed": 0, "never": 0, "off": 0}
    assert [p.name for p in tmp_path.iterdir()] == [TEXTFILE]  # no temporary file left


def test_a_reader_racing_the_writer_never_sees_half_a_file(tmp_path: Path) -> None:
    write_textfile(tmp_path, healthy(sessions_today=0))
    stop = threading.Event()
    seen: list[float] = []
    problems: list[str] = []

    def read() -> None:
        while not stop.is_set():
            text = (tmp_path / TEXTFILE).read_text(encoding="utf-8")
            found = samples(text)
            if {name for name, _ in found} != METRICS:
                problems.append(text)
            seen.append(found[("cte_kiosk_sessions_today", ())])

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for n in range(300):
            write_textfile(tmp_path, healthy("k" * (1 + n * 37 % 60), sessions_today=n))
    finally:
        stop.set()
        reader.join()
    assert problems == []
    assert len(seen) > 10 and len(set(seen)) > 2  # it really read while the writes went on
    assert seen == sorted(seen)  # each read saw a whole file, old or new


def written_by(destination: Destination, count: int) -> None:
    deadline = time.monotonic() + 10
    while destination.written < count:
        assert time.monotonic() < deadline, "the report was not written"
        time.sleep(0.005)


@pytest.mark.allow_log("health report to share not written", level="WARNING")
def test_a_failing_folder_is_logged_once_and_again_when_it_works(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = threading.Event()
    broken.set()
    done = threading.Semaphore(0)
    wrote: list[KioskFigures] = []

    def write(figures: KioskFigures) -> Path:
        try:
            if broken.is_set():
                raise OSError(53, "The network path was not found")
            wrote.append(figures)
            return Path("x")
        finally:
            done.release()

    destination = Destination("share", write, timeout=30)
    try:
        for n in range(5):
            destination.submit(healthy(sessions_today=n))
            assert done.acquire(timeout=10)
        broken.clear()
        with caplog.at_level(logging.INFO):
            destination.submit(healthy(sessions_today=9))
            assert done.acquire(timeout=10)
    finally:
        destination.stop()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "The network path was not found" in warnings[0].getMessage()
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.INFO] == [
        "health report to share written again"
    ]
    assert [f.sessions_today for f in wrote] == [9]
    assert wrote[0].written > 0  # stamped when written


@pytest.mark.allow_log("the folder has not answered for 20 s", level="WARNING")
def test_a_hanging_folder_never_holds_up_the_caller(caplog: pytest.LogCaptureFixture) -> None:
    hang = threading.Event()
    clock = [100.0]
    wrote: list[int] = []

    def write(figures: KioskFigures) -> Path:
        hang.wait()
        wrote.append(figures.sessions_today)
        return Path("x")

    destination = Destination("share", write, timeout=20, clock=lambda: clock[0])
    try:
        destination.submit(healthy(sessions_today=1))
        time.sleep(0.05)  # the worker takes it and hangs in the write
        for n in range(2, 6):  # each returns at once; the newest waits
            clock[0] += 15
            started = time.monotonic()
            destination.submit(healthy(sessions_today=n))
            assert time.monotonic() - started < 1.0
        assert wrote == []
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1
        hang.set()
        written_by(destination, 2)
    finally:
        destination.stop()
    assert wrote == [1, 5]  # what it missed is skipped: only the newest figures matter


def test_errors_are_counted_from_any_thread() -> None:
    told: list[int] = []
    counter = ErrorCounter(lambda: told.append(1))
    logger = logging.getLogger("kiosk.test-errors")
    logger.addHandler(counter)
    logger.propagate = False
    try:
        logger.warning("not an error")
        logger.error("one")
        worker = threading.Thread(target=lambda: logger.critical("two"))
        worker.start()
        worker.join()
    finally:
        logger.removeHandler(counter)
        logger.propagate = True
    assert counter.count == 2 and len(told) == 2


def test_figures_stamp_only_when_written() -> None:
    assert replace(healthy(), written=0.0).written == 0.0
