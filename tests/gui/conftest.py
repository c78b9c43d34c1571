"""Fixtures for driving the real kiosk window offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, create
from kiosk.config import Config, defaults
from tests.helpers.kiosk import seed_store

MakeKiosk = Callable[..., Kiosk]


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
        media_roots: Callable[[], list[Path]] = list,
        lockdown_refused: bool = False,
        **values: Any,
    ) -> Kiosk:
        data = tmp_path / f"data{len(made)}"
        if seed:
            seed_store(data, sample_catalog)
        settings = (config or defaults()).with_values(**values)
        kiosk = create(
            settings,
            data,
            kiosk_mode=kiosk_mode,
            printer=printer or (lambda: None),
            sample_source=None,
            media_roots=media_roots,  # never the test machine's real drives
            lockdown_refused=lockdown_refused,
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
        kiosk.catalog.close()


@pytest.fixture
def kiosk(make_kiosk: MakeKiosk) -> Kiosk:
    return make_kiosk()
