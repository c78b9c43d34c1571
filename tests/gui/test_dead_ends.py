"""Never a dead end: a disabled control looks off and says why, filters that leave nothing
offer to clear them, results lead to classes first, and the on-screen keyboard can be put
away and brought back."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.models import Answer, BrowseFilter
from kiosk.ui.widgets.common import Text
from kiosk.ui.widgets.courses import CourseButton
from kiosk.ui.widgets.tiles import Tile
from tests.helpers.kiosk import tap, touch, visible
from tests.helpers.layout import whole_in_view


def background(widget: QWidget) -> QColor:
    """The colour just inside the top edge of a button (its background, not its words)."""
    return widget.grab().toImage().pixelColor(widget.width() // 2, 6)


def top(widget: QWidget, screen: QWidget) -> int:
    return widget.mapTo(screen, QPoint(0, 0)).y()


def words(screen: QWidget) -> list[str]:
    return [label.text() for label in visible(screen.findChildren(Text))]


def test_see_your_counselor_on_an_empty_list_leads_to_the_counseling_office(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    window = kiosk.window
    window.nav.go("mylist")
    mylist = window.nav.current_screen()
    assert kiosk.session.my_list == []
    tap(qtbot, mylist.counselor)  # type: ignore[attr-defined]
    assert window.nav.current[0] == "counselor"
    counselor = window.nav.current_screen()
    tap(qtbot, counselor._chips["AABHP"])  # type: ignore[attr-defined]
    assert "Arthur A. Benjamin" in counselor.office.text()  # type: ignore[attr-defined]
    off = counselor.print_button  # type: ignore[attr-defined]
    assert not off.isEnabled()
    assert counselor.print_hint.isVisible()  # type: ignore[attr-defined]
    assert counselor.print_hint.text() == "Add a class to your list to print it."  # type: ignore[attr-defined]
    off_colour = background(off)
    kiosk.session.toggle_course("HS-310")
    window.nav.go("course", "HS-310")
    window.nav.back()
    assert off.isEnabled() and not counselor.print_hint.isVisible()  # type: ignore[attr-defined]
    assert background(off) != off_colour  # a disabled button no longer looks enabled
    assert background(off) == QColor("#B3400A")  # the orange of every main action


def test_a_disabled_sector_tile_looks_disabled(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("browse")
    browse = window.nav.current_screen()
    tap(qtbot, browse.filters.cve)  # type: ignore[attr-defined]
    tiles: dict[str, Tile] = browse.tiles  # type: ignore[attr-defined]
    on = next(t for t in tiles.values() if t.isEnabled())
    off = next(t for t in tiles.values() if not t.isEnabled())
    assert off.label.text().endswith("\n0 classes")  # it says why
    assert background(on) != background(off)
    assert on.label.palette().windowText().color() != off.label.palette().windowText().color()


def test_the_first_quiz_question_has_no_dead_previous_button(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.nav.go("quiz")
    quiz = kiosk.window.nav.current_screen()
    assert not quiz.previous.isVisible()  # type: ignore[attr-defined]
    tap(qtbot, quiz.answer_buttons[Answer.LIKE])  # type: ignore[attr-defined]
    assert quiz.previous.isVisible() and quiz.previous.isEnabled()  # type: ignore[attr-defined]


def test_filters_that_leave_nothing_say_so_and_clear_in_one_tap(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("browse")
    browse = window.nav.current_screen()
    filters = browse.filters  # type: ignore[attr-defined]
    assert not filters.nothing.isVisible() and not filters.clear_filters.isVisible()
    tap(qtbot, filters.summer)
    tap(qtbot, filters.college)
    assert not any(t.isEnabled() for t in browse.tiles.values())  # type: ignore[attr-defined]
    assert filters.nothing.isVisible()
    assert filters.nothing.text().startswith("No class here matches all of these filters.")
    assert whole_in_view(browse.page, [filters.clear_filters]) == 1  # type: ignore[attr-defined]
    tap(qtbot, filters.clear_filters)  # one tap
    assert kiosk.session.filters == BrowseFilter()
    assert not filters.summer.isChecked() and not filters.college.isChecked()
    assert all(t.isEnabled() for t in browse.tiles.values())  # type: ignore[attr-defined]
    assert not filters.nothing.isVisible() and not filters.clear_filters.isVisible()


def test_a_sector_with_nothing_left_offers_the_same_way_back(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("sector", "HS")
    sector = window.nav.current_screen()
    filters = sector.filters  # type: ignore[attr-defined]
    tap(qtbot, filters.summer)
    tap(qtbot, filters.college)
    assert not visible(sector.findChildren(CourseButton))  # type: ignore[arg-type]
    assert filters.nothing.isVisible()
    tap(qtbot, filters.clear_filters)
    assert window.nav.current == ("sector", "HS")
    assert visible(sector.findChildren(CourseButton))  # type: ignore[arg-type]
    assert not filters.nothing.isVisible()


def test_a_quiz_result_leads_to_classes_first(qtbot: QtBot, kiosk: Kiosk) -> None:
    """A doer and organizer's best matches once had no class ("No classes in this pathway
    yet"); now every pathway shown first has classes to tap."""
    session, repo = kiosk.session, kiosk.context.repo
    for item in repo.quiz_items("en"):
        session.quiz_answers[item.code] = Answer.LIKE if item.area in "RC" else Answer.DISLIKE
    kiosk.window.nav.go("quiz_result")
    result = kiosk.window.nav.current_screen()
    shown = words(result)
    assert "No classes in this pathway yet." not in shown
    first = result.matches.findChildren(Text)[0]  # type: ignore[attr-defined]
    buttons = visible(result.findChildren(CourseButton))  # type: ignore[arg-type]
    assert buttons and top(buttons[0], result) > top(first, result)
    assert repo.course(buttons[0].code, "en").pathway.name == first.text()  # type: ignore[union-attr]


