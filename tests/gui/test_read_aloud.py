"""Read aloud with Qt's mock speech engine (English voices only): every screen reads its own
content from its speaker button, reading stops when the student moves on, and the button is
hidden where no engine or no voice for the language exists."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.catalog.repository import Repository
from kiosk.screenshots import tour
from tests.gui.conftest import MakeKiosk
from tests.helpers.kiosk import choose_language, tap
from tests.helpers.layout import problems

LANGUAGES = ["en", "es", "hmn", "zh", "vi"]


def loaded(qtbot: QtBot, make_kiosk: MakeKiosk, **values: object) -> Kiosk:
    kiosk = make_kiosk(speech__engine="mock", ui__languages=LANGUAGES, **values)
    with qtbot.waitSignal(kiosk.speech.availability_changed, timeout=10_000):
        kiosk.speech.load()
    return kiosk


def speaker_of(kiosk: Kiosk) -> QPushButton:
    window = kiosk.window
    if window.nav.current[0] == "attract":
        return window.nav.screen_named("attract").read_aloud  # type: ignore[attr-defined, no-any-return]
    return window.top_bar.read_aloud


def has_name(button: QPushButton, name: str) -> bool:
    return button.accessibleName() == name


# Pictures of a screen scrolled down: the same screen, read the same.
SCROLLED = {"09-course-careers", "12-about-sources"}


def expected_on(repo: Repository) -> dict[str, Callable[[], list[str]]]:
    """For each screen of the tour, catalog and interface text its reading must contain."""
    course = repo.course("HS-310", "en")
    assert course is not None
    school = repo.school("AABHP", "en")
    assert school is not None
    info = repo.info("en")
    return {
        "01-attract": lambda: [info.title or info.district, "Touch the screen"],
        "02-home": lambda: ["Explore by what you like", "Take a quick quiz", "About ROP/CTE"],
        "03-interests": lambda: [i.label for i in repo.interests("en")[:3]],
        "04-quiz": lambda: [repo.quiz_items("en")[0].statement],
        "05-quiz-result": lambda: ["Your quiz result", "Helper"],
        "06-browse": lambda: [s.name for s in repo.sectors("en")],
        "07-sector": lambda: [p.name for p in repo.pathways("HS", "en") if p.course_count],
        "08-search": lambda: ["nurs", "Nursing Assistant"],
        "09-course": lambda: [
            course.title,
            course.description,
            "Tuition-free",
            *[career.title for career in course.careers],
            *[offering.school_name for offering in course.offerings],
            "Middle pay in the Sacramento area: 47510 dollars a year",  # as a voice reads it
            "Half of workers earn between 46270 dollars and 50040 dollars. 5650 jobs here",
        ],
        "10-mylist": lambda: ["Nursing Assistant", "See your counselor"],
        "11-counselor": lambda: [school.name, "talk to your high-school counselor"],
        "12-about": lambda: [entry.question for entry in repo.faq("en")],
    }


def test_every_screen_reads_its_own_content_from_its_speaker_button(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    speech = kiosk.speech
    expected = expected_on(kiosk.context.repo)
    heard: dict[str, str] = {}
    for screen in tour(kiosk.window, "en"):
        if screen in SCROLLED:
            continue
        if screen not in expected:
            break  # Still there?, out of service and admin mode are not student screens
        button = speaker_of(kiosk)
        assert button.isVisible(), screen
        assert button.accessibleName() == "Read aloud"
        with qtbot.waitSignal(speech.text_started, timeout=5_000) as started:
            tap(qtbot, button)
        # Connected now: words of the screen before, queued earlier, have all arrived.
        words: list[str] = []
        speech.word_spoken.connect(words.append)
        text = heard[screen] = str(started.args[0])
        for fact in expected[screen]():
            assert " ".join(fact.split()) in text, (screen, fact)
        # The engine really speaks it, from the first word on.
        qtbot.waitUntil(words.__len__, timeout=5_000)
        speech.word_spoken.disconnect(words.append)
        assert text.startswith(words[0]), (screen, words)
        qtbot.waitUntil(partial(has_name, button, "Stop reading"))
    assert len(heard) == len(expected)
    # Each screen says something of its own (nothing is read from a screen left behind).
    assert len(set(heard.values())) == len(heard)
    assert "Nursing Assistant" not in heard["06-browse"]
    assert "\nq.\n" not in heard["08-search"]  # the results, not the on-screen keys


def test_reading_stops_when_the_student_moves_on(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    window, speech = kiosk.window, kiosk.speech
    window.nav.go("course", "HS-310")
    with qtbot.waitSignal(speech.word_spoken, timeout=5_000):
        tap(qtbot, window.top_bar.read_aloud)
    assert speech.speaking
    with qtbot.waitSignal(speech.speaking_changed, timeout=2_000) as stopped:
        tap(qtbot, window.top_bar.home)
    assert stopped.args == [False]
    with qtbot.assertNotEmitted(speech.word_spoken, wait=400):
        pass  # the engine has gone quiet
    assert window.top_bar.read_aloud.accessibleName() == "Read aloud"


def test_stop_reading_and_start_over_stop_the_voice(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    window, speech = kiosk.window, kiosk.speech
    window.nav.go("about")
    button = window.top_bar.read_aloud
    with qtbot.waitSignal(speech.word_spoken, timeout=5_000):
        tap(qtbot, button)
    assert button.text() == "Stop reading"
    tap(qtbot, button)
    assert not speech.speaking
    assert button.text() == "Read aloud"
    with qtbot.assertNotEmitted(speech.word_spoken, wait=400):
        pass
    with qtbot.waitSignal(speech.word_spoken, timeout=5_000):
        tap(qtbot, button)
    window.nav.start_over()  # Still there? ran out: the next student hears nothing of this one
    assert not speech.speaking
    with qtbot.assertNotEmitted(speech.word_spoken, wait=400):
        pass


def test_the_button_shows_only_for_languages_with_a_voice(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    window, speech = kiosk.window, kiosk.speech
    assert speech.engine == "mock"
    assert [speech.can_speak(lang) for lang in LANGUAGES] == [True] + [False] * 4
    attract = window.nav.screen_named("attract")
    assert attract.read_aloud.isVisible()  # type: ignore[attr-defined]
    window.nav.go("home")
    assert window.top_bar.read_aloud.isVisible()
    for lang in ("es", "hmn", "zh", "vi"):
        choose_language(qtbot, window, lang)
        assert not window.top_bar.read_aloud.isVisible(), lang
        with qtbot.assertNotEmitted(speech.text_started, wait=500):
            window.read_aloud.toggle()  # a key or stray call reads nothing in a voice it lacks
    choose_language(qtbot, window, "en")
    assert window.top_bar.read_aloud.isVisible()
    window.nav.start_over()
    window.ctx.session.set_language("es")
    assert not attract.read_aloud.isVisible()  # type: ignore[attr-defined]


def test_spanish_screens_hand_spanish_text_to_the_voice(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    """What a Spanish voice would be given (the mock engine has none): the screen in Spanish."""
    kiosk = make_kiosk(ui__languages=LANGUAGES)
    window = kiosk.window
    window.ctx.session.set_language("es")
    QApplication.processEvents()  # Qt posts the language change to every widget
    window.nav.go("course", "HS-310")
    course = kiosk.context.repo.course("HS-310", "es")
    assert course is not None
    reading = window.nav.current_screen().reading()
    assert reading[0] == course.title
    assert course.description in reading
    assert "Sin colegiatura" in reading
    assert "Tuition-free" not in reading


@pytest.mark.parametrize("engine", ["off", "nonesuch"])
def test_no_engine_no_button(qtbot: QtBot, make_kiosk: MakeKiosk, engine: str) -> None:
    kiosk = make_kiosk(speech__engine=engine)
    speech = kiosk.speech
    if engine == "off":
        speech.load()
        assert speech.findChild(QThread) is None  # nothing is even started
    else:
        with qtbot.waitSignal(speech.availability_changed, timeout=10_000):
            speech.load()
        assert speech.engine == ""
    window = kiosk.window
    assert not window.nav.screen_named("attract").read_aloud.isVisible()  # type: ignore[attr-defined]
    for name in ("home", "course", "about"):
        window.nav.go(name, "HS-310" if name == "course" else None)
        assert not window.top_bar.read_aloud.isVisible(), name


def test_the_engine_runs_in_a_thread_of_its_own(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    thread = kiosk.speech.findChild(QThread, "speech")
    assert thread is not None and thread.isRunning()
    assert thread is not QApplication.instance().thread()  # type: ignore[union-attr]
    kiosk.window.allow_close = True
    kiosk.window.close()
    assert not thread.isRunning()  # closing the kiosk ends it


def test_the_speaker_fits_the_top_bar_at_200_percent(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    window = kiosk.window
    window.nav.go("home")
    window.ctx.session.set_look(text_size=200)
    for name in ("home", "course", "counselor"):
        window.nav.go(name, "HS-310" if name == "course" else None)
        for _ in range(3):  # the bar grows a line for a wrapped title: a relayout or two
            QApplication.processEvents()
        assert window.top_bar.read_aloud.isVisible()
        assert problems(window) == [], name


def test_still_there_is_read_to_a_student_who_listens(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    window, speech = kiosk.window, kiosk.speech
    window.nav.go("home")
    with qtbot.assertNotEmitted(speech.text_started, wait=500):
        window.inactivity.idle.idle.emit()  # nobody listened: Still there? is only shown
    assert window.inactivity.still_there.active
    window.inactivity.still_there.keep.click()
    with qtbot.waitSignal(speech.text_started, timeout=5_000):
        tap(qtbot, window.top_bar.read_aloud)
    with qtbot.waitSignal(speech.text_started, timeout=5_000) as warned:
        window.inactivity.idle.idle.emit()
    assert window.inactivity.still_there.active
    text = str(warned.args[0])
    assert text.startswith("Are you still there?")
    assert "Yes, I'm still here" in text
    window.nav.start_over()  # the next student starts unheard again
    window.nav.go("home")
    with qtbot.assertNotEmitted(speech.text_started, wait=500):
        window.inactivity.idle.idle.emit()


@pytest.mark.parametrize("trouble", ["configuration", "catalog"])
def test_out_of_service_silences_the_voice(
    qtbot: QtBot, make_kiosk: MakeKiosk, trouble: str
) -> None:
    kiosk = loaded(qtbot, make_kiosk)
    window, speech = kiosk.window, kiosk.speech
    window.nav.go("mylist")
    with qtbot.waitSignal(speech.word_spoken, timeout=5_000):
        tap(qtbot, window.top_bar.read_aloud)
    if trouble == "configuration":
        window.show_config_problem("kiosk.toml: a problem")
    else:
        kiosk.catalog.availability_changed.emit(False)
    assert window.layers.currentWidget() is window.layers.out_of_service
    with qtbot.assertNotEmitted(speech.word_spoken, wait=400):
        pass  # nobody hears the last student's list over the out-of-service screen


def test_an_engine_stuck_starting_never_holds_up_or_aborts_the_exit(
    qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """speech-dispatcher has been seen to take a minute to answer: closing the kiosk waits
    a moment for the speech thread, then leaves it running rather than destroy it."""
    from kiosk.services import speech as speech_module

    begun = threading.Event()

    def stuck(self: object) -> None:
        begun.set()
        time.sleep(1.5)  # an engine constructor that does not return (in the speech thread)

    monkeypatch.setattr(speech_module._Speaker, "_load", stuck)
    monkeypatch.setattr(speech_module, "LOADING_WAIT_MS", 100)
    kiosk = make_kiosk(speech__engine="mock")
    kiosk.speech.load()
    assert begun.wait(5)
    window = kiosk.window
    window.allow_close = True
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0  # the window did not wait for the engine
    assert speech_module.thread_left_running()
    assert not window.top_bar.read_aloud.isVisible()
    qtbot.waitUntil(lambda: not speech_module.thread_left_running(), timeout=5_000)


@pytest.mark.allow_log(r"^the speech thread did not stop in time$")
def test_a_voice_that_will_not_stop_never_holds_up_the_exit_for_long(
    qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A loaded engine is given STOP_WAIT_MS to fall silent, and no more."""
    from kiosk.services import speech as speech_module

    def stuck(*args: object) -> None:
        time.sleep(1.5)  # a daemon that does not answer "stop" (in the speech thread)

    monkeypatch.setattr(speech_module, "STOP_WAIT_MS", 100)
    kiosk = loaded(qtbot, make_kiosk)
    monkeypatch.setattr(kiosk.speech._speaker._engine, "stop", stuck)  # type: ignore[union-attr]
    window = kiosk.window
    window.allow_close = True
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 1.0
    assert speech_module.thread_left_running()
    qtbot.waitUntil(lambda: not speech_module.thread_left_running(), timeout=5_000)
