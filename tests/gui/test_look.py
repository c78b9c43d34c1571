"""The look follows the student's choices: icons grow with the text size and take the high
contrast colours, tags stand apart from the page, the top bar keeps its height whatever the
title, and a long page scrolls to just after its last line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.ui import icons
from kiosk.ui.theme import HIGH_CONTRAST, PALETTES, STANDARD
from kiosk.ui.widgets.common import Button, ButtonRow
from kiosk.ui.widgets.tiles import Tile
from kiosk.ui.widgets.topbar import TopBar, fitted
from tests.gui.conftest import MakeKiosk
from tests.helpers.layout import problems
from tests.unit.test_theme import ratio

LANGUAGES = ["en", "es", "hmn", "zh", "vi", "zh-Hans"]
NAVY = QColor(PALETTES[STANDARD]["navy"])


def settle() -> None:
    for _ in range(3):  # the screen, then the relayout it asks for, then painting
        QApplication.processEvents()


def show(kiosk: Kiosk, screen: str, arg: str | None = None) -> QWidget:
    kiosk.window.nav.go(screen, arg)
    settle()
    return kiosk.window.nav.current_screen()


def inked(image: QImage) -> QRect:
    """The bounding box of the pixels that are not transparent."""
    box = QRect()
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() > 0:
                box = box.united(QRect(x, y, 1, 1))
    return box


def drawn(button: Button) -> QImage:
    """The icon as the button draws it."""
    mode = QIcon.Mode.Normal if button.isEnabled() else QIcon.Mode.Disabled
    return button.icon().pixmap(button.iconSize(), 1.0, mode).toImage()


def opaque_colours(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }


def bluish(image: QImage) -> int:
    """Pixels with navy in them (navy and its smoothed edges on white); high contrast has
    only black, white, grey, yellow and the dark orange and green."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            count += c.blue() - c.red() > 20 and c.blue() - c.green() > 10
    return count


def on_dark(button: Button) -> bool:
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, TopBar):
        parent = parent.parentWidget()
    return parent is not None or button.property("role") in ("primary", "list-added")


def icons_shown(kiosk: Kiosk) -> tuple[list[Button], list[Tile]]:
    window = kiosk.window
    buttons = [
        b
        for b in window.findChildren(Button)
        if b.isVisible() and b.isEnabled() and not b.icon().isNull()
    ]
    tiles = [t for t in window.findChildren(Tile) if t.isVisible() and t.isEnabled()]
    return buttons, tiles


