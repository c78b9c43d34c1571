"""Kiosk mode keeps students in the app; preview mode is an ordinary window; language
switches keep the student where they are; errors and missing catalogs never leave a dead
screen."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, install_exception_hook
from tests.gui.conftest import MakeKiosk
from tests.helpers.kiosk import choose_language, seed_store, tap


def send_key(widget: object, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]
    return event.isAccepted()


def test_kiosk_mode_covers_the_screen_frameless_on_top(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(kiosk_mode=True).window
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.geometry() == QGuiApplication.primaryScreen().geometry()
    assert not window.top_bar.preview.isVisible()


def test_kiosk_mode_ignores_every_close_path(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(kiosk_mode=True)
    window = kiosk.window
    window.nav.go("home")
    assert window.close() is False
    assert window.isVisible()
    focus = window.nav.current_screen()
    for key, modifiers in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    ):
        before = window.lockdown.swallowed
        send_key(focus, key, modifiers)
        assert window.lockdown.swallowed > before  # the shortcut check and the key itself
        assert window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Escape means Back, never Exit
    assert window.isVisible() and window.nav.current[0] == "home"
    menu = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(10, 10), focus.mapToGlobal(QPoint(10, 10))
    )
    before = window.lockdown.swallowed
    QApplication.sendEvent(focus, menu)
    assert window.lockdown.swallowed == before + 1
    data = QMimeData()
    data.setText("file:///etc/passwd")
    drag = QDragEnterEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drag)
    assert not drag.isAccepted()
    assert window.isVisible()


def test_preview_mode_is_labelled_and_closes(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(kiosk_mode=False)
    window = kiosk.window
    window.nav.go("home")
    assert window.top_bar.preview.isVisible()
    assert window.top_bar.preview.text() == "Preview"
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.lockdown is None
    assert window.close() is True


def test_language_switch_mid_journey_keeps_the_place(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("browse")
    window.nav.go("sector", "HS")
    window.nav.go("course", "HS-310")
    kiosk.session.toggle_course("HS-310")
    course = window.nav.current_screen()
    assert course.heading.text() == "Nursing Assistant"
    choose_language(qtbot, window, "es")
    assert window.nav.current == ("course", "HS-310")
    assert course.heading.text() == "Asistente de enfermería"
    assert course.signup.text() == "¿Cómo me inscribo?" or course.signup.text() != (
        "How do I sign up?"
    )
    assert window.top_bar.home.text() == "Inicio"
    assert window.top_bar.title.text() == "Asistente de enfermería"
    assert kiosk.session.my_list == ["HS-310"]
    tap(qtbot, window.top_bar.back)
    assert window.nav.current == ("sector", "HS")
    assert window.nav.current_screen().heading.text() == "Ciencias de la salud y tecnología médica"
    choose_language(qtbot, window, "en")
    assert window.top_bar.home.text() == "Home"


@pytest.mark.allow_log(r"^unexpected error$", level="CRITICAL")
def test_an_error_in_a_handler_lands_on_a_working_screen(
    qtbot: QtBot,
    kiosk: Kiosk,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = kiosk.window
    install_exception_hook(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window.nav.go("home")

    def broken(code: str, lang: str) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(kiosk.context.repo, "course", broken)
    try:
        window.nav.go("course", "HS-310")
    except RuntimeError as exc:  # what Qt's event loop hands to sys.excepthook
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert window.nav.current[0] == "attract"
    assert "simulated bug" in caplog.text
    assert not QApplication.activeModalWidget()
    monkeypatch.undo()
    qtbot.mouseClick(window.nav.current_screen(), Qt.MouseButton.LeftButton)
    assert window.nav.current[0] == "home"


@pytest.mark.allow_log(r"^no catalog can be opened: no catalog installed$", level="ERROR")
def test_missing_catalog_shows_out_of_service_and_recovers(
    qtbot: QtBot, make_kiosk: MakeKiosk, sample_catalog: Path, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = make_kiosk(seed=False)
    window = kiosk.window
    assert not kiosk.catalog.available
    assert window.layers.currentWidget() is window.layers.out_of_service
    assert "come back soon" in window.layers.out_of_service.message.text()
    kiosk.catalog._retry.setInterval(20)
    kiosk.catalog._retry.start()
    qtbot.wait(200)  # about ten retries: the log says it once, not ten times
    said = [r for r in caplog.records if r.getMessage().startswith("no catalog can be opened")]
    assert [r.levelname for r in said if r.levelno >= logging.ERROR] == ["ERROR"]
    data = kiosk.catalog._store.folder.parent
    seed_store(data, sample_catalog)
    qtbot.waitUntil(lambda: kiosk.catalog.available, timeout=3000)
    assert window.layers.currentIndex() == 0
    assert window.nav.current[0] == "attract"


@pytest.mark.allow_log(r"^no catalog can be opened: no catalog installed$", level="ERROR")
@pytest.mark.allow_log(r"broken.catalog: not a readable catalog", level="ERROR")
def test_a_corrupt_catalog_is_out_of_service_not_a_crash(
    make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    kiosk = make_kiosk(seed=False)
    store = kiosk.catalog._store
    store.folder.mkdir(parents=True, exist_ok=True)
    (store.folder / "broken.catalog").write_bytes(b"not sqlite at all" * 100)
    store.switch_to("broken.catalog")
    kiosk.catalog.apply_pending()
    assert not kiosk.catalog.available
    assert kiosk.window.layers.currentWidget() is kiosk.window.layers.out_of_service


def test_a_new_catalog_is_picked_up_only_between_students(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    window, store = kiosk.window, kiosk.catalog._store
    window.nav.go("course", "HS-310")
    old = kiosk.context.repo.path
    newer = store.folder / "newer.catalog"
    shutil.copy(old, newer)
    store.switch_to("newer.catalog")
    window.nav.go("about")
    window.nav.back()
    assert kiosk.context.repo.path == old  # mid-session: untouched
    window.nav.start_over()
    assert kiosk.context.repo.path == newer
    assert window.nav.current[0] == "attract"


def test_printing_never_opens_a_dialog(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.session.toggle_course("HS-310")
    kiosk.window.nav.go("counselor")
    tap(qtbot, kiosk.window.nav.current_screen().print_button)
    assert QApplication.activeModalWidget() is None
    assert QApplication.activePopupWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [kiosk.window]


def test_launch_builds_only_the_attract_screen(
    qtbot: QtBot, tmp_path: Path, sample_catalog: Path
) -> None:
    from kiosk.app import create
    from kiosk.config import defaults

    seed_store(tmp_path, sample_catalog)
    kiosk = create(defaults(), tmp_path, kiosk_mode=False, lazy=True, sample_source=None)
    qtbot.addWidget(kiosk.window)
    assert set(kiosk.window.nav.screens) == {"attract"}
    kiosk.window.nav.go("about")
    assert set(kiosk.window.nav.screens) == {"attract", "about"}
    kiosk.window.nav.build_all()
    assert len(kiosk.window.nav.screens) == 12
    kiosk.catalog.close()
