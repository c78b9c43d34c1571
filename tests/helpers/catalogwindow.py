"""The staff Catalog window in tests: the real window from kiosk.catalogapp.app.create, on
settings and a key folder of the test's own, and workbooks with problems at known cells."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.catalogapp.app import SWITCHER, create
from kiosk.catalogapp.window import CatalogWindow
from kiosk.services.language import LanguageSwitcher
from tests.helpers.catalogs import Sheets, tiny

CHECK_MS = 10_000  # generous for a slow CI machine; a check normally takes well under 1 s
MakeCatalogWindow = Callable[..., CatalogWindow]


def with_problems() -> Sheets:
    """Two errors and a warning, each at a known cell."""
    sheets = tiny()
    sheets["courses"][1]["grade_min"] = "eleven"  # Excel row 3
    sheets["offerings"][2]["school"] = "ZZZ"  # Excel row 4
    sheets["faq"][0]["bogus"] = "x"  # an unknown column: a warning
    return sheets


def settings_in(folder: Path) -> QSettings:
    """Settings in a file of the test's own: the user's real settings are never touched. A
    new QSettings on the same file is what the program sees at its next start."""
    return QSettings(str(folder / "settings" / "kiosk-catalog.ini"), QSettings.Format.IniFormat)


def open_and_wait(qtbot: QtBot, window: CatalogWindow, path: Path) -> None:
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        window.session.open(path)


def catalog_windows(qtbot: QtBot, qapp: QApplication, folder: Path) -> Iterator[MakeCatalogWindow]:
    """A maker of real windows (settings in `folder` unless given; shown unless not), all
    closed afterwards, and the application's look and language as they were before."""
    # create() styles the whole application; later tests of the kiosk get their own look back.
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    made: list[CatalogWindow] = []

    def make(
        settings: QSettings | None = None,
        *,
        language: str = "en",
        key_dir: Path | None = None,
        show: bool = True,
    ) -> CatalogWindow:
        window = create(settings or settings_in(folder), language, key_dir=key_dir)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()  # ends its threads
    switcher = qapp.findChild(LanguageSwitcher, SWITCHER)
    if switcher is not None:
        switcher.switch("en")  # the next tests read English
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
