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
        found = window.talking.stops()
        assert found, screen
        for at, stop in enumerate(found, start=1):
            said = describe(stop, at, len(found))
            interface = QAccessible.queryAccessibleInterface(stop)
            name = " ".join(interface.text(QAccessible.Text.Name).split())
            assert name, (screen, stop)
            assert said.startswith(name), (screen, said, name)
            assert name not in english, (screen, language, name)
            if language not in ("en",):
                rest = said[len(name) :]
                assert not any(kind in rest for kind in ENGLISH_KINDS), (screen, said)
            checked += 1
    assert checked > 200
