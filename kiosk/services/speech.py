"""Read aloud: a text-to-speech engine in a thread of its own, loaded after launch.

Starting an engine can take seconds (speech-dispatcher may have to start first, and has been
seen to take a minute), so the engine lives in its own thread and the kiosk never waits for
it. Until it has said which languages it has voices for, there is nothing to read aloud.
Qt itself starts the engine, from the speech thread's event loop: a Python call into Qt holds
the interpreter lock until it returns, and the GUI thread would wait as long as the engine.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    Q_ARG,
    QEventLoop,
    QLocale,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from kiosk.services.translating import TRANSLATORS
from kiosk.services.voices import OFF, engines_to_try, pick_locale

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

START_TIMEOUT_MS = 10_000  # an engine not ready by then is given up on
NO_ENGINE = "none"  # Qt's name for "no engine yet": constructing it loads nothing
STOP_WAIT_MS = 3_000  # how long closing the kiosk waits for the speech thread
LOADING_WAIT_MS = 200  # ... while its engine is still starting
_left_running: list[QObject | None] = []


class _Speaker(QObject):
    """Lives in the speech thread and owns the engine."""

    loaded = Signal(str, list)  # engine name ("" for none), languages it has a voice for
    speaking = Signal(bool)
    word = Signal(str)
    started = Signal(str)  # the text handed to the engine

    def __init__(self, setting: str, languages: tuple[str, ...]) -> None:
        super().__init__()
        self._setting = setting
        self._languages = languages
        self._engine: QTextToSpeech | None = None
        self._locales: dict[str, QLocale] = {}

    @Slot()
    def load(self) -> None:
        try:
            self._load()
        except Exception:  # the GUI's exception hook must not run in this thread
            log.exception("read aloud is off: the speech engine failed to load")
            self.loaded.emit("", [])

    def _load(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # a build without Qt's speech module
            log.info("read aloud is off: %s", exc)
            self.loaded.emit("", [])
            return
        for name in engines_to_try(self._setting, QTextToSpeech.availableEngines()):
            engine = _start(QTextToSpeech(NO_ENGINE, self), name)
            if not _ready(engine):
                log.warning("speech engine %s did not start: %s", name, engine.errorString())
                _destroy(engine)
                continue
            self._locales = _voices(engine, self._languages)
            if not self._locales:
                log.info("speech engine %s has no voice for %s", name, self._languages)
                _destroy(engine)
                continue
            self._engine = engine
            engine.stateChanged.connect(self._state_changed)
            engine.sayingWord.connect(lambda word, *_: self.word.emit(word))
            log.info("read aloud with %s: %s", name, sorted(self._locales))
            self.loaded.emit(name, sorted(self._locales))
            return
        log.info("read aloud is off: no usable speech engine (setting %r)", self._setting)
        self.loaded.emit("", [])

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        try:
            self._say(text, language)
        except Exception:
            log.exception("the speech engine failed to read")

    def _say(self, text: str, language: str) -> None:
        engine, locale = self._engine, self._locales.get(language)
        if engine is None or locale is None:
            return
        engine.stop()
        engine.setLocale(locale)
        engine.say(text)
        self.started.emit(text)

    @Slot(float)
    def set_rate(self, rate: float) -> None:
        if self._engine is not None:
            self._engine.setRate(rate)

    @Slot()
    def stop(self) -> None:
        try:
            if self._engine is not None:
                self._engine.stop()
        except Exception:
            log.exception("the speech engine failed to stop")

    @Slot()
    def close(self) -> None:
        """The thread is ending: destroy the engine here, not later in Qt's own code."""
        engine, self._engine = self._engine, None
        if engine is not None:
            _destroy(engine)

    @Slot(object)
    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Error and self._engine is not None:
            log.warning("speech engine error: %s", self._engine.errorString())
        self.speaking.emit(state == QTextToSpeech.State.Speaking)


def _start(engine: QTextToSpeech, name: str) -> QTextToSpeech:
    """Load the engine `name` into `engine`: Qt's own call from this thread's event loop,
    which runs without the interpreter lock (speech-dispatcher takes seconds to list its
    voices). Waits, in this thread, until Qt has tried."""
    loop = QEventLoop()
    engine.engineChanged.connect(loop.quit)  # also when loading failed
    QTimer.singleShot(START_TIMEOUT_MS, loop.quit)
    with TRANSLATORS:  # Qt translates the engine's errors while it starts
        asked = QMetaObject.invokeMethod(
            engine, "setEngine", Qt.ConnectionType.QueuedConnection, Q_ARG(str, name)
        )
        if asked:
            loop.exec()
    return engine


def _destroy(engine: QTextToSpeech) -> None:
    """Destroy `engine` now (its destructor translates): deleteLater would leave it to this
    thread's event loop, outside the lock."""
    with TRANSLATORS:
        shiboken6.delete(engine)


