"""Which speech engine and which voice locale to use for a kiosk language (no Qt here)."""

from __future__ import annotations

# Engines worth trying, best first. "mock" is Qt's test engine: never chosen by itself.
AUTOMATIC_ENGINES: tuple[str, ...] = ("winrt", "sapi", "darwin", "speechd", "flite")
OFF = "off"

# Where a language is spoken in several places, the voices closest to our students first:
# Spanish as spoken in the Americas, Chinese voices of the same script. Any other voice of
# the language comes after these.
PREFERRED_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_CA", "en_GB"),
    "es": ("es_US", "es_MX", "es_419"),
    "zh": ("zh_TW", "zh_HK", "zh_CN"),
    "zh-Hans": ("zh_CN", "zh_SG", "zh_TW"),
    "vi": ("vi_VN",),
}


def engines_to_try(setting: str, available: list[str]) -> list[str]:
    """The engines to try for the `speech.engine` setting, in order: "" is automatic, "off"
    is none, anything else is that engine alone (if it is installed)."""
    if setting == OFF:
        return []
    wanted = AUTOMATIC_ENGINES if not setting else (setting,)
    return [name for name in wanted if name in available]


def pick_locale(language: str, locales: list[str]) -> str | None:
    """The voice locale (Qt's `ll_CC` name) that should read `language`, or None when the
    engine has no voice for it. Hmong has none in Qt's locale list, so it is never read
    by a voice meant for another language."""
    for wanted in PREFERRED_LOCALES.get(language, ()):
        if wanted in locales:
            return wanted
    base = language.split("-")[0]
    same = sorted(name for name in locales if name.split("_")[0] == base)
    return same[0] if same else None


def spoken_form(parts: list[str]) -> str:
    """One text from a screen's pieces, each ending in a full stop so the voice pauses
    between a heading and what follows."""
    lines = []
    for part in parts:
        text = " ".join(part.split())
        if not text:
            continue
        if text[-1] not in ".!?:;…。！？：":
            text += "。" if "\u3400" <= text[-1] <= "\u9fff" else "."  # a Chinese full stop
        lines.append(text)
    return "\n".join(lines)
