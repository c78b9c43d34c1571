"""Every journey with keys alone (a keyboard or a keypad): Tab, Shift+Tab and arrows move,
Enter or Space presses, Esc goes back; the focused control always shows a ring, and only a
student using keys sees one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.models import Answer
from kiosk.ui.widgets.courses import CourseButton
from kiosk.ui.widgets.tiles import Tile
from kiosk.ui.window import KioskWindow
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.helpers.kiosk import touch


def key(window: KioskWindow, which: Qt.Key, text: str = "") -> None:
    """A key as the hardware sends it: to the native window, which hands it to the focus."""
    handle = window.windowHandle()
    QTest.keyClick(handle, which, Qt.KeyboardModifier.NoModifier)
    QApplication.processEvents()  # (focus moves to a new screen's first control just after)
    QApplication.processEvents()


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(window: KioskWindow, wanted: Callable[[QWidget], bool], limit: int = 120) -> QWidget:
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and wanted(widget):
            return widget
        key(window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the control; stuck at {QApplication.focusWidget()}")


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda w: w.accessibleName() == name or getattr(w, "text", lambda: "")() == name


def course(code: str) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, CourseButton) and w.code == code


def start(qtbot: QtBot, kiosk: Kiosk) -> KioskWindow:
    window = kiosk.window
    window.activateWindow()
    qtbot.waitActive(window)
    key(window, Qt.Key.Key_Return)  # any key starts, as any touch does
    assert window.nav.current[0] == "home"
    assert focus() is window.nav.current_screen().tiles["interests"]  # type: ignore[attr-defined]
    return window


def test_browse_to_a_course_add_it_and_print_the_slip_with_keys_only(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pdf = tmp_path / "slip.pdf"
    kiosk = make_kiosk(printer=lambda: pdf_printer(pdf))
    window = start(qtbot, kiosk)
    home = window.nav.current_screen()
    tab_to(window, lambda w: w is home.tiles["browse"])  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Return)
    assert window.nav.current[0] == "browse"
    browse = window.nav.current_screen()
    summer = tab_to(window, lambda w: w is browse.filters.summer)  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Space)  # Space presses too
    assert summer.isChecked()  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Space)
    assert not summer.isChecked()  # type: ignore[attr-defined]
    tab_to(window, lambda w: isinstance(w, Tile) and w.accessibleName().startswith("Health"))
    key(window, Qt.Key.Key_Return)
    assert window.nav.current == ("sector", "HS")
    tab_to(window, course("HS-310"))
    key(window, Qt.Key.Key_Enter)
    assert window.nav.current == ("course", "HS-310")
    screen = window.nav.current_screen()
    tab_to(window, lambda w: w is screen.add)  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Return)
    assert kiosk.session.my_list == ["HS-310"]
    tab_to(window, lambda w: w is screen.signup)  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Return)
    assert window.nav.current[0] == "counselor"
    tab_to(window, lambda w: isinstance(w, Tile) and "Benjamin" in w.accessibleName())
    key(window, Qt.Key.Key_Return)
    counselor = window.nav.current_screen()
    tab_to(window, lambda w: w is counselor.print_button)  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Return)
    text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
    assert "HS-310" in text and "Benjamin" in text
    key(window, Qt.Key.Key_Escape)  # Esc is Back
    assert window.nav.current == ("course", "HS-310")


def test_the_quiz_with_keys_only(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = start(qtbot, kiosk)
    key(window, Qt.Key.Key_Right)  # arrows move like Tab
    assert focus() is window.nav.current_screen().tiles["quiz"]  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Return)
    assert window.nav.current[0] == "quiz"
    quiz = window.nav.current_screen()
    tab_to(window, lambda w: w is quiz.answer_buttons[Answer.LIKE])  # type: ignore[attr-defined]
    while window.nav.current[0] == "quiz":
        key(window, Qt.Key.Key_Return)  # "I like it", item after item
    assert window.nav.current[0] == "quiz_result"
    assert len(kiosk.session.quiz_answers) == len(quiz.items)  # type: ignore[attr-defined]
    tab_to(window, lambda w: isinstance(w, CourseButton))
    key(window, Qt.Key.Key_Return)
    assert window.nav.current[0] == "course"


def test_search_typed_on_a_keyboard(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = start(qtbot, kiosk)
    tab_to(window, lambda w: w is window.nav.current_screen().tiles["search"])  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Return)
    assert window.nav.current[0] == "search"
    search = window.nav.current_screen()
    assert focus() is search.field  # type: ignore[attr-defined]
    for letter in (Qt.Key.Key_W, Qt.Key.Key_E, Qt.Key.Key_L, Qt.Key.Key_D):
        key(window, letter)
    assert search.field.text() == "weld"  # type: ignore[attr-defined]
    button = tab_to(window, lambda w: isinstance(w, CourseButton))
    key(window, Qt.Key.Key_Return)
    assert window.nav.current == ("course", button.code)  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Escape)
    key(window, Qt.Key.Key_Escape)
    assert window.nav.current[0] == "home"


def test_touch_leaves_no_focus_ring_and_keys_bring_it_back(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    window = start(qtbot, kiosk)
    home = window.nav.current_screen()
    QTest.mouseClick(
        window.windowHandle(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        home.tiles["browse"].mapTo(window, home.tiles["browse"].rect().center()),  # type: ignore[attr-defined]
    )
    assert window.nav.current[0] == "browse"
    focused = QApplication.focusWidget()
    assert focused is None or not window.isAncestorOf(focused)
    key(window, Qt.Key.Key_Tab)
    assert window.isAncestorOf(focus())


def test_space_changes_screens_and_reads_aloud_like_enter(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(speech__engine="mock")
    with qtbot.waitSignal(kiosk.speech.availability_changed, timeout=10_000):
        kiosk.speech.load()
    window = start(qtbot, kiosk)
    home = window.nav.current_screen()
    tab_to(window, lambda w: w is home.tiles["about"])  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Space)  # a button that changes the screen, pressed with Space
    assert window.nav.current[0] == "about"
    assert window.isActiveWindow()  # (the offscreen window once lost its focus here)
    assert window.nav.current_screen().isAncestorOf(focus())  # the new screen's first control
    tab_to(window, lambda w: w is window.top_bar.read_aloud)
    with qtbot.waitSignal(kiosk.speech.text_started, timeout=5_000) as started:
        key(window, Qt.Key.Key_Space)
    assert str(started.args[0]).startswith("About ROP/CTE.")
    key(window, Qt.Key.Key_Escape)  # Back to Home stops the voice
    assert window.nav.current[0] == "home"
    assert not kiosk.speech.speaking


def ringed(window: KioskWindow) -> QWidget | None:
    """The button wearing the focus ring, if any (the stylesheet rings the focused one)."""
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, QAbstractButton) and window.isAncestorOf(widget) else None


def test_a_touched_quiz_answer_leaves_no_ring_on_the_next_question(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    touch(window, window.nav.current_screen().start)  # type: ignore[attr-defined]
    touch(window, window.nav.current_screen().tiles["quiz"])  # type: ignore[attr-defined]
    quiz = window.nav.current_screen()
    assert window.nav.current[0] == "quiz" and ringed(window) is None
    for _ in range(3):
        touch(window, quiz.answer_buttons[Answer.DISLIKE])  # type: ignore[attr-defined]
        assert quiz.position > 0  # type: ignore[attr-defined]
        # "I'd like that" once wore the ring on every question, as if already chosen.
        assert ringed(window) is None


def test_choosing_a_text_size_by_touch_leaves_no_ring(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    window.nav.go("home")
    touch(window, window.top_bar.display)
    chooser = window.display_chooser
    assert chooser.isVisible() and ringed(window) is None
    touch(window, chooser.size_buttons[200])
    assert kiosk.session.text_size == 200
    assert ringed(window) is None  # not on 100 %, where the chooser once put the focus
    touch(window, chooser.size_buttons[200])  # the size in use, tapped again, stays chosen
    assert [s for s, b in chooser.size_buttons.items() if b.isChecked()] == [200]
    qtbot.keyClick(chooser, Qt.Key.Key_Escape)  # keys still reach the card
    assert not chooser.isVisible()


def test_keys_land_on_the_chooser_and_the_next_question(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    window = start(qtbot, kiosk)
    tab_to(window, lambda w: w is window.top_bar.display)
    key(window, Qt.Key.Key_Return)
    assert focus() is window.display_chooser.size_buttons[100]  # the size in use
    key(window, Qt.Key.Key_Escape)
    window.nav.go("quiz")
    quiz = window.nav.current_screen()
    tab_to(window, lambda w: w is quiz.answer_buttons[Answer.DISLIKE])  # type: ignore[attr-defined]
    key(window, Qt.Key.Key_Return)
    assert focus() is quiz.answer_buttons[Answer.LIKE]  # type: ignore[attr-defined]


def test_a_touch_after_keys_takes_the_ring_away(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = start(qtbot, kiosk)
    window.nav.go("browse")
    browse = window.nav.current_screen()
    tile = tab_to(window, lambda w: isinstance(w, Tile))
    assert ringed(window) is tile
    touch(window, browse.filters.summer)  # type: ignore[attr-defined]
    assert kiosk.session.filters.summer
    assert ringed(window) is None
    key(window, Qt.Key.Key_Tab)  # and keys bring it back
    assert ringed(window) is not None
