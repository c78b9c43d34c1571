"""Fixtures for driving the real kiosk window offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, create
from kiosk.config import Config, ConfigError, defaults
from tests.helpers.catalogwindow import MakeCatalogWindow, catalog_windows
from tests.helpers.kiosk import seed_store

MakeKiosk = Callable[..., Kiosk]


@pytest.fixture(autouse=True)
def no_windows_left_from_earlier_tests(qapp: QApplication) -> None:
    """pytest-qt closes each test's windows and deletes them later, but "later" needs an
    event loop that may never run again: delete them now. Otherwise every restyle (text
    size, contrast) also restyles the windows of all earlier tests, and the suite slows
    down test by test."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_kiosk(qtbot: QtBot, tmp_path: Path, sample_catalog: Path) -> Iterator[MakeKiosk]:
    made: list[Kiosk] = []

    def make(
        *,
        kiosk_mode: bool = False,
        printer: Callable[[], QPrinter | None] | None = None,
        config: Config | None = None,
        size: tuple[int, int] = (1366, 768),
        seed: bool = True,
        catalog: Path | None = None,
        media_roots: Callable[[], list[Path]] = list,
        lockdown_refused: bool = False,
        problem: ConfigError | None = None,
        **values: Any,
    ) -> Kiosk:
        data = tmp_path / f"data{len(made)}"
        if seed:
            seed_store(data, catalog or sample_catalog)
        settings = (config or defaults()).with_values(**values)
        kiosk = create(
            settings,
            data,
            kiosk_mode=kiosk_mode,
            printer=printer or (lambda: None),
            sample_source=None,
            media_roots=media_roots,  # never the test machine's real drives
            lockdown_refused=lockdown_refused,
            problem=problem,
        )
        qtbot.addWidget(kiosk.window)
        if kiosk_mode:
            kiosk.window.show_kiosk()
        else:
            kiosk.window.resize(*size)
            kiosk.window.show()
        qtbot.waitExposed(kiosk.window)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.window.allow_close = True
        # A locked-down window refuses pytest-qt's close, and its speech thread would still
        # run when the window is deleted (which aborts the process): end it here.
        kiosk.speech.shutdown()
        kiosk.health.stop()
        kiosk.catalog.close()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> Kiosk:
    return make_kiosk()


@pytest.fixture
def make_catalog_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[MakeCatalogWindow]:
    """The staff Catalog window, made as often as a test needs (tests.helpers.catalogwindow)."""
    yield from catalog_windows(qtbot, qapp, tmp_path)