def _ready(engine: QTextToSpeech) -> bool:
    """Wait (in the speech thread) until the engine has started or failed. An engine that
    names its error has failed; one that is only not ready yet may still be starting."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    error, initializing = QTextToSpeech.State.Error, QTextToSpeech.ErrorReason.Initialization
    if engine.engine() in ("", NO_ENGINE):
        return False  # Qt could not load it (its plug-in or a library is missing)
    starting = engine.state() == error and engine.errorReason() == initializing
    if starting and not engine.errorString():
        loop = QEventLoop()
        engine.stateChanged.connect(loop.quit)
        QTimer.singleShot(START_TIMEOUT_MS, loop.quit)
        with TRANSLATORS:  # still starting, see _start
            loop.exec()
    return bool(engine.state() != error)


def _voices(engine: QTextToSpeech, languages: tuple[str, ...]) -> dict[str, QLocale]:
    """For each kiosk language, the engine locale that has a voice for it."""
    by_name = {locale.name(): locale for locale in engine.availableLocales()}
    found: dict[str, QLocale] = {}
    for language in languages:
        name = pick_locale(language, list(by_name))
        if name is None:
            continue
        engine.setLocale(by_name[name])
        if engine.availableVoices():
            found[language] = by_name[name]
    return found


def thread_left_running() -> bool:
    """True when a speech engine stuck starting kept its thread alive past shutdown."""
    return any(isinstance(item, QThread) and item.isRunning() for item in _left_running)


class SpeechService(QObject):
    """What the window uses: load once, ask whether a language can be read, say, stop."""

    availability_changed = Signal()
    speaking_changed = Signal(bool)
    text_started = Signal(str)  # what the engine was given
    word_spoken = Signal(str)  # each word as the engine speaks it (where it tells)
    _load_requested = Signal()
    _say_requested = Signal(str, str)
    _stop_requested = Signal()
    _close_requested = Signal()
    _rate_requested = Signal(float)

    def __init__(
        self, setting: str, languages: tuple[str, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._setting = setting
        self._languages = languages
        self._thread: QThread | None = None
        self._speaker: _Speaker | None = None
        self._voices: frozenset[str] = frozenset()
        self.engine = ""
        self.loaded = False
        # Shutdown left a thread still starting its engine: it holds the translator lock
        # (kiosk.services.translating) until the engine gives up, so nothing may wait for it.
        self.left_behind = False
        self._closed = False  # shut down: a load asked for later starts nothing
        self.speaking = False
        self.rate = 0.0  # -1 (slowest) to 1 (fastest); 0 is the voice's own

    def load(self) -> None:
        """Start the engine in the speech thread; once is enough."""
        if self._thread is not None or not self.enabled or self._closed:
            return
        # Qt's speech module is imported here, in the window's thread (about 15 ms): its
        # initialisation takes Qt locks while holding the interpreter lock, and done in the
        # speech thread it deadlocked with the window's thread doing the same the other way
        # round (restyling a button during a language switch). The thread finds it imported.
        with contextlib.suppress(ImportError):  # a build without it: _load says so
            import PySide6.QtTextToSpeech  # noqa: F401
        thread = self._thread = QThread(self)
        thread.setObjectName("speech")
        # Held here as well: Python would otherwise free the speaker once load() returns.
        speaker = self._speaker = _Speaker(self._setting, self._languages)
        speaker.moveToThread(thread)
        thread.finished.connect(speaker.deleteLater)
        self._load_requested.connect(speaker.load)
        self._say_requested.connect(speaker.say)
        self._stop_requested.connect(speaker.stop)
        self._close_requested.connect(speaker.close)
        self._rate_requested.connect(speaker.set_rate)
        speaker.loaded.connect(self._loaded)
        speaker.speaking.connect(self._speaking)
        speaker.started.connect(self.text_started)
        speaker.word.connect(self._word)
        thread.start(QThread.Priority.LowPriority)
        self._load_requested.emit()

    @property
    def enabled(self) -> bool:
        """Read aloud is wanted (the setting is not "off"); whether it works is for load."""
        return self._setting != OFF

    @property
    def ready(self) -> bool:
        """An engine started and has a voice for at least one of the kiosk's languages."""
        return self.loaded and bool(self._voices)

    def can_speak(self, language: str) -> bool:
        return language in self._voices

    def say(self, text: str, language: str) -> None:
        if text and self.can_speak(language):
            self._say_requested.emit(text, language)

    def set_rate(self, rate: float) -> None:
        """Slower or faster speech (for this student: the session resets it)."""
        self.rate = max(-1.0, min(1.0, rate))
        self._rate_requested.emit(self.rate)

    def stop(self) -> None:
        if self._voices:
            self._stop_requested.emit()
            self._speaking(False)  # at once: the engine confirms later, from its thread

    def shutdown(self) -> None:
        """The kiosk is closing: end the speech thread (an engine stuck starting is left
        behind rather than holding the exit up)."""
        self._closed = True
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop_requested.emit()
        self._close_requested.emit()
        thread.quit()
        # A voice is worth a wait to stop; an engine still starting has nothing to stop and
        # cannot be interrupted (speech-dispatcher takes seconds), so it is not waited for.
        if not thread.wait(STOP_WAIT_MS if self.loaded else LOADING_WAIT_MS):
            # Destroying a running QThread (or the object working in it) aborts the process:
            # keep both until exit, and end the process without destroying them (see app).
            if self.loaded:
                log.warning("the speech thread did not stop in time")
            else:
                log.info("the speech engine was still starting: left to end with the kiosk")
            thread.setParent(None)
            _left_running.extend((thread, self._speaker))
            self.left_behind = True
        self._voices = frozenset()
        self._speaker = None

    @Slot(str, list)
    def _loaded(self, engine: str, languages: list[str]) -> None:
        self.engine = engine
        self._voices = frozenset(languages)
        self.loaded = True
        self.availability_changed.emit()

    @Slot(str)
    def _word(self, word: str) -> None:
        # A word the engine spoke just before it was stopped arrives here after the stop (it
        # comes from the speech thread): what was stopped is not shown as being read.
        if self.speaking:
            self.word_spoken.emit(word)

    @Slot(bool)
    def _speaking(self, speaking: bool) -> None:
        if speaking != self.speaking:
            self.speaking = speaking
            self.speaking_changed.emit(speaking)
