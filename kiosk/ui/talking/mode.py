"""Talking mode: the kiosk for a student who cannot see the screen, the way accessible public
kiosks work (Section 508's closed functionality, the EZ Access keys).

Down and Up move through everything on the screen in reading order, text included; each stop
says what it is, its kind, its state and where it is ("3 of 12"). Enter chooses, Escape goes
back, F1 says what the screen is for. A new screen says its title and how many choices it
has; whatever the screen changes by itself is said (kiosk.ui.talking.live). It stays on for
this student: the wipe between students turns it off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QScrollArea, QWidget

from kiosk.services.idle import WindowInputFilter
from kiosk.services.session import Session
from kiosk.services.speech import SpeechService
from kiosk.services.voices import spoken_form
from kiosk.ui.focus import drop_ring
from kiosk.ui.navigation import Navigator
from kiosk.ui.reading import readable_parts, stops
from kiosk.ui.talking import help as talking_help
from kiosk.ui.talking import keymap
from kiosk.ui.talking.describe import describe, is_control
from kiosk.ui.talking.live import MODE_NAME
from kiosk.ui.talking.ring import Ring

# Where the interface language has no voice, the offer to switch is made in English.
SPOKEN_NAMES = {"hmn": "Hmong", "es": "Spanish", "zh": "Chinese", "vi": "Vietnamese"}


class TalkingMode(WindowInputFilter):
    def __init__(
        self,
        window: QWidget,
        nav: Navigator,
        session: Session,
        speech: SpeechService,
        roots: Callable[[], list[QWidget]],
    ) -> None:
        super().__init__(window)
        self.setObjectName(MODE_NAME)
        self.on = False
        self._window, self._nav, self._session, self._speech = window, nav, session, speech
        self._roots = roots  # what the keys move through now; none while staff use admin mode
        self._current: QWidget | None = None
        self._pending: list[str] = []  # said together once the event loop is free
        self._offer_english = False  # Enter now switches to English
        self._told_no_voice = ""  # the language this student was told has no voice
        self._ring = Ring(window)
        nav.shown.connect(self._screen_shown)
        session.wiped.connect(self._wiped)
        session.list_changed.connect(self._list_changed)
        session.language_changed.connect(self._language_changed)

    # -- on and off --------------------------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        if self.on:
            self.turn_off()
        else:
            self.turn_on()

    def turn_on(self) -> None:
        if self.on:
            return
        self.on = True
        self.say(
            QCoreApplication.translate(
                "Talking",
                "Talking mode is on. Down and Up move through the screen, Enter chooses, F1 "
                "is help, F2 turns talking mode off.",
            )
        )
        self._say_title()  # the screen is laid out already: said together with the above

    def turn_off(self) -> None:
        if not self.on:
            return
        self.say(
            QCoreApplication.translate("Talking", "Talking mode is off. F2 turns it on again.")
        )
        self._flush()
        self.on = False
        self._forget_place()

    def announce(self, text: str) -> None:
        """Something the screen did by itself (kiosk.ui.talking.live), said after what the
        key that caused it says."""
        if self.on:
            QTimer.singleShot(0, lambda: self._say_if_on(text))

    @property
    def current(self) -> QWidget | None:
        """The stop the keys are at (None: none yet on this screen)."""
        return self._current

    # -- keys --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if not self.on and event.key() not in (keymap.TOGGLE, keymap.HELP):
            return False  # every other key, typing included, costs nothing while off
        if not self._roots():
            return False  # admin mode: the keys are staff's
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == keymap.TOGGLE:
            self.toggle()
            return True
        if key == keymap.HELP:
            if self.on:
                self.help()
            else:
                self.turn_on()
            return True
        if not self.on:
            return False
        if self._offer_english and key in keymap.CHOOSE:
            self._offer_english = False
            self._session.set_language("en")
            return True
        self._offer_english = False
        return self._talking_key(event)

    def _talking_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        in_field = isinstance(QApplication.focusWidget(), QLineEdit)
        move = keymap.move_of(event, in_field)
        if move is not None:
            self.move(forward=move)
            return True
        if key in keymap.CHOOSE and not (in_field and key == keymap.K.Key_Space):
            return self.choose()
        if key == keymap.HOME and not in_field:
            self._nav.home()
            return True
        if key in keymap.SILENCE:
            self._pending.clear()
            self._speech.stop()
            return True
        change = keymap.rate_change(event, in_field)
        if change:
            self._change_rate(change)
            return True
        return False  # Escape (back), letters for the search field: as usual

    # -- moving and choosing -----------------------------------------------------------------------

    def stops(self) -> list[QWidget]:
        return [stop for root in self._roots() for stop in stops(root, all_of_them=True)]

    def move(self, *, forward: bool) -> None:
        found = self.stops()
        if not found:
            self.say(QCoreApplication.translate("Talking", "Nothing to choose here."))
            return
        at = found.index(self._current) if self._current in found else -1
        if at == -1:
            self._land(found[0 if forward else -1], found)
        elif forward and at == len(found) - 1:
            self.say(QCoreApplication.translate("Talking", "End of the screen. Up goes back."))
        elif not forward and at == 0:
            self.say(QCoreApplication.translate("Talking", "Top of the screen."))
        else:
            self._land(found[at + (1 if forward else -1)], found)

    def choose(self) -> bool:
        """Enter at the current stop: press a button, type in a field, hear text again.
        False where there is no stop yet (the key does what it always does)."""
        current = self._current
        found = self.stops()
        if current is None or current not in found:
            return False
        if isinstance(current, QAbstractButton):
            if not current.isEnabled():
                self.say(describe(current, found.index(current) + 1, len(found)))
                return True
            where = self._nav.current
            current.click()
            if self._nav.current == where and current in self.stops():
                self._say_stop(current)  # the same screen: its new state
            return True
        if isinstance(current, QLineEdit):
            current.setFocus()
            self.say(QCoreApplication.translate("Talking", "Type now. Down leaves the field."))
            return True
        self._say_stop(current)
        return True

    def _land(self, widget: QWidget, found: list[QWidget]) -> None:
        self._current = widget
        _scroll_to(widget)
        if is_control(widget) and widget.isEnabled():
            self._ring.hide()
            widget.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            drop_ring(self._window)
            self._ring.follow(widget)
        self.say(describe(widget, found.index(widget) + 1, len(found)))

    def _say_stop(self, widget: QWidget) -> None:
        found = self.stops()
        if widget in found:
            self.say(describe(widget, found.index(widget) + 1, len(found)))

    def help(self) -> None:
        self._told_no_voice = ""  # in a language without a voice, help repeats the offer
        self.say(talking_help.purpose(self._nav.current[0]))
        self.say(talking_help.keys())

    # -- what the kiosk does by itself -------------------------------------------------------------

    @Slot(str, str)
    def _screen_shown(self, _name: str, _code: str) -> None:
        if self.on:
            self._forget_place()
            self._pending.clear()  # what was said about the screen left is over
            self._say_screen()

    def _say_screen(self) -> None:
        """The screen's title and its number of choices, once it is laid out."""
        QTimer.singleShot(0, self._say_title)

    @Slot()
    def _say_title(self) -> None:
        if not self.on or not self._roots():
            return
        screen = self._nav.current_screen()
        if self._nav.current[0] == "attract":
            first = readable_parts(screen)[:1]
            self.say(" ".join(first))
            self.say(QCoreApplication.translate("Talking", "Press Enter to start."))
            return
        count = sum(1 for stop in self.stops() if is_control(stop))
        hint = QCoreApplication.translate(
            "Talking", "%n choice(s). Down for the next, Enter to choose, F1 for help.", "", count
        )
        self.say(screen.title())
        self.say(hint)

    @Slot(int)
    def layer_changed(self, _index: int) -> None:
        """Out of service (or back): say what the new layer says. Admin mode is staff's."""
        if not self.on:
            return
        self._forget_place()
        roots = self._roots()
        if roots and roots[0] is not self._nav.built_current():
            self._pending.clear()
            for part in readable_parts(roots[0]):
                self.say(part)

    def warn_idle(self, card: QWidget) -> None:
        """Still there? has appeared: read it (its countdown is live)."""
        if self.on:
            self._forget_place()
            for part in readable_parts(card):
                self.say(part)

    @Slot()
    def _list_changed(self) -> None:
        if self.on:
            count = len(self._session.my_list)
            text = QCoreApplication.translate("Talking", "My list: %n class(es).", "", count)
            QTimer.singleShot(0, lambda: self._say_if_on(text))  # after the key's own words

    @Slot()
    def _wiped(self) -> None:
        if self.on:
            self.on = False
            self._forget_place()
            # After the attract screen shows (a screen change stops the voice).
            text = QCoreApplication.translate(
                "Talking",
                "Everything was cleared for the next student. Talking mode is off.",
            )
            QTimer.singleShot(0, lambda: self._speak(text))
        self._speech.set_rate(0.0)  # the next student starts at the voice's own speed
        self._told_no_voice = ""

    @Slot(str)
    def _language_changed(self, _language: str) -> None:
        if self.on:
            self._forget_place()
            self._say_screen()

    # -- speaking ----------------------------------------------------------------------------------

    def _say_if_on(self, text: str) -> None:
        if self.on:  # a wipe in between has turned talking mode off
            self.say(text)

    def say(self, text: str) -> None:
        """Queue `text`: what one key or one change makes is said as one utterance, so a
        later part does not cut off an earlier one."""
        if not text:
            return
        if not self._pending:
            QTimer.singleShot(0, self._flush)
        self._pending.append(text)

    @Slot()
    def _flush(self) -> None:
        parts, self._pending = self._pending, []
        if parts:
            self._speak(spoken_form(parts))

    def _speak(self, text: str) -> None:
        language = self._session.language
        if self._speech.can_speak(language):
            self._speech.say(text, language)
        elif self._speech.can_speak("en") and self._told_no_voice != language:
            self._told_no_voice = language  # once: then the screen speaks for itself
            self._offer_english = True
            name = SPOKEN_NAMES.get(language, language)
            self._speech.say(
                f"This kiosk has no voice for {name}. Press Enter to switch to English.", "en"
            )

    def _change_rate(self, change: float) -> None:
        self._speech.set_rate(self._speech.rate + change)
        faster = change > 0
        self.say(
            QCoreApplication.translate("Talking", "Faster")
            if faster
            else QCoreApplication.translate("Talking", "Slower")
        )

    def _forget_place(self) -> None:
        self._current = None
        self._ring.hide()


def _scroll_to(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 40)
            return
        parent = parent.parentWidget()
