"""Every screen at the target sizes, windowed too: targets >= 48 px, no clipped or hidden
text, no scrolling area squeezed to a strip, nothing drawn over its neighbour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.models import Answer, BrowseFilter
from kiosk.screenshots import tour
from kiosk.ui.widgets.common import ScrollPage
from kiosk.ui.widgets.courses import CourseButton
from kiosk.ui.window import KioskWindow
from tests.gui.conftest import MakeKiosk
from tests.helpers.layout import problems, whole_in_view

SIZES = [(1920, 1080), (1366, 768), (1080, 1920)]
# 768 less a taskbar and a title bar: the kiosk in a window, as the staff's preview shows it.
WINDOWED = (1366, 705)
LANGUAGES = ["en", "es", "hmn", "zh", "vi"]
ALL_SIX = [*LANGUAGES, "zh-Hans"]  # every language there is: six buttons on Attract


def voiced(qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]) -> Kiosk:
    """A kiosk offering all six languages, with Read aloud (Qt's mock engine)."""
    kiosk = make_kiosk(size=size, ui__languages=ALL_SIX, speech__engine="mock")
    with qtbot.waitSignal(kiosk.speech.availability_changed, timeout=10_000):
        kiosk.speech.load()
    return kiosk


def with_speaker(window: KioskWindow) -> None:
    """The speaker shown, as a kiosk with a voice for the language shows it: the mock engine
    speaks English alone, and the speaker takes room (on Attract, a row of its own)."""
    window.top_bar.show_read_aloud(available=True, speaking=False)
    window.nav.current_screen().show_read_aloud(True, False)
    shown(window)


@pytest.mark.parametrize("lang", ALL_SIX)
@pytest.mark.parametrize("size", [*SIZES, WINDOWED], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int], lang: str
) -> None:
    kiosk = voiced(qtbot, make_kiosk, size)
    window = kiosk.window
    assert (window.width(), window.height()) == size
    found = {}
    for name in tour(window, lang):
        with_speaker(window)
        trouble = problems(window)
        if trouble:
            found[name] = trouble
    assert found == {}


@pytest.mark.parametrize(
    "size", [(1366, 768), WINDOWED, (1280, 657)], ids=lambda s: f"{s[0]}x{s[1]}"
)
def test_attract_fits_every_highlight_in_every_language(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    """The highlights take turns, some of them two lines long: each one fits (1280x657, a
    1280x720 screen windowed, needs Attract's smallest title)."""
    kiosk = voiced(qtbot, make_kiosk, size)
    window = kiosk.window
    attract = window.nav.current_screen()
    found = {}
    for lang in ALL_SIX:
        kiosk.session.set_language(lang)
        highlights = kiosk.context.repo.info(lang).highlights
        assert len(highlights) > 1
        for index, text in enumerate(highlights):
            with_speaker(window)
            assert attract.highlight.text() == text  # type: ignore[attr-defined]
            trouble = problems(window)
            if trouble:
                found[f"{lang}-{index + 1}"] = trouble
            attract.next_highlight()  # type: ignore[attr-defined]
    assert found == {}


@pytest.mark.parametrize(
    ("lang", "contrast"), [(lang, "standard") for lang in LANGUAGES] + [("en", "high")]
)
def test_every_screen_fits_at_200_percent_text(
    qtbot: QtBot, make_kiosk: MakeKiosk, lang: str, contrast: str
) -> None:
    kiosk = voiced(qtbot, make_kiosk, (1366, 768))
    found, sizes = {}, {}
    for name in tour(kiosk.window, lang, text_size=200, contrast=contrast):
        sizes[name] = kiosk.session.text_size
        with_speaker(kiosk.window)
        trouble = problems(kiosk.window)
        if trouble:
            found[name] = trouble
    assert sizes["09-course"] == 200  # the tour really ran at 200 %
    assert found == {}


def shown(window: QWidget) -> None:
    for _ in range(3):  # the screen, then the relayout it asks for, then painting
        QApplication.processEvents()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("text_size", [100, 200])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_search_shows_three_whole_results_with_the_keyboard_up(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int], text_size: int, lang: str
) -> None:
    kiosk = make_kiosk(size=size)
    window = kiosk.window
    kiosk.session.set_language(lang)  # Hmong titles are the longest
    kiosk.session.set_look(text_size=text_size)
    window.nav.go("home")
    kiosk.session.search_text = "nurs"  # six classes, some with long titles
    window.nav.go("search")
    shown(window)
    search = window.nav.current_screen()
    buttons = search.results.buttons()  # type: ignore[attr-defined]
    assert len(buttons) >= 3 and search.keyboard.isVisible()  # type: ignore[attr-defined]
    assert whole_in_view(search.page, buttons) >= 3  # type: ignore[attr-defined]
    assert problems(window) == []


def test_the_check_catches_a_results_strip(qtbot: QtBot) -> None:
    """Results squeezed into a strip above the keys, as search once showed them."""
    root = QWidget()
    qtbot.addWidget(root)
    box = QVBoxLayout(root)
    page = ScrollPage()
    page.setFixedHeight(100)
    for _ in range(6):
        page.add(QLabel("a result")).setMinimumHeight(80)
    box.addWidget(page)
    root.resize(800, 600)
    root.show()
    qtbot.waitExposed(root)
    assert any("a strip, not a page" in p for p in problems(root))
    assert whole_in_view(page, page.findChildren(QLabel)) <= 1
    page.setFixedHeight(400)
    shown(root)
    assert problems(root) == []


