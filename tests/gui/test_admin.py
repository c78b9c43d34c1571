"""Admin mode on the real window: the hidden gesture, the PIN keypad and its lockout, and
every button of the staff panel doing its real work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.app import Kiosk
from kiosk.config import ConfigError, load
from kiosk.exits import EXIT_OK, EXIT_RESTART
from kiosk.pin import write_pin_file
from kiosk.ui.staff.mode import AdminMode
from kiosk.ui.staff.panel import AdminPanel
from kiosk.ui.staff.pin_pad import PinPad
from kiosk.ui.widgets.common import Button
from kiosk.ui.window import KioskWindow
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.gui.test_sync_in_kiosk import published
from tests.helpers.clocks import Clock
from tests.helpers.httpserver import serve
from tests.helpers.kiosk import tap

PIN = "482613"


def gesture(
    window: KioskWindow, clock: Clock, *, hold_ms: int = 3000, taps: int = 3, gap_ms: int = 400
) -> None:
    """Hold the top-left corner, let go, tap the top-right corner, on the native window."""
    handle = window.windowHandle()
    left, right = QPoint(12, 12), QPoint(window.width() - 12, 12)
    none = Qt.KeyboardModifier.NoModifier
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, none, left)
    clock.now += hold_ms
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, none, left)
    for _ in range(taps):
        clock.now += gap_ms
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, none, right)


def admin_of(kiosk: Kiosk) -> AdminMode:
    assert kiosk.window.layers.admin is not None
    return kiosk.window.layers.admin


@pytest.fixture
def clock() -> Clock:
    return Clock()


def with_pin(make_kiosk: MakeKiosk, clock: Clock, **kwargs: object) -> Kiosk:
    kiosk = make_kiosk(**kwargs)
    write_pin_file(kiosk.staff.pin._data_dir, PIN)
    kiosk.window.gesture.clock = clock
    kiosk.staff.pin.clock = Clock()  # seconds, apart from the gesture's milliseconds
    return kiosk


def enter(qtbot: QtBot, admin: AdminMode, pin: str) -> None:
    for digit in pin:
        tap(qtbot, admin.pad.keys[digit])
    tap(qtbot, admin.pad.ok)


def open_panel(qtbot: QtBot, kiosk: Kiosk) -> AdminPanel:
    """Open admin mode (as the gesture does) and enter the right PIN."""
    admin = admin_of(kiosk)
    kiosk.window.layers.open_admin()
    enter(qtbot, admin, PIN)
    assert admin.currentWidget() is admin.panel
    return admin.panel


def test_the_gesture_then_the_pin_opens_the_panel(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    window, admin = kiosk.window, admin_of(kiosk)
    window.nav.go("home")
    kiosk.session.toggle_course("HS-310")
    gesture(window, clock)
    assert window.layers.currentWidget() is admin and admin.currentWidget() is admin.pad
    assert not window.inactivity.idle.running  # Still there? never interrupts staff
    enter(qtbot, admin, PIN)
    assert admin.currentWidget() is admin.panel
    assert "Current: version" in admin.panel.catalog_lines.text()
    tap(qtbot, admin.panel.lock)
    assert window.layers.currentWidget() is window.layers.screens
    assert window.nav.current[0] == "attract" and kiosk.session.my_list == []


@pytest.mark.parametrize(
    "miss",
    [
        {"hold_ms": 2900},  # not held long enough
        {"taps": 2},  # one tap short
        {"gap_ms": 1100},  # the third tap comes after three seconds
    ],
    ids=["short-hold", "two-taps", "too-slow"],
)
def test_near_misses_do_nothing(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock, miss: dict[str, int]
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    gesture(kiosk.window, clock, **miss)
    assert kiosk.window.layers.currentWidget() is kiosk.window.layers.screens


def test_a_touch_elsewhere_between_hold_and_taps_starts_over(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    window = kiosk.window
    handle, none = window.windowHandle(), Qt.KeyboardModifier.NoModifier
    gesture(window, clock, taps=1)
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, none, QPoint(600, 400))
    for _ in range(2):
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, none, QPoint(window.width() - 12, 12))
    assert window.layers.currentWidget() is window.layers.screens


def test_five_wrong_pins_lock_the_keypad_for_five_minutes(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    admin = admin_of(kiosk)
    gesture(kiosk.window, clock)
    enter(qtbot, admin, "1111")
    assert admin.pad.message.text() == (
        "Wrong PIN. 4 more wrong PINs will lock the keypad for 5 minutes."
    )
    for _ in range(3):
        enter(qtbot, admin, "1111")
    assert admin.pad.message.text() == (
        "Wrong PIN. 1 more wrong PIN will lock the keypad for 5 minutes."
    )
    enter(qtbot, admin, "1111")
    assert admin.pad.message.text() == "Too many wrong PINs. Try again in 5:00."
    assert not admin.pad.keys["1"].isEnabled() and not admin.pad.ok.isEnabled()
    qtbot.waitUntil(lambda: "4:59" in admin.pad.message.text(), timeout=3000)  # it counts down
    # Locked even after closing and reopening, and the right PIN is not even checked.
    tap(qtbot, admin.pad.cancel)
    gesture(kiosk.window, clock)
    assert not admin.pad.keys["4"].isEnabled()
    assert not kiosk.staff.try_pin(PIN).ok
    # Five minutes later it opens again.
    tap(qtbot, admin.pad.cancel)
    pin_clock = kiosk.staff.pin.clock
    assert isinstance(pin_clock, Clock)
    pin_clock.now += 300
    gesture(kiosk.window, clock)
    assert admin.pad.keys["4"].isEnabled()
    enter(qtbot, admin, PIN)
    assert admin.currentWidget() is admin.panel


def key_places(pad: PinPad) -> dict[str, QRect]:
    """Where every key of the keypad is on the screen."""
    keys = {**pad.keys, "cancel": pad.cancel}
    return {name: QRect(key.mapToGlobal(QPoint(0, 0)), key.size()) for name, key in keys.items()}


def test_the_keypad_shows_a_dot_per_digit_and_no_key_moves(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    pad = admin_of(kiosk).pad
    gesture(kiosk.window, clock)
    before = key_places(pad)
    for digit in "813":
        tap(qtbot, pad.keys[digit])
    assert pad.dots.isVisible() and pad.dots.text() == "●●●"  # one dot a digit, never the digit
    assert pad.dots.height() >= pad.dots.sizeHint().height()
    assert key_places(pad) == before
    tap(qtbot, pad.ok)  # a wrong PIN
    message = pad.message
    qtbot.waitUntil(
        lambda: message.isVisible() and message.height() >= message.heightForWidth(message.width())
    )
    assert message.text().startswith("Wrong PIN.") and "●" not in pad.dots.text()
    assert key_places(pad) == before
    for digit in "123456789012345":  # the longest PIN fits too (and no more is taken)
        tap(qtbot, pad.keys[digit])
    assert pad.dots.text() == "●" * 12 and pad.dots.width() >= pad.dots.sizeHint().width()
    assert key_places(pad) == before


def test_the_keypad_works_with_a_keyboard(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    admin = admin_of(kiosk)
    kiosk.window.layers.open_admin()
    qtbot.keyClicks(admin.pad, "9" + PIN)
    qtbot.keyClick(admin.pad, Qt.Key.Key_Home)  # ignored
    qtbot.keyClick(admin.pad, Qt.Key.Key_Backspace)  # removes the last digit...
    qtbot.keyClicks(admin.pad, PIN[-1])
    assert admin.pad.dots.text() == "●" * 7
    qtbot.keyClick(admin.pad, Qt.Key.Key_Return)
    assert admin.currentWidget() is admin.pad  # "9" + PIN is wrong
    qtbot.keyClicks(admin.pad, PIN)
    qtbot.keyClick(admin.pad, Qt.Key.Key_Enter)
    assert admin.currentWidget() is admin.panel


def test_the_panel_locks_itself_after_idle_minutes(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    admin = admin_of(kiosk)
    assert admin.idle._timer.interval() == 2 * 60 * 1000
    kiosk.window.layers.open_admin()
    enter(qtbot, admin, PIN)
    assert admin.currentWidget() is admin.panel
    # The short timeout starts only once the panel is open: the taps above reach the widgets
    # directly, not through the window the watcher follows, so a slow machine would
    # otherwise run out of time while still typing the PIN.
    with qtbot.waitSignal(admin.closed, timeout=3000):
        admin.idle.set_timeout(100)  # restarts the running countdown
    assert kiosk.window.layers.currentWidget() is kiosk.window.layers.screens
    assert kiosk.window.nav.current[0] == "attract"


def test_sync_now_shows_progress_then_the_result(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock, tmp_path: Path
) -> None:
    pub, trusted = published(tmp_path, version=5)
    with serve(pub) as (url, faults):
        faults.chunk_delay = 0.1  # slower than a tap and its event processing
        kiosk = with_pin(make_kiosk, clock, sync__source=url, sync__trusted_keys=[trusted])
        admin = admin_of(kiosk)
        kiosk.window.layers.open_admin()
        enter(qtbot, admin, PIN)
        panel = admin.panel
        with qtbot.waitSignal(kiosk.sync.finished, timeout=30_000):
            tap(qtbot, panel.sync_button)
            assert panel.progress.isVisible() and not panel.sync_button.isEnabled()
            assert panel.catalog_result.text() == "Checking for a newer catalog…"
    assert not panel.progress.isVisible()
    assert panel.catalog_result.text().startswith("Installed.")
    assert "Current: version 5" in panel.catalog_lines.text()
    assert "Previous: version 1" in panel.catalog_lines.text()
    # Roll back, from the panel.
    tap(qtbot, panel.rollback_button)
    assert panel.catalog_result.text() == (
        "Now on version 1. Version 5 is skipped until a newer one is published."
    )
    assert "Current: version 1" in panel.catalog_lines.text()
    tap(qtbot, panel.lock)
    assert kiosk.context.repo.info().catalog_version == 1


def test_import_from_a_usb_drive_installs_the_signed_catalog_found_there(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock, tmp_path: Path
) -> None:
    pub, trusted = published(tmp_path, version=9)
    stick = tmp_path / "stick"
    pub.rename(stick)
    kiosk = with_pin(make_kiosk, clock, media_roots=lambda: [stick], sync__trusted_keys=[trusted])
    panel = open_panel(qtbot, kiosk)
    assert not panel.sync_button.isEnabled()  # no source configured: only the USB import
    tap(qtbot, panel.usb_button)
    found = [w for w in panel.findChildren(Button) if w.text().startswith("Version 9 from")]
    assert len(found) == 1 and str(stick) in found[0].text()
    with qtbot.waitSignal(kiosk.sync.finished, timeout=30_000) as blocker:
        tap(qtbot, found[0])
    assert blocker.args[0].result == "updated", blocker.args[0]
    tap(qtbot, panel.lock)
    assert kiosk.context.repo.info().catalog_version == 9


def test_no_usb_drive_says_what_to_do(qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock) -> None:
    kiosk = with_pin(make_kiosk, clock)
    panel = open_panel(qtbot, kiosk)
    tap(qtbot, panel.usb_button)
    assert panel.usb_result.text().startswith("No published catalog found on a USB drive.")


def test_test_print_and_usage_summary(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock, tmp_path: Path
) -> None:
    pdf = tmp_path / "test-page.pdf"
    kiosk = with_pin(make_kiosk, clock, printer=lambda: pdf_printer(pdf))
    window = kiosk.window
    for code in ("HS-310", "HS-310", "TR-110"):  # three students
        window.nav.go("course", code)
        window.nav.start_over()
    panel = open_panel(qtbot, kiosk)
    assert panel.usage_lines.text().splitlines() == [
        "Last 7 days: students 3, quizzes finished 0, slips printed 0. "
        "Most opened: HS-310 (2), TR-110 (1)",
        "Last 30 days: students 3, quizzes finished 0, slips printed 0. "
        "Most opened: HS-310 (2), TR-110 (1)",
    ]
    tap(qtbot, panel.print_button)
    assert panel.device_result.text() == "A test page went to the default printer."
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert text.startswith(f"CTE Career Kiosk: test page {__version__} ")


def test_test_print_without_a_printer_says_so(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    panel = open_panel(qtbot, kiosk)
    tap(qtbot, panel.print_button)
    assert panel.device_result.text() == "No default printer is set up."


@pytest.mark.parametrize(("button", "code"), [("restart", EXIT_RESTART), ("exit", EXIT_OK)])
def test_restart_and_exit_need_a_second_tap_and_give_their_exit_code(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock, button: str, code: int
) -> None:
    kiosk = with_pin(make_kiosk, clock)
    panel = open_panel(qtbot, kiosk)
    target = getattr(panel, f"{button}_button")
    codes: list[int] = []
    kiosk.staff.exit_requested.connect(codes.append)
    tap(qtbot, target)
    assert codes == [] and target.text() == "Tap again to confirm"
    tap(qtbot, target)
    assert codes == [code]


def test_without_a_pin_the_gesture_opens_the_panel_with_the_reason(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock
) -> None:
    kiosk = make_kiosk(lockdown_refused=True)
    window, admin = kiosk.window, admin_of(kiosk)
    assert window.preview_notice.isVisible()
    assert window.preview_notice.text().startswith("No staff PIN is set, so this kiosk runs")
    window.gesture.clock = clock
    gesture(window, clock)
    assert admin.currentWidget() is admin.panel
    assert admin.panel.notice.text() == window.no_pin_notice()


def config_problem(folder: Path) -> ConfigError:
    """The error a real configuration file with a typo in it gives."""
    path = folder / "kiosk.toml"
    path.write_text("[session]\nidle_timout_seconds = 90\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load([path])
    return caught.value


def test_a_configuration_problem_is_out_of_service_but_staff_can_get_in(
    qtbot: QtBot, make_kiosk: MakeKiosk, clock: Clock, tmp_path: Path
) -> None:
    problem = config_problem(tmp_path)
    kiosk = with_pin(make_kiosk, clock, kiosk_mode=True, problem=problem)
    window = kiosk.window
    assert window.layers.currentWidget() is window.layers.out_of_service
    # Calm for students, a reference for staff; the path and the parser's words are not shown.
    assert re.fullmatch(r"CFG-[0-9A-F]{4}", problem.reference)
    labels = window.layers.out_of_service.findChildren(QLabel)
    shown = [label.text() for label in labels if label.isVisible()]
    assert shown == [
        window.layers.out_of_service.message.text(),
        f"For staff: reference {problem.reference} (the details are in the kiosk log)",
    ]
    assert not any(str(tmp_path) in text or "idle_timout" in text for text in shown)
    assert not window.close() and window.isVisible()  # locked down: no closing it
    window.nav.start_over()  # nothing a student does leaves the out-of-service screen
    assert window.layers.currentWidget() is window.layers.out_of_service
    gesture(window, clock)
    enter(qtbot, admin_of(kiosk), PIN)
    assert admin_of(kiosk).currentWidget() is admin_of(kiosk).panel
    tap(qtbot, admin_of(kiosk).panel.lock)
    assert window.layers.currentWidget() is window.layers.out_of_service


@pytest.mark.allow_log(r"^admin mode refused: this kiosk is locked down and no staff PIN")
def test_a_locked_kiosk_with_no_pin_known_keeps_admin_mode_shut(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
    clock: Clock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    kiosk = make_kiosk(kiosk_mode=True, problem=config_problem(tmp_path))
    window = kiosk.window
    window.gesture.clock = clock
    gesture(window, clock)
    assert window.layers.currentWidget() is window.layers.out_of_service
    assert not admin_of(kiosk).active
    assert "admin mode refused: this kiosk is locked down and no staff PIN is known" in caplog.text
