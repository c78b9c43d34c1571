"""Every screen at the three target sizes: targets >= 48 px, no clipped or hidden text."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.ui.screenshots import tour
from tests.gui.conftest import MakeKiosk
from tests.helpers.layout import problems

SIZES = [(1920, 1080), (1366, 768), (1080, 1920)]
LANGUAGES = ["en", "es", "hmn", "zh", "vi"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits(
    qtbot: QtBot, make_kiosk: MakeKiosk, size: tuple[int, int], lang: str
) -> None:
    kiosk = make_kiosk(size=size)
    window = kiosk.window
    assert (window.width(), window.height()) == size
    found = {}
    for name in tour(window, lang):
        trouble = problems(window)
        if trouble:
            found[name] = trouble
    assert found == {}


@pytest.mark.parametrize(
    ("lang", "contrast"), [(lang, "standard") for lang in LANGUAGES] + [("en", "high")]
)
def test_every_screen_fits_at_200_percent_text(
    qtbot: QtBot, make_kiosk: MakeKiosk, lang: str, contrast: str
) -> None:
    kiosk = make_kiosk(size=(1366, 768))
    found, sizes = {}, {}
    for name in tour(kiosk.window, lang, text_size=200, contrast=contrast):
        sizes[name] = kiosk.session.text_size
        trouble = problems(kiosk.window)
        if trouble:
            found[name] = trouble
    assert sizes["09-course"] == 200  # the tour really ran at 200 %
    assert found == {}
