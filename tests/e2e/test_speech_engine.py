"""Read aloud with the real engine on Linux: Qt's speechd engine, talking to a speech-dispatcher
of the test's own (espeak-ng voices, sound to ALSA's null device), loads in its thread
without stalling the GUI thread and reads a course title in English and in Spanish, from the
first word to the end."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.catalog.repository import Repository
from kiosk.services.speech import SpeechService
from kiosk.services.voices import spoken_form
from tests.helpers.speechd import ADDRESS, needs_speech_dispatcher, private_daemon

pytestmark = needs_speech_dispatcher

# Generous: a loaded CI machine, and speech-dispatcher starting its voice module.
LOAD_TIMEOUT_MS = 60_000
SPEAK_TIMEOUT_MS = 30_000


class GapMeter:
    """The longest time the GUI thread's event loop went without running a 10 ms timer."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(10)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


@pytest.fixture
def speech(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[SpeechService]:
    with private_daemon() as address:
        monkeypatch.setenv(ADDRESS, address)  # read by libspeechd when the engine starts
        service = SpeechService("speechd", ("en", "es"))
        yield service
        service.shutdown()  # before the daemon goes


def test_the_real_engine_reads_a_course_title(
    qtbot: QtBot, speech: SpeechService, sample_repo: Repository
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    assert "speechd" in QTextToSpeech.availableEngines(), "Qt's speechd plug-in is missing"
    meter = GapMeter()
    started = time.monotonic()
    with qtbot.waitSignal(speech.availability_changed, timeout=LOAD_TIMEOUT_MS):
        speech.load()
    took, stall = time.monotonic() - started, meter.stop()
    assert speech.engine == "speechd", "see the log: speech-dispatcher has no espeak-ng voices?"
    assert speech.can_speak("en") and speech.can_speak("es")
    # The engine takes seconds to list its voices; the screen must not wait for it.
    assert stall < max(took / 2, 0.25), f"the GUI thread stalled {stall:.2f} s of {took:.2f} s"

    for language in ("en", "es"):
        course = sample_repo.course("HS-310", language)
        assert course is not None
        read(qtbot, speech, spoken_form([course.title]), language)


def read(qtbot: QtBot, speech: SpeechService, text: str, language: str) -> None:
    """Hand `text` to the engine; it starts speaking and then stops by itself."""
    heard: list[bool] = []
    speech.speaking_changed.connect(heard.append)
    with qtbot.waitSignal(speech.text_started, timeout=SPEAK_TIMEOUT_MS) as given:
        speech.say(text, language)
    assert given.args == [text]
    qtbot.waitUntil(lambda: heard == [True, False], timeout=SPEAK_TIMEOUT_MS)
    speech.speaking_changed.disconnect(heard.append)
    assert not speech.speaking
