"""Every text colour the stylesheet puts on a background keeps WCAG contrast: 4.5:1 in the
standard palette, 7:1 in high contrast, disabled controls included (WCAG exempts them, but
ours say why they are off and must be read). Text size scales every font size."""

from __future__ import annotations

import re

import pytest

from kiosk.paths import ICONS
from kiosk.ui.icons import SOURCE_COLOUR
from kiosk.ui.theme import HIGH_CONTRAST, PALETTES, STANDARD, stylesheet, template

RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
PSEUDO = re.compile(r":(pressed|checked|focus|selected|hover|disabled)\b")
DARK_CONTEXTS = ("TopBar", "Attract", "OutOfService")
# Labels whose background the stylesheet cannot say: the "on" tile label is shown only
# inside a checked tile, which is navy.
SITS_ON = {'QLabel[role="tile-label-on"]': "@navy"}


def rules() -> list[tuple[str, dict[str, str]]]:
    text = re.sub(r"/\*.*?\*/", "", template(), flags=re.DOTALL)
    found = []
    for selectors, body in RULE.findall(text):
        props = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value.strip():
                props[name.strip()] = value.strip()
        for selector in selectors.split(","):
            found.append((" ".join(selector.split()), props))
    return found


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs() -> list[tuple[str, str, str]]:
    """(selector, text token, background token) for every rule that sets text or background
    colour; what a rule leaves out comes from its unpseudo'd rule, then from its context."""
    table = rules()
    by_selector: dict[str, dict[str, str]] = {}
    for selector, props in table:
        by_selector.setdefault(selector, {}).update(props)
    pairs = []
    for selector, props in table:
        if "QScrollBar" in selector:
            continue  # scroll bars carry no text
        if "color" not in props and "background" not in props:
            continue
        base = by_selector.get(PSEUDO.sub("", selector), {})
        dark = any(context in selector for context in DARK_CONTEXTS)
        colour = props.get("color") or base.get("color") or ("@white" if dark else "@ink")
        background = props.get("background") or base.get("background") or SITS_ON.get(selector)
        if background in (None, "transparent"):
            backgrounds = ["@navy"] if dark else ["@page", "@white"]
        else:
            backgrounds = [background]
        if not colour.startswith("@") or any(not b.startswith("@") for b in backgrounds):
            continue
        if colour == "@scrim" or backgrounds == ["@scrim"]:
            continue
        pairs += [(selector, colour[1:], b[1:]) for b in backgrounds]
    return pairs


@pytest.mark.parametrize(("palette", "minimum"), [(STANDARD, 4.5), (HIGH_CONTRAST, 7.0)])
def test_every_text_and_background_pair_has_enough_contrast(palette: str, minimum: float) -> None:
    pairs = text_pairs()
    assert len(pairs) > 30  # the parse really found the stylesheet's rules
    colours = PALETTES[palette]
    weak = {
        f"{selector}: {fg} on {bg} = {ratio(colours[fg], colours[bg]):.2f}"
        for selector, fg, bg in pairs
        if ratio(colours[fg], colours[bg]) < minimum
    }
    assert weak == set()


def test_both_palettes_name_the_same_colours_and_the_sheet_uses_only_those() -> None:
    assert PALETTES[STANDARD].keys() == PALETTES[HIGH_CONTRAST].keys()
    used = set(re.findall(r"@([a-z][a-z-]*)", template()))
    assert used <= PALETTES[STANDARD].keys()
    assert "@" not in stylesheet(100, HIGH_CONTRAST)


def test_the_check_catches_a_weak_pair() -> None:
    assert ratio("#777777", "#FFFFFF") < 4.5 < ratio("#595959", "#FFFFFF")


@pytest.mark.parametrize("size", [150, 200])
def test_text_size_scales_every_font_size(size: int) -> None:
    normal = [int(n) for n in re.findall(r"font-size:\s*(\d+)px", stylesheet(100))]
    scaled = [int(n) for n in re.findall(r"font-size:\s*(\d+)px", stylesheet(size))]
    assert scaled == [round(n * size / 100) for n in normal] and len(normal) > 10


def test_every_kind_of_button_looks_different_when_disabled() -> None:
    """A role's rule would otherwise win over the plain :disabled rule, and a disabled
    button would look like an enabled one."""
    table = dict(rules())
    kinds = {
        selector
        for selector, props in rules()
        if selector.startswith("QPushButton[role=")
        and ":" not in selector
        and "background" in props
    }
    assert {'QPushButton[role="primary"]', 'QPushButton[role="tile"]'} <= kinds
    for palette in (STANDARD, HIGH_CONTRAST):
        colours = PALETTES[palette]
        for kind in kinds:
            disabled = table.get(f"{kind}:disabled")
            assert disabled is not None, f"{kind} has no disabled look"
            enabled_bg = table[kind].get("background", "@white")
            assert colours[disabled["background"][1:]] != colours[enabled_bg[1:]], kind
            assert "dashed" in disabled["border"]
    assert any(":disabled" in selector for selector, _, _ in text_pairs())


def test_every_icon_is_drawn_in_the_one_colour_the_kiosk_recolours() -> None:
    """The kiosk swaps that colour for the palette's (high contrast: black); any other
    colour in a file would stay as drawn."""
    files = sorted(ICONS.glob("*/*.svg"))
    assert len(files) > 40
    for path in files:
        text = path.read_text(encoding="utf-8")
        hexes = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{3,8}\b", text)}
        named = set(re.findall(r'(?:fill|stroke|stop-color|color)\s*[=:]\s*"?([A-Za-z]+)', text))
        assert hexes == {SOURCE_COLOUR} and named <= {"none"}, path.name


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST])
def test_a_tags_edge_stands_out_on_the_page_and_on_white(palette: str) -> None:
    colours = PALETTES[palette]
    for background in ("page", "white", "soft"):
        assert ratio(colours["tag-edge"], colours[background]) >= 3, background