def test_pathways_without_classes_come_last_under_a_label(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    window.nav.go("interests")
    interests = window.nav.current_screen()
    tap(qtbot, interests.tiles["INT-HELP"])  # type: ignore[attr-defined]
    matches = interests.matches  # type: ignore[attr-defined]
    empty = [m.pathway.name for m in kiosk.context.repo.match_interests(["INT-HELP"], "en")]
    label = next(t for t in visible(matches.findChildren(Text)) if t.text().startswith("These"))
    assert label.text() == "These pathways match too, but have no classes here yet:"
    names = matches.without_courses.text().split(", ")
    assert names and set(names) <= set(empty)
    last_course = max(top(b, matches) for b in visible(matches.findChildren(CourseButton)))
    assert top(label, matches) > last_course  # after every pathway with classes


def test_the_keyboard_hides_and_comes_back_when_the_field_is_touched(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    window = kiosk.window
    window.nav.go("search")
    search = window.nav.current_screen()
    keyboard = search.keyboard  # type: ignore[attr-defined]
    for letter in "nurs":
        tap(qtbot, keyboard.keys[letter])
    qtbot.waitUntil(lambda: len(search.results.buttons()) == 6)  # type: ignore[attr-defined]
    narrow = search.page.width()  # type: ignore[attr-defined]
    tap(qtbot, keyboard.hide_keys)
    QApplication.processEvents()
    assert not keyboard.isVisible() and search.show_keys.isVisible()  # type: ignore[attr-defined]
    assert search.page.width() > narrow  # type: ignore[attr-defined]  # the results get the room
    assert whole_in_view(search.page, search.results.buttons()) >= 3  # type: ignore[attr-defined]
    touch(window, search.field)  # type: ignore[attr-defined]
    assert keyboard.isVisible() and not search.show_keys.isVisible()  # type: ignore[attr-defined]
    assert search.field.hasFocus()  # type: ignore[attr-defined]
    tap(qtbot, keyboard.hide_keys)
    tap(qtbot, search.show_keys)  # type: ignore[attr-defined]
    assert keyboard.isVisible()
    tap(qtbot, keyboard.hide_keys)
    window.nav.start_over()
    window.nav.go("search")
    assert keyboard.isVisible()  # the next student starts with the keys up
