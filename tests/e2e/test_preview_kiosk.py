"""See it as a student, for real: the Catalog window starts the installed kiosk as a process on
the preview's folder; it paints its first frame from the workbook's catalog, and the folder
goes when it ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.catalogapp.previewfolder import preview_folders
from kiosk.catalogapp.window import CatalogWindow
from kiosk.config import load
from kiosk.paths import CONFIG_FILE
from tests.helpers.catalogs import tiny, write_xlsx
from tests.helpers.catalogwindow import catalog_windows, open_and_wait


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[CatalogWindow]:
    for make in catalog_windows(qtbot, qapp, tmp_path):
        yield make()


KIOSK_MS = 120_000  # a cold start of Python, Qt and the kiosk on a slow CI machine


def test_the_preview_is_the_real_kiosk_on_the_workbooks_catalog(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    window.tools.previewer.root = tmp_path / "previews"
    window.tools.previewer.extra_arguments = ["--exit-after-first-frame"]
    open_and_wait(qtbot, window, write_xlsx(tmp_path / "catalog.xlsx", tiny()))
    window.tools.preview_language.setCurrentIndex(window.tools.preview_language.findData("es"))
    seen: list[tuple[int, str, str, tuple[str, ...]]] = []

    def ended(folder: Path, code: int, output: str) -> None:  # before its folder goes
        log = (folder / "logs" / "kiosk.log").read_text(encoding="utf-8")
        seen.append((code, output, log, load([folder / "config" / CONFIG_FILE]).languages))

    window.tools.previewer.ended.connect(ended)
    with qtbot.waitSignal(window.tools.previewer.ended, timeout=KIOSK_MS):
        qtbot.mouseClick(window.tools.preview_button, Qt.MouseButton.LeftButton)
    ((code, output, log, languages),) = seen
    assert code == 0, output
    assert any(line.startswith("first-frame window ") for line in output.splitlines()), output
    assert languages[0] == "es"  # the kiosk starts in the first
    assert "catalog preview.catalog version 1 open" in log  # the workbook's, not the sample
    assert "started (preview mode)" in log  # a window, not locked down
    assert "sample-" not in log
    assert window.tools.previewer.running == {}
    assert preview_folders(tmp_path / "previews") == []
