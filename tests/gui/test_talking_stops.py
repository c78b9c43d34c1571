"""Every stop of every screen, in every language, says something, in that language; and what
it says starts with the accessible name a screen reader gets, so the two cannot drift."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from kiosk.paths import TRANSLATIONS
from kiosk.screenshots import tour
from kiosk.ui.talking.describe import describe
from kiosk.ui.window import KioskWindow
from tests.gui.conftest import MakeKiosk

ENGLISH_KINDS = ("button", "heading", "choice, ", "text field", "class, Enter opens it", " of ")


def untranslated(language: str) -> set[str]:
    """Interface strings of the code whose translation in `language` differs from the
    English: seen as they are, they were left untranslated."""
    root = ET.parse(TRANSLATIONS / f"kiosk_{language}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if "%" not in source and text.strip() and text != source:
            found.add(source)
    return found


def check_stops(window: KioskWindow, language: str, english: set[str], where: str) -> int:
    found = window.talking.stops()
    assert found, where
    for at, stop in enumerate(found, start=1):
        said = describe(stop, at, len(found))
        interface = QAccessible.queryAccessibleInterface(stop)
        name = " ".join(interface.text(QAccessible.Text.Name).split())
        assert name, (where, stop)
        assert said.startswith(name), (where, said, name)  # one name for both
        assert name not in english, (where, language, name)
        if language != "en":
            rest = said[len(name) :]
            assert not any(kind in rest for kind in ENGLISH_KINDS), (where, said)
    return len(found)


@pytest.mark.parametrize("language", ["en", "es", "hmn", "zh", "vi", "zh-Hans"])
def test_every_stop_speaks_a_translated_description(
    qtbot: QtBot, make_kiosk: MakeKiosk, language: str
) -> None:
    kiosk = make_kiosk(ui__languages=["en", "es", "hmn", "zh", "vi", "zh-Hans"])
    window = kiosk.window
    english = untranslated(language) if language != "en" else set()
    checked = 0
    for screen in tour(window, language):
        if screen.startswith(("13-", "14-", "15-", "16-")):
            break  # Still there? is checked by the journey; out of service and admin after
        checked += check_stops(window, language, english, screen)
    # The cards over the screen: the language chooser, text size and contrast.
    window.nav.go("home")
    window.language_picker.open(language)
    checked += check_stops(window, language, english, "language picker")
    window.language_picker.hide()
    window.display_chooser.open(100, "standard")
    checked += check_stops(window, language, english, "display chooser")
    window.display_chooser.hide()
    assert checked > 200
