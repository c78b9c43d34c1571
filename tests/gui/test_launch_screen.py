"""The launch screen: a picture of the attract screen as a locked launch painted it, shown at
the next launch before the kiosk is imported, only where it fits, and giving its taps to the
live kiosk when that takes its place."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.ui import launchscreen
from tests.gui.conftest import MakeKiosk


def saved(qtbot: QtBot, make_kiosk: MakeKiosk, data: Path) -> QImage:
    kiosk = make_kiosk()
    launchscreen.save(kiosk.window, data)
    qtbot.waitUntil(lambda: (data / launchscreen.ABOUT).exists(), timeout=10_000)
    return kiosk.window.grab().toImage()


def test_the_picture_is_the_window_as_painted(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    grabbed = saved(qtbot, make_kiosk, tmp_path)
    picture = QImage(str(tmp_path / launchscreen.PICTURE))
    assert picture.size() == grabbed.size()
    assert picture.convertToFormat(grabbed.format()) == grabbed  # pixel for pixel
    about = json.loads((tmp_path / launchscreen.ABOUT).read_text(encoding="utf-8"))
    screen = QGuiApplication.primaryScreen()
    assert about["app_version"] and about["scale"] == screen.devicePixelRatio()


def test_it_shows_only_where_it_fits(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    saved(qtbot, make_kiosk, tmp_path)
    shown = launchscreen.show_saved(tmp_path)
    assert shown is not None and shown.isVisible() and shown.painted
    shown.hand_over(shown)  # nothing to hand over to here: it just goes
    about = json.loads((tmp_path / launchscreen.ABOUT).read_text(encoding="utf-8"))
    for change in ({"app_version": "0.0.1"}, {"screen": [0, 0, 640, 480]}, {"scale": 2.0}):
        (tmp_path / launchscreen.ABOUT).write_text(json.dumps(about | change), encoding="utf-8")
        assert launchscreen.show_saved(tmp_path) is None, change
    (tmp_path / launchscreen.ABOUT).write_text(json.dumps(about), encoding="utf-8")
    (tmp_path / launchscreen.PICTURE).write_bytes(b"not a picture")
    assert launchscreen.show_saved(tmp_path) is None
    launchscreen.forget(tmp_path)
    assert not (tmp_path / launchscreen.ABOUT).exists()
    assert launchscreen.show_saved(tmp_path) is None


def test_a_student_cannot_close_it_and_a_tap_on_it_reaches_the_kiosk(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    saved(qtbot, make_kiosk, tmp_path / "picture")
    shown = launchscreen.show_saved(tmp_path / "picture")
    assert shown is not None
    assert not shown.close() and shown.isVisible()  # refused: only the live kiosk replaces it
    handle = shown.windowHandle()
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(shown.width() // 2, shown.height() // 2))  # fmt: skip
    assert len(shown.taps) == 1
    kiosk = make_kiosk()
    assert kiosk.window.nav.current[0] == "attract"
    shown.hand_over(kiosk.window)
    assert kiosk.window.nav.current[0] == "home"  # the tap started the student's session
    qtbot.waitUntil(lambda: not shown.isVisible())
