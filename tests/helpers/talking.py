"""A student in talking mode, as a test drives one: keys sent to the native window as a
keyboard or keypad sends them, and every utterance handed to the speech engine recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk

K = Qt.Key


class Listener:
    def __init__(self, qtbot: QtBot, kiosk: Kiosk) -> None:
        self.qtbot, self.kiosk = qtbot, kiosk
        self.heard: list[str] = []
        kiosk.speech.text_started.connect(self.heard.append)

    @property
    def last(self) -> str:
        return self.heard[-1] if self.heard else ""

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> str:
        """Press `key` and wait for what it makes the kiosk say."""
        before = len(self.heard)
        handle = self.kiosk.window.windowHandle()
        QTest.keyClick(handle, key, modifier)
        self.qtbot.waitUntil(lambda: len(self.heard) > before, timeout=5_000)
        self.qtbot.wait(10)  # the rest of one key's words, said together
        return " ".join(self.heard[before:])

    def seek(self, start: str, *, up: bool = False, limit: int = 200) -> str:
        """Down (or Up) until the stop that begins with `start`, as a student listens for
        it."""
        for _ in range(limit):
            said = self.press(K.Key_Up if up else K.Key_Down)
            if said.startswith(start):
                return said
            mode = self.kiosk.window.talking
            end = mode.stops()[0 if up else -1]
            assert mode.current is not end, (start, self.heard[-30:])
        raise AssertionError(f"never heard {start!r}")

    def choose(self, start: str, *, up: bool = False) -> str:
        """Down (or Up) to the stop that begins with `start`, then Enter."""
        self.seek(start, up=up)
        return self.press(K.Key_Return)
