"""Every Alt+letter in the Catalog window does one thing, in every language: two controls on
screen with the same letter make Qt only move the focus between them, so the key staff were
told to press does nothing (Alt+S once reached See it as a student and Publish)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.catalog.languages import LANGUAGES
from kiosk.catalogapp.keysetup import KeySetupDialog
from kiosk.catalogapp.signing import SigningKeys
from kiosk.catalogapp.wagesdialog import WagesDialog
from kiosk.catalogapp.window import CatalogWindow
from tests.helpers.catalogwindow import MakeCatalogWindow


def letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def texts(widget: QWidget) -> list[str]:
    """The texts with a mnemonic: buttons, and labels that lead to a control."""
    buttons = [b.text() for b in widget.findChildren(QAbstractButton)]
    labels = [label.text() for label in widget.findChildren(QLabel) if label.buddy()]
    return [text for text in buttons + labels if letter(text)]


def clashes(found: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for text in found:
        by_letter.setdefault(letter(text) or "", []).append(text)
    return {key: same for key, same in by_letter.items() if len(same) > 1}


@pytest.fixture(params=LANGUAGES)
def window(
    request: pytest.FixtureRequest, make_catalog_window: MakeCatalogWindow, tmp_path: Path
) -> CatalogWindow:
    return make_catalog_window(language=request.param, key_dir=tmp_path / "keys", show=False)


def test_each_tab_and_the_controls_around_it_have_their_own_letters(
    window: CatalogWindow,
) -> None:
    tabs_widget = window.tabs
    around = [
        b.text() for b in window.findChildren(QAbstractButton) if not tabs_widget.isAncestorOf(b)
    ]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert all(letter(tab) for tab in tabs)
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        on_screen = around + tabs + texts(page)
        assert clashes(on_screen) == {}, window.tabs.tabText(index)


def test_the_dialogs_have_their_own_letters(window: CatalogWindow, tmp_path: Path) -> None:
    keys = SigningKeys(tmp_path / "dialog-keys")
    before = KeySetupDialog(keys, None, window)
    after = KeySetupDialog(keys, keys.create(), window)
    wages = WagesDialog(window.session, window)
    # The key dialog shows one of its pages at a time.
    pages = [before.pages.widget(i) for i in range(before.pages.count())]
    for shown in (*pages, wages):
        assert clashes(texts(shown)) == {}, shown.objectName()
    assert after.pages.currentIndex() == 1  # the key's own page, checked above
