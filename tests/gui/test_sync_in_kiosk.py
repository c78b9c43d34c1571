"""The kiosk syncs in the background: the screen keeps responding during a slow download, and
the new catalog appears only between students."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.sync.keys import generate
from kiosk.sync.publish import publish
from tests.gui.conftest import MakeKiosk
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.httpserver import serve
from tests.helpers.kiosk import tap


def published(tmp_path: Path, version: int) -> tuple[Path, str]:
    key = generate()
    workbook = validate(read_workbook(write_csv_folder(tmp_path / "book", tiny())))
    publish(workbook, key, tmp_path / "pub", version=version)
    return tmp_path / "pub", key.public.text


def test_slow_download_keeps_the_kiosk_responsive_and_swaps_on_attract(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pub, trusted = published(tmp_path, version=5)
    with serve(pub) as (url, faults):
        faults.chunk_delay = 0.03
        kiosk = make_kiosk(sync__source=url, sync__trusted_keys=[trusted])
        window = kiosk.window
        window.nav.go("home")
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        assert kiosk.sync.run_now()
        qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5000)
        assert kiosk.sync.running  # the event loop kept ticking while the file downloaded
        tap(qtbot, window.nav.current_screen().tiles["browse"])  # and taps still work
        assert window.nav.current[0] == "browse"
        with qtbot.waitSignal(kiosk.sync.finished, timeout=30_000) as blocker:
            pass
        timer.stop()
    assert blocker.args[0].result == "updated", blocker.args[0]
    assert kiosk.context.repo.info().catalog_version == 1  # a student is here: not yet
    assert kiosk.context.repo.info().district != "Test Unified"
    window.nav.start_over()  # the student leaves; the attract screen takes the new catalog
    assert kiosk.context.repo.info().catalog_version == 5
    assert kiosk.context.repo.info().district == "Test Unified"


def test_a_sync_that_lands_on_the_attract_screen_applies_at_once(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pub, trusted = published(tmp_path, version=7)
    kiosk = make_kiosk(sync__source=str(pub), sync__trusted_keys=[trusted])
    assert kiosk.window.nav.current[0] == "attract"
    with qtbot.waitSignal(kiosk.sync.finished, timeout=30_000):
        assert kiosk.sync.run_now()
    assert kiosk.context.repo.info().catalog_version == 7
    assert kiosk.window.nav.current_screen().heading.text() == "Courses"  # the new title


def test_sync_is_off_without_a_source_or_keys(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    assert not kiosk.sync.enabled
    assert not kiosk.sync.run_now()
