"""Whole student journeys on the real window, tapped the way a student would."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.ui.widgets.common import Text
from kiosk.ui.widgets.courses import CourseButton
from tests.gui.conftest import MakeKiosk
from tests.helpers.kiosk import choose_language, tap, visible


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )
    return printer


def course_buttons(kiosk: Kiosk) -> list[CourseButton]:
    screen = kiosk.window.nav.current_screen()
    return [b for b in screen.findChildren(CourseButton) if b.isVisible()]


def test_launch_shows_attract_and_a_tap_starts(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    assert window.nav.current[0] == "attract"
    assert not window.top_bar.isVisible()
    attract = window.nav.current_screen()
    assert attract.highlight.text() in kiosk.context.repo.info("en").highlights
    qtbot.mouseClick(attract, Qt.MouseButton.LeftButton)
    assert window.nav.current[0] == "home"
    assert window.top_bar.isVisible()


def test_interest_to_course_to_counselor_to_printed_slip(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pdf = tmp_path / "slip.pdf"
    kiosk = make_kiosk(printer=lambda: pdf_printer(pdf))
    window = kiosk.window
    tap(qtbot, window.nav.current_screen().start)
    home = window.nav.current_screen()
    tap(qtbot, home.tiles["interests"])  # tap 1
    interests = window.nav.current_screen()
    tap(qtbot, interests.tiles["INT-HEALTH"])  # tap 2
    buttons = course_buttons(kiosk)
    assert buttons, "choosing an interest shows courses"
    nursing = next(b for b in buttons if b.code == "HS-310")
    tap(qtbot, nursing)  # tap 3: a course, three taps from Home
    assert window.nav.current == ("course", "HS-310")
    course = window.nav.current_screen()
    assert course.heading.text() == "Nursing Assistant"
    tap(qtbot, course.add)
    assert kiosk.session.my_list == ["HS-310"]
    assert course.add.text() == "In my list"
    assert window.top_bar.my_list.text() == "My list (1)"
    tap(qtbot, course.signup)
    counselor = window.nav.current_screen()
    assert window.nav.current[0] == "counselor"
    tap(qtbot, counselor._chips["AABHP"])
    assert "Arthur A. Benjamin Health Professions High School" in counselor.office.text()
    assert not counselor.qr.pixmap().isNull()
    tap(qtbot, counselor.print_button)
    assert counselor.message.text().startswith("Printing.")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "My career class list" in text
    assert "HS-310" in text and "Nursing Assistant" in text
    assert "Arthur A. Benjamin Health Professions High School" in text
    assert "talk to your high-school counselor" in text


def test_print_without_a_printer_says_so_calmly(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.session.toggle_course("TR-110")
    kiosk.window.nav.go("counselor")
    counselor = kiosk.window.nav.current_screen()
    tap(qtbot, counselor.print_button)
    assert counselor.message.isVisible()
    assert counselor.message.text().startswith("There is no printer here.")
    assert kiosk.window.nav.current[0] == "counselor"


def test_the_whole_quiz(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("home")
    tap(qtbot, window.nav.current_screen().tiles["quiz"])
    quiz = window.nav.current_screen()
    items = kiosk.context.repo.quiz_items("en")
    for index, item in enumerate(items):
        assert quiz.progress.text() == f"Question {index + 1} of {len(items)}"
        assert quiz.statement.text() == item.statement
        choice = "I'd like that" if item.area in "RI" else "Not for me"
        tap(qtbot, next(b for b in quiz.answer_buttons.values() if b.text() == choice))
    assert window.nav.current[0] == "quiz_result"
    result = window.nav.current_screen()
    names = [label.text() for label in visible(result.areas.findChildren(type(result.heading)))]
    assert names[0] == "Doer" and "Thinker" in names
    first_course = course_buttons(kiosk)[0]
    assert first_course.isVisible()
    tap(qtbot, first_course)
    assert window.nav.current[0] == "course"


def test_quiz_previous_question_keeps_answers(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.nav.go("quiz")
    quiz = kiosk.window.nav.current_screen()
    first = quiz.statement.text()
    tap(qtbot, quiz.answer_buttons[2])
    tap(qtbot, quiz.previous)
    assert quiz.statement.text() == first
    assert len(kiosk.session.quiz_answers) == 1


def test_search_typed_on_the_on_screen_keyboard(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("home")
    choose_language(qtbot, window, "es")
    tap(qtbot, window.nav.current_screen().tiles["search"])
    search = window.nav.current_screen()
    for letter in "enfermería":
        tap(qtbot, search.keyboard.keys[letter])
    assert search.field.text() == "enfermería"
    assert kiosk.session.search_text == "enfermería"
    qtbot.waitUntil(lambda: [b.code for b in course_buttons(kiosk)][:1] == ["HS-310"])
    assert course_buttons(kiosk)[0].accessibleName().startswith("Asistente de enfermería")
    tap(qtbot, search.keyboard.delete)
    assert search.field.text() == "enfermerí"
    tap(qtbot, search.keyboard.clear_all)
    assert search.field.text() == ""
    qtbot.waitUntil(lambda: not course_buttons(kiosk))


def test_search_finds_a_course_and_opens_it(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.nav.go("search")
    search = kiosk.window.nav.current_screen()
    for letter in "weld":
        tap(qtbot, search.keyboard.keys[letter])
    qtbot.waitUntil(lambda: len(course_buttons(kiosk)) >= 3)
    tap(qtbot, course_buttons(kiosk)[0])
    assert kiosk.window.nav.current[0] == "course"
    assert "Weld" in kiosk.window.nav.current_screen().heading.text()


def test_browse_sector_course_in_three_taps(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("home")
    tap(qtbot, window.nav.current_screen().tiles["browse"])
    browse = window.nav.current_screen()
    assert len(browse.tiles) == 15
    tap(qtbot, browse.tiles["TR"])
    assert window.nav.current == ("sector", "TR")
    codes = [b.code for b in course_buttons(kiosk)]
    assert "TR-110" in codes
    tap(qtbot, next(b for b in course_buttons(kiosk) if b.code == "TR-110"))
    assert window.nav.current == ("course", "TR-110")
    tap(qtbot, window.top_bar.back)
    assert window.nav.current == ("sector", "TR")
    tap(qtbot, window.top_bar.back)
    assert window.nav.current == ("browse", None)


def test_browse_filters_narrow_and_persist(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("browse")
    browse = window.nav.current_screen()
    before = {code: tile.isEnabled() for code, tile in browse.tiles.items()}
    tap(qtbot, browse.filters.cve)
    assert kiosk.session.filters.cve
    enabled = [code for code, tile in browse.tiles.items() if tile.isEnabled()]
    assert 0 < len(enabled) < sum(before.values())
    tap(qtbot, browse.tiles[enabled[0]])
    for button in course_buttons(kiosk):
        course = kiosk.context.repo.course(button.code, "en")
        assert course is not None and course.cve
    sector = window.nav.current_screen()
    assert sector.filters.cve.isChecked()
    tap(qtbot, sector.filters.school)
    assert sector.filters.school_grid.isVisible()


def test_my_list_remove_and_start_over(qtbot: QtBot, kiosk: Kiosk) -> None:
    for code in ("HS-310", "TR-110"):
        kiosk.session.toggle_course(code)
    kiosk.window.nav.go("mylist")
    mylist = kiosk.window.nav.current_screen()
    assert [b.code for b in course_buttons(kiosk)] == ["HS-310", "TR-110"]
    remove = next(
        b for b in visible(mylist.findChildren(type(mylist.start_over))) if b.text() == "Remove"
    )
    tap(qtbot, remove)
    qtbot.waitUntil(lambda: [b.code for b in course_buttons(kiosk)] == ["TR-110"])
    tap(qtbot, mylist.start_over)
    assert kiosk.session.my_list == ["TR-110"]  # asked first (tests/gui/test_start_over.py)
    tap(qtbot, mylist.question.yes)
    assert kiosk.window.nav.current[0] == "attract"
    assert kiosk.session.my_list == []


def test_about_shows_the_faq_and_notice(kiosk: Kiosk) -> None:
    kiosk.window.nav.go("about")
    about = kiosk.window.nav.current_screen()
    labels = [w.text() for w in visible(about.page.findChildren(Text))]
    faq = kiosk.context.repo.faq("en")
    info = kiosk.context.repo.info("en")
    sources = labels.index("Where the pay figures come from")
    assert labels[sources + 2 :][: len(info.credits)] == list(info.credits)
    del labels[sources : sources + 2 + len(info.credits)]  # just before the notice
    assert labels == [t for e in faq for t in (e.question, e.answer)]
    assert labels[sources] == "Nondiscrimination"


def test_counts_read_naturally_in_english_and_spanish(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.session.search_text = "welding"
    kiosk.window.nav.go("search")
    search = kiosk.window.nav.current_screen()
    assert search.status.text() == "3 classes found"
    kiosk.session.search_text = "java"
    kiosk.window.nav.go("home")
    kiosk.window.nav.go("search")
    assert search.status.text() == "1 class found"
    choose_language(qtbot, kiosk.window, "es")
    assert search.status.text() == "1 clase encontrada"
