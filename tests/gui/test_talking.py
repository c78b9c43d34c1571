"""Talking mode on the real window, with keys alone and Qt's mock speech engine recording
every utterance: a whole journey in English and in Spanish, the changes the screen makes by
itself, speed, the hold gesture, a language without a voice, and admin mode left alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.services.voices import spoken_form
from kiosk.ui.reading import readable_parts
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.gui.test_read_aloud import loaded
from tests.helpers.talking import K, Listener


def started(qtbot: QtBot, make_kiosk: MakeKiosk, **values: object) -> tuple[Kiosk, Listener]:
    kiosk = loaded(qtbot, make_kiosk, **values)
    return kiosk, Listener(qtbot, kiosk)


def test_a_journey_with_keys_alone(qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    pdf = tmp_path / "slip.pdf"
    kiosk, student = started(qtbot, make_kiosk, printer=lambda: pdf_printer(pdf))
    assert student.press(K.Key_F1) == (  # on the attract screen: F1 starts talking mode
        "Talking mode is on. Down and Up move through the screen, Enter chooses, F1 is help, "
        "F2 turns talking mode off.\nCareer Technical Education courses.\nPress Enter to start."
    )
    assert student.press(K.Key_Return) == (
        "Career classes.\n12 choices. Down for the next, Enter to choose, F1 for help."
    )
    assert student.press(K.Key_Down) == "Find a career class you will love, heading, 1 of 16."
    assert student.press(K.Key_Down) == "Tuition-free, 2 of 16."  # text is a stop too
    assert student.choose("Explore by what you like") == (
        "Explore by what you like.\n20 choices. Down for the next, Enter to choose, F1 for help."
    )
    assert student.seek("Helping people") == "Helping people, choice, not selected, 3 of 23."
    assert student.press(K.Key_Return) == "Helping people, choice, selected, 3 of 23."
    assert student.choose("Health and science").startswith(
        "Health and science, choice, selected, 9 of "
    )
    course = student.seek("Introduction to Health Careers")
    assert course.endswith(", class, Enter opens it, 21 of 63."), course
    assert student.press(K.Key_Return).startswith("Introduction to Health Careers.\n")
    assert kiosk.window.nav.current == ("course", "HS-110")
    assert student.choose("Add to my list") == ("In my list, button, 6 of 48.\nMy list: 1 class.")
    assert student.choose("How do I sign up?").startswith("See your counselor.\n")
    said = student.choose("Arthur A. Benjamin Health Professions High School")
    assert said.startswith("Arthur A. Benjamin Health Professions High School, choice, selected")
    assert student.seek("Print my slip", up=True).startswith("Print my slip, button, ")
    said = student.press(K.Key_Return)
    assert said.startswith("Print my slip, button, ") and "\nPrinting." in said  # live
    assert pdf.stat().st_size > 0
    assert kiosk.session.my_list == ["HS-110"] and kiosk.session.school == "AABHP"


def test_what_the_screen_does_by_itself_is_said(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk, student = started(qtbot, make_kiosk)
    kiosk.window.nav.go("search")
    student.press(K.Key_F2)
    for letter in "weld":  # typed on a real keyboard, into the field that has the focus
        QTest.keyClick(kiosk.window.windowHandle(), letter)
    qtbot.waitUntil(lambda: student.last == "3 classes found.", timeout=5_000)
    assert kiosk.session.search_text == "weld"
    # Still there?: the card, then the countdown at 10 and 5 seconds, then the wipe.
    still_there = kiosk.window.inactivity.still_there
    still_there.set_tick(20)
    kiosk.window.inactivity.idle.set_timeout(50)
    # (the idle time does not count while the voice speaks)
    qtbot.waitUntil(
        lambda: any(
            h.startswith("Are you still there?\n30.\nIn 30 seconds") for h in student.heard
        ),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: kiosk.window.nav.current[0] == "attract", timeout=10_000)
    qtbot.waitUntil(
        lambda: student.last == "Everything was cleared for the next student. Talking mode is off.",
        timeout=5_000,
    )
    warnings = [h for h in student.heard if h.startswith("In ") and "second" in h]
    assert warnings[-2:] == [
        "In 10 seconds, everything you did here will be cleared for the next student.",
        "In 5 seconds, everything you did here will be cleared for the next student.",
    ]
    assert not kiosk.window.talking.on  # the next student starts without it
    qtbot.wait(100)
    assert student.last == "Everything was cleared for the next student. Talking mode is off."


def test_help_speed_silence_and_off(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk, student = started(qtbot, make_kiosk)
    student.press(K.Key_F2)
    student.press(K.Key_Return)  # Home
    assert student.press(K.Key_F1) == (
        "Choose how to explore career classes: by what you like, with a quick quiz, by "
        "industry, or by searching.\nKeys: Down and Up move through everything on the screen. "
        "Enter chooses. Escape goes back. Home goes to the start. Control stops the voice. F7 "
        "is slower, F8 faster. F1 is this help. F2 turns talking mode off."
    )
    assert student.press(K.Key_F8) == "Faster." and kiosk.speech.rate == 0.25
    assert student.press(K.Key_F7) == "Slower." and kiosk.speech.rate == 0.0
    student.press(K.Key_F7)
    assert kiosk.speech.rate == -0.25  # for this student only:
    assert student.press(K.Key_F2) == "Talking mode is off. F2 turns it on again."
    QTest.keyClick(kiosk.window.windowHandle(), K.Key_Down)  # keys work as before, silently
    kiosk.window.nav.start_over()
    assert kiosk.speech.rate == 0.0  # the wipe resets the speed


def test_holding_the_speaker_button_turns_talking_mode_on(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk, student = started(qtbot, make_kiosk)
    kiosk.window.nav.go("home")
    speaker = kiosk.window.top_bar.read_aloud
    qtbot.waitUntil(speaker.isVisible)
    handle = kiosk.window.windowHandle()
    where = speaker.mapTo(kiosk.window, speaker.rect().center())
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(lambda: kiosk.window.talking.on, timeout=5_000)  # after two seconds
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(lambda: student.last.startswith("Talking mode is on."), timeout=5_000)
    assert not [h for h in student.heard if h.startswith("Career classes.\nFind")], (
        "letting go is not also a tap on Read aloud"
    )


def test_a_language_without_a_voice_offers_english(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk, student = started(qtbot, make_kiosk)
    kiosk.window.nav.go("home")
    kiosk.session.set_language("hmn")  # the mock engine has no Hmong voice, like real ones
    assert student.press(K.Key_F2) == (
        "This kiosk has no voice for Hmong. Press Enter to switch to English."
    )
    QTest.keyClick(kiosk.window.windowHandle(), K.Key_Down)
    qtbot.wait(100)
    assert student.last.startswith("This kiosk has no voice")  # said once, not at every key
    assert len([h for h in student.heard if h.startswith("This kiosk has no voice")]) == 1
    assert student.press(K.Key_F1).startswith("This kiosk has no voice")  # help repeats it
    student.press(K.Key_Return)
    assert kiosk.session.language == "en"
    qtbot.waitUntil(lambda: student.last.startswith("Career classes."), timeout=5_000)


def test_admin_mode_keeps_its_keys(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk, student = started(qtbot, make_kiosk)
    student.press(K.Key_F2)
    kiosk.window.layers.open_admin()
    assert kiosk.window.talking.stops() == []
    before = len(student.heard)
    QTest.keyClick(kiosk.window.windowHandle(), K.Key_Down)
    qtbot.wait(100)
    assert len(student.heard) == before  # the staff keypad is not read out


def test_out_of_service_is_said(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk, student = started(qtbot, make_kiosk)
    student.press(K.Key_F2)
    kiosk.window.show_out_of_service()
    notice = readable_parts(kiosk.window.layers.out_of_service)
    assert notice
    qtbot.waitUntil(lambda: student.last == spoken_form(notice), timeout=5_000)


def test_keys_of_the_screen_keyboard_home_and_silence(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk, student = started(qtbot, make_kiosk)
    kiosk.window.nav.go("search")
    student.press(K.Key_F2)
    assert student.seek("n, ").startswith("n, button, ")  # the on-screen keys are stops too
    student.press(K.Key_Return)  # types "n"
    qtbot.waitUntil(lambda: student.last.endswith("classes found."), timeout=5_000)
    assert kiosk.session.search_text == "n"
    student.press(K.Key_F1)  # help: forty words, seconds of speech
    qtbot.waitUntil(lambda: kiosk.speech.speaking, timeout=2_000)
    QTest.keyClick(kiosk.window.windowHandle(), K.Key_Control)  # silence
    qtbot.waitUntil(lambda: not kiosk.speech.speaking, timeout=300)
    student.press(K.Key_Down)  # off the field, where Home is the cursor's key
    assert student.press(K.Key_Home).startswith("Career classes.\n")
    assert kiosk.window.nav.current[0] == "home"


def test_a_locked_down_kiosk_lets_the_talking_keys_through(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk, student = started(qtbot, make_kiosk, kiosk_mode=True)
    assert kiosk.window.lockdown is not None  # the key filter of a locked kiosk is on
    assert student.press(K.Key_F2).startswith("Talking mode is on.")
    assert student.press(K.Key_Return).startswith("Career classes.\n")
    assert student.press(K.Key_Down) == "Find a career class you will love, heading, 1 of 16."
