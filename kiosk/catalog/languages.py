"""The languages catalog text may be written in; English is the fallback for every field."""

from __future__ import annotations

FALLBACK = "en"
# Order matters: it is the order of language buttons and of the search index ranges.
# "zh" is Chinese in Traditional script, "zh-Hans" in Simplified (a workbook column
# `title_zh-Hans`); a district offers whichever it needs in ui.languages.
LANGUAGES: tuple[str, ...] = ("en", "es", "hmn", "zh", "vi", "zh-Hans")
TRANSLATIONS: tuple[str, ...] = LANGUAGES[1:]
# Each language's name in that language, as its button shows it.
NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "hmn": "Hmoob",
    "zh": "繁體中文",
    "vi": "Tiếng Việt",
    "zh-Hans": "简体中文",
}

# Our students live in the United States: each language's numbers, money and dates as
# written here (es-US writes "$171,460", es-ES "171.460 $"). Neither Qt nor browsers have
# data for Hmong, so Hmong takes US English's formats, as the Hmong community here reads
# them; where a language has no US variant (Vietnamese in Qt), its own country's apply.
LOCALES = {
    "en": "en-US",
    "es": "es-US",
    "hmn": "en-US",
    "zh": "zh-Hant-US",
    "vi": "vi-US",
    "zh-Hans": "zh-Hans-US",
}
# What a web page's lang attribute calls each (BCP 47): "zh" is written in Traditional script.
WEB_LANG = {"zh": "zh-Hant"}


def split_suffix(header: str) -> tuple[str, str | None]:
    """Split `title_es` into (`title`, `es`); a header without a suffix is (`header`, None).

    Only the last underscore counts, so `counseling_hours_es` -> (`counseling_hours`, `es`).
    """
    base, sep, suffix = header.rpartition("_")
    if not sep or not base:
        return header, None
    return base, suffix


def language_of(suffix: str) -> str | None:
    """The language a column suffix names, in any letter case ("zh-hans" is "zh-Hans")."""
    return _BY_LOWER.get(suffix.lower())


_BY_LOWER = {code.lower(): code for code in LANGUAGES}