def test_icons_grow_with_the_text_size(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    heights: dict[int, dict[str, int]] = {}
    for text_size in (100, 200):
        kiosk.session.set_look(text_size=text_size)
        home = show(kiosk, "home")
        tile = home.tiles["quiz"]  # type: ignore[attr-defined]
        seen = {"tile": inked(tile.icon_label.grab().toImage()).height()}
        course = show(kiosk, "course", "HS-310")
        buttons = {
            "bar": kiosk.window.top_bar.home,
            "light": course.signup,  # type: ignore[attr-defined]
            "primary": course.add,  # type: ignore[attr-defined]
        }
        for name, button in buttons.items():
            seen[name] = inked(drawn(button)).height()
            assert button.height() >= button.iconSize().height() + 4, name  # not cut off
        key = show(kiosk, "search").keyboard.delete  # type: ignore[attr-defined]
        seen["key"] = inked(drawn(key)).height()
        heights[text_size] = seen
    assert heights[100]["tile"] >= 32 and heights[100]["light"] >= 24
    for name, normal in heights[100].items():
        assert heights[200][name] >= 1.8 * normal, (name, heights)


@pytest.mark.parametrize("contrast", [STANDARD, HIGH_CONTRAST])
def test_icons_take_the_palettes_colours(
    qtbot: QtBot, make_kiosk: MakeKiosk, contrast: str
) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    for code in ("HS-310", "TR-110"):
        kiosk.session.toggle_course(code)
    kiosk.session.set_look(contrast=contrast)
    palette = PALETTES[contrast]
    checked = 0
    navy_seen = 0
    for screen, arg in (("home", None), ("course", "HS-310"), ("search", None), ("mylist", None)):
        show(kiosk, screen, arg)
        buttons, tiles = icons_shown(kiosk)
        for button in buttons:
            expected = QColor(palette["white" if on_dark(button) else "navy"]).name()
            assert opaque_colours(drawn(button)) == {expected}, button.accessibleName()
            navy_seen += bluish(button.grab().toImage())
            checked += 1
        for tile in tiles:
            assert opaque_colours(tile.icon_label.pixmap().toImage()) == {
                QColor(palette["navy"]).name()
            }
            navy_seen += bluish(tile.grab().toImage())
            checked += 1
    assert checked > 20  # the top bar, tiles, keys, light, primary and added buttons
    if contrast == HIGH_CONTRAST:
        assert palette["navy"] == palette["ink"]  # the high-contrast foreground
        assert navy_seen == 0  # nothing painted navy
    else:
        assert navy_seen > 100  # the check sees navy where it is


def test_a_screen_shown_again_renders_no_icon_again(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    kiosk.session.toggle_course("HS-310")
    route = (("home", None), ("course", "HS-310"), ("mylist", None), ("search", None))
    for screen, arg in route:
        show(kiosk, screen, arg)
    rendered = icons.pixmap.cache_info().misses
    for screen, arg in route:  # My list builds new rows and buttons each time
        show(kiosk, screen, arg)
    assert icons.pixmap.cache_info().misses == rendered


@pytest.mark.parametrize("contrast", [STANDARD, HIGH_CONTRAST])
def test_course_tags_stand_apart_from_the_page(
    qtbot: QtBot, make_kiosk: MakeKiosk, contrast: str
) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    kiosk.session.set_look(contrast=contrast)
    course = show(kiosk, "course", "HS-310")
    shot = kiosk.window.grab().toImage()
    tags = [
        tag
        for tag in (course.level, course.college_badge, course.cve_badge)  # type: ignore[attr-defined]
        if tag.isVisible()
    ]
    assert len(tags) >= 2
    for tag in tags:
        where = QRect(tag.mapTo(kiosk.window, QPoint(0, 0)), tag.size())
        middle = where.center().y()
        page = shot.pixelColor(where.center().x(), where.top() - 4).name()
        edge = shot.pixelColor(where.left() + 1, middle).name()
        assert page == QColor(PALETTES[contrast]["page"]).name()
        # An edge a person can see: 3:1, what WCAG asks of a component's boundary.
        assert ratio(edge, page) >= 3, (tag.text(), edge, page)


def longest(kiosk: Kiosk, lang: str) -> tuple[list[str], list[str]]:
    """The sample catalog's longest course titles and sector names in `lang`."""
    repo = kiosk.context.repo
    sectors = repo.sectors(lang)
    courses = [
        course
        for pathway in repo.pathways(None, lang)
        for course in repo.courses(pathway.code, lang)
    ]
    courses.sort(key=lambda c: len(c.title), reverse=True)
    sectors.sort(key=lambda s: len(s.name), reverse=True)
    return [c.code for c in courses[:2]], [s.code for s in sectors[:1]]


@pytest.mark.parametrize("text_size", [100, 200])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_top_bar_keeps_its_height_with_the_longest_titles(
    qtbot: QtBot, make_kiosk: MakeKiosk, lang: str, text_size: int
) -> None:
    kiosk = make_kiosk(size=(1366, 768), ui__languages=LANGUAGES)
    kiosk.session.set_language(lang)
    kiosk.session.set_look(text_size=text_size)
    bar = kiosk.window.top_bar
    show(kiosk, "home")
    height = bar.height()
    courses, sectors = longest(kiosk, lang)
    elided = 0
    for screen, arg in [("course", code) for code in courses] + [("sector", sectors[0])]:
        title = show(kiosk, screen, arg).title()  # type: ignore[attr-defined]
        assert bar.height() == height, (screen, arg, title)
        assert bar.title.accessibleName() == title
        lines = bar.title.text().split("\n")
        assert len(lines) <= 2
        metrics = bar.title.fontMetrics()
        assert all(metrics.horizontalAdvance(line) <= bar.title.width() for line in lines)
        assert title.startswith(lines[0][:4])  # its beginning, not only an ellipsis
        elided += bar.title.text().endswith("…")
        assert problems(kiosk.window) == [], (screen, arg)
    if lang == "hmn":
        assert elided  # the longest titles really did not fit


def test_a_title_is_cut_into_two_lines_and_elided(qapp: QApplication) -> None:
    font = QFont()
    font.setPixelSize(24)
    metrics = QFontMetrics(font)
    title = "Chaw Ua Hauj Lwm Kho Mob thiab Ntaub Ntawv Kev Noj Qab Haus Huv (Medical Office)"
    assert fitted("Short", font, 300, 2) == "Short"
    lines = fitted(title, font, 300, 2).split("\n")
    assert len(lines) == 2 and lines[1].endswith("…") and lines[0].startswith("Chaw Ua")
    assert all(metrics.horizontalAdvance(line) <= 300 for line in lines)
    one = fitted("護理助理護理助理護理助理護理助理護理助理護理助理", font, 120, 1)
    assert "\n" not in one and one.endswith("…") and metrics.horizontalAdvance(one) <= 120


def scroll_end_and_content_end(page: QWidget) -> tuple[int, int]:
    """How far the page scrolls (the bottom of what can be seen at the end) and where its
    content ends (the lowest widget's bottom, plus the page's bottom margin)."""
    inner = page.widget()  # type: ignore[attr-defined]
    bottom = max(
        w.mapTo(inner, QPoint(0, w.height())).y()
        for w in inner.findChildren(QWidget)
        if w.isVisibleTo(inner)
    )
    view = page.viewport().height()  # type: ignore[attr-defined]
    end = view + page.verticalScrollBar().maximum()  # type: ignore[attr-defined]
    margin = page.body.contentsMargins().bottom()  # type: ignore[attr-defined]
    return end, max(view, bottom + margin)


@pytest.mark.parametrize("text_size", [100, 200])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_long_pages_end_just_after_their_last_line(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int], text_size: int
) -> None:
    kiosk = make_kiosk(size=size)
    kiosk.session.set_look(text_size=text_size)
    ends = {}
    for lang in ("en", "hmn"):
        kiosk.session.set_language(lang)
        for screen, arg in (("course", "HS-310"), ("about", None)):
            page = show(kiosk, screen, arg).page  # type: ignore[attr-defined]
            end, content = scroll_end_and_content_end(page)
            assert page.verticalScrollBar().maximum() > 0  # long enough to scroll
            ends[(lang, screen)] = (end, content)
    assert {key: gap for key, gap in ends.items() if abs(gap[0] - gap[1]) > 2} == {}


def test_a_row_of_buttons_stacks_them_when_they_do_not_fit(qtbot: QtBot) -> None:
    window = QWidget()  # a row on a page, as My list has it
    qtbot.addWidget(window)
    row = ButtonRow()
    QVBoxLayout(window).addWidget(row)
    first = row.add(Button("A long first button's words"))
    row.add_stretch()
    second = row.add(Button("And a second one"))
    need = first.sizeHint().width() + second.sizeHint().width() + 16
    window.resize(need + 60, 300)
    window.show()
    qtbot.waitExposed(window)
    settle()
    assert first.y() == second.y() and second.x() > first.x() + first.width()
    window.resize(need - 40, 300)
    settle()
    assert second.y() >= first.y() + first.height() and second.x() == first.x()
    assert row.minimumSizeHint().width() < need
    assert first.width() >= first.sizeHint().width()  # neither squeezed
