"""The kiosk reports its health for IT: a Prometheus textfile and a status file with the
right figures after a sync, a session and an error, and a share that fails or hangs never
slows the kiosk."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.fleet.figures import KioskFigures
from kiosk.fleet.statusfile import read_status
from kiosk.fleet.textfile import TEXTFILE
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.gui.test_sync_in_kiosk import published
from tests.helpers.kiosk import tap
from tests.unit.test_health_writer import METRICS, samples


def prom(folder: Path) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    path = folder / TEXTFILE
    return samples(path.read_text(encoding="utf-8")) if path.exists() else {}


def value(folder: Path, name: str, **labels: str) -> float | None:
    return prom(folder).get((name, tuple(sorted(labels.items()))))


def status(folder: Path, name: str = "front-desk") -> KioskFigures | None:
    path = folder / f"{name}.json"
    return read_status(path) if path.exists() else None


@pytest.mark.allow_log(r"^a test error for the count$", level="ERROR")
def test_the_figures_follow_a_sync_a_session_and_an_error(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pub, trusted = published(tmp_path, version=7)
    metrics, share = tmp_path / "textfile", tmp_path / "share"
    metrics.mkdir()
    share.mkdir()
    kiosk = make_kiosk(
        printer=lambda: pdf_printer(tmp_path / "slip.pdf"),
        kiosk__name="front-desk",
        health__textfile_dir=str(metrics),
        health__report_dir=str(share),
        sync__source=str(pub),
        sync__trusted_keys=[trusted],
    )
    started = time.time()
    kiosk.health.start()
    qtbot.waitUntil(lambda: value(metrics, "cte_kiosk_printer_ready") == 1, timeout=10_000)
    first = prom(metrics)
    assert {name for name, _ in first} == METRICS
    assert first[("cte_kiosk_catalog_version", ())] == 1  # the seeded catalog
    assert first[("cte_kiosk_sync_last_result", (("result", "never"),))] == 1
    assert first[("cte_kiosk_sync_last_success_timestamp_seconds", ())] == 0
    assert first[("cte_kiosk_sessions_today", ())] == 0
    assert first[("cte_kiosk_errors_total", ())] == 0
    assert first[("cte_kiosk_display_awake", ())] == 1
    assert first[("cte_kiosk_in_service", ())] == 1
    assert abs(first[("cte_kiosk_started_timestamp_seconds", ())] - started) < 60

    with qtbot.waitSignal(kiosk.sync.finished, timeout=30_000):
        assert kiosk.sync.run_now()
    qtbot.waitUntil(lambda: value(metrics, "cte_kiosk_catalog_version") == 7, timeout=10_000)
    after_sync = prom(metrics)
    assert after_sync[("cte_kiosk_sync_last_result", (("result", "updated"),))] == 1
    assert after_sync[("cte_kiosk_sync_last_result", (("result", "never"),))] == 0
    assert after_sync[("cte_kiosk_sync_last_success_timestamp_seconds", ())] >= started - 1
    info = next(dict(labels) for name, labels in after_sync if name == "cte_kiosk_info")
    assert info["catalog_version"] == "7" and info["sample"] == "false"
    assert info["name"] == "front-desk"
    assert info["catalog_created"] == kiosk.context.repo.info().created.isoformat()

    tap(qtbot, kiosk.window.nav.current_screen())  # a student starts
    qtbot.waitUntil(lambda: value(metrics, "cte_kiosk_sessions_today") == 1, timeout=10_000)
    logging.getLogger("kiosk").error("a test error for the count")
    qtbot.waitUntil(lambda: value(metrics, "cte_kiosk_errors_total") == 1, timeout=10_000)

    def drop_has_it() -> bool:
        figures = status(share)
        return figures is not None and figures.errors_total == 1

    qtbot.waitUntil(drop_has_it, timeout=10_000)
    figures = status(share)
    assert figures is not None
    assert (figures.catalog_version, figures.sessions_today, figures.sync_last_result) == (
        7,
        1,
        "updated",
    )
    assert figures.printer_ready and figures.in_service and figures.display_awake
    assert figures.written >= started - 1
    raw = json.loads((share / "front-desk.json").read_text(encoding="utf-8"))
    assert set(raw) == {"format", *KioskFigures.__dataclass_fields__}  # nothing else, ever


def test_no_printer_and_no_voice_are_reported(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    kiosk = make_kiosk(health__textfile_dir=str(tmp_path), speech__engine="mock")
    kiosk.health.start()
    qtbot.waitUntil(lambda: value(tmp_path, "cte_kiosk_speech_ready") == 0, timeout=10_000)
    assert value(tmp_path, "cte_kiosk_printer_ready") == 0  # the kiosk was given no printer
    assert value(tmp_path, "cte_kiosk_sync_last_result", result="off") == 1
    kiosk.speech.load()
    qtbot.waitUntil(lambda: value(tmp_path, "cte_kiosk_speech_ready") == 1, timeout=10_000)


def test_nothing_is_written_without_a_folder(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    kiosk = make_kiosk()
    kiosk.health.start()
    assert not kiosk.health.enabled and kiosk.health.destinations == []


def keep_ticking(qtbot: QtBot, kiosk: Kiosk, reports: int) -> list[int]:
    """Report `reports` times while a timer ticks; a tap still works meanwhile."""
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    for _ in range(reports):
        kiosk.health.report_now()
        qtbot.wait(20)
    tap(qtbot, kiosk.window.nav.current_screen())
    assert kiosk.window.nav.current[0] == "home"
    timer.stop()
    return ticks


@pytest.mark.allow_log(
    r"^health report to .*share not written \(FileNotFoundError", level="WARNING"
)
def test_a_vanished_share_is_logged_once_and_the_kiosk_goes_on(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    share = tmp_path / "share"
    kiosk = make_kiosk(kiosk__name="k1", health__report_dir=str(share))
    kiosk.health.start()
    ticks = keep_ticking(qtbot, kiosk, reports=10)
    assert len(ticks) >= 10
    writer = kiosk.health.destinations[0]
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)
    warned = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warned) == 1, [r.getMessage() for r in warned]
    share.mkdir()  # the share is back
    kiosk.health.report_now()
    qtbot.waitUntil(lambda: status(share, "k1") is not None, timeout=10_000)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a write that hangs needs a named pipe")
@pytest.mark.allow_log(r"the folder has not answered for 0.1 s", level="WARNING")
# The pipe, once opened, takes the report but cannot be flushed to disk: that write fails.
@pytest.mark.allow_log(r"not written \(OSError: \[Errno 22\] Invalid argument", level="WARNING")
def test_a_share_that_hangs_never_holds_the_window(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.services.reporting as reporting

    monkeypatch.setattr(reporting, "HUNG_AFTER_S", 0.1)
    share = tmp_path / "share"
    share.mkdir()
    os.mkfifo(share / f".k2.json.{os.getpid()}.tmp")  # opening it for writing blocks
    kiosk = make_kiosk(kiosk__name="k2", health__report_dir=str(share))
    kiosk.health.start()
    writer = kiosk.health.destinations[0]
    qtbot.waitUntil(lambda: writer.busy, timeout=10_000)
    ticks = keep_ticking(qtbot, kiosk, reports=10)
    assert len(ticks) >= 10 and writer.busy  # still hanging, and the window went on
    # Let the write through: open the pipe's other end and drain it.
    with open(share / f".k2.json.{os.getpid()}.tmp", "rb") as pipe:  # noqa: PTH123
        pipe.read()
    qtbot.waitUntil(lambda: not writer.busy, timeout=10_000)


def test_the_display_asleep_and_awake_is_reported(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    from datetime import datetime

    from tests.helpers.clocks import WallClock

    kiosk = make_kiosk(health__textfile_dir=str(tmp_path), display__hours=["Mon-Fri 07:00-17:30"])
    kiosk.display.now = WallClock(datetime(2026, 12, 7, 10, 0))  # a Monday morning
    kiosk.display.check()
    kiosk.health.start()
    qtbot.waitUntil(lambda: value(tmp_path, "cte_kiosk_display_awake") == 1, timeout=10_000)
    kiosk.display.now = WallClock(datetime(2026, 12, 7, 18, 0))  # closing time passed
    kiosk.display.check()
    qtbot.waitUntil(lambda: value(tmp_path, "cte_kiosk_display_awake") == 0, timeout=10_000)
    assert value(tmp_path, "cte_kiosk_in_service") == 1  # asleep is not out of service