def test_the_check_catches_widgets_drawn_over_each_other(qtbot: QtBot) -> None:
    """Attract as it once was: a title wrapped to two lines and two rows of language buttons
    in a screen too short for them, so Qt drew the second row over the first."""
    root = QWidget()
    qtbot.addWidget(root)
    box = QVBoxLayout(root)
    box.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # as the kiosk's window
    box.setContentsMargins(64, 64, 64, 64)
    box.setSpacing(28)
    title = QLabel("Cursos de Educación Técnica Profesional")
    title.setMinimumHeight(2 * 66)
    box.addWidget(title)
    for words in ("Empezar", "Leer en voz alta"):
        button = QPushButton(words)
        button.setMinimumHeight(82)
        box.addWidget(button)
    grid = QGridLayout()
    grid.setSpacing(12)
    names = ["English", "Español", "Hmoob", "繁體中文", "Tiếng Việt", "简体中文"]
    for index, name in enumerate(names):
        button = QPushButton(name)
        button.setMinimumHeight(82)
        grid.addWidget(button, index // 3, index % 3)
    box.addLayout(grid)
    root.resize(1366, 520)
    root.show()
    qtbot.waitExposed(root)
    found = problems(root)
    assert any("its layout needs" in p for p in found)  # squeezed...
    assert any(
        "'English'" in p and "'繁體中文'" in p and "overlap" in p for p in found
    )  # so drawn over
    root.resize(1366, 705)
    shown(root)
    assert problems(root) == []


def other_states(kiosk: Kiosk) -> Iterator[str]:
    """Screens in states the tour does not show: nothing left by the filters, an empty list,
    a quiz result whose best matches have no classes, the keyboard put away."""
    window, session, repo = kiosk.window, kiosk.session, kiosk.context.repo
    session.filters = BrowseFilter(summer=True, college_credit=True)
    window.nav.go("browse")
    yield "browse-no-match"
    window.nav.go("sector", "HS")
    yield "sector-no-match"
    session.filters = BrowseFilter()
    window.nav.go("mylist")
    yield "mylist-empty"
    window.nav.go("counselor")
    yield "counselor-empty"
    window.nav.go("quiz")
    window.nav.current_screen().answer(Answer.LIKE)  # type: ignore[attr-defined]
    yield "quiz-second-question"
    for item in repo.quiz_items(session.language):
        session.quiz_answers[item.code] = Answer.LIKE if item.area in "RC" else Answer.DISLIKE
    window.nav.go("quiz_result")
    yield "quiz-result-doer"
    session.interests = ["INT-HELP"]
    window.nav.go("interests")
    yield "interests-helping"
    session.search_text = "a"
    window.nav.go("search")
    window.nav.current_screen().hide_keyboard()  # type: ignore[attr-defined]
    yield "search-keyboard-hidden"
    window.nav.go("home")
    window.language_picker.open(session.language)  # six languages: three rows of two
    yield "language-picker"
    window.language_picker.hide()
    window.display_chooser.open(session.text_size, session.contrast)
    yield "display-chooser"
    window.display_chooser.hide()


@pytest.mark.parametrize(
    ("size", "text_size", "lang"),
    [(size, text, "en") for size in SIZES[:2] for text in (100, 200)]
    + [((1366, 768), 200, lang) for lang in LANGUAGES[1:]]
    + [(WINDOWED, 100, lang) for lang in ALL_SIX],
    ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else str(v),
)
def test_the_other_states_fit(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int], text_size: int, lang: str
) -> None:
    kiosk = make_kiosk(size=size, ui__languages=ALL_SIX)
    kiosk.session.set_language(lang)
    kiosk.session.set_look(text_size=text_size)
    kiosk.window.nav.go("home")
    found = {}
    for name in other_states(kiosk):
        shown(kiosk.window)
        trouble = problems(kiosk.window)
        if trouble:
            found[name] = trouble
    assert found == {}


def test_search_rows_cut_long_titles_and_keep_them_whole_for_assistive_technology(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    window = kiosk.window
    kiosk.session.set_language("hmn")
    kiosk.session.set_look(text_size=200)
    window.nav.go("home")
    kiosk.session.search_text = "nurs"
    window.nav.go("search")
    shown(window)
    rows = window.nav.current_screen().results.buttons()  # type: ignore[attr-defined]
    course = kiosk.context.repo.course(rows[0].code, "hmn")
    assert course is not None and rows[0].accessibleName() == course.title
    title, detail = rows[0].drawn(rows[0].width())
    assert title.text.endswith("\u2026") and title.text.count("\n") == 1  # two lines, cut
    assert "\n" not in detail.text
    # Lists elsewhere (a sector's classes) show whole titles.
    window.nav.go("sector", course.pathway.sector_code)
    shown(window)
    same = [
        b for b in window.nav.current_screen().findChildren(CourseButton) if b.code == course.code
    ]
    assert same and same[0].drawn(same[0].width())[0].text == course.title
