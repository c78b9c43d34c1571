"""The languages catalog text may be written in; English is the fallback for every field."""

from __future__ import annotations

FALLBACK = "en"
# Order matters: it is the order of language buttons and of the search index ranges.
LANGUAGES: tuple[str, ...] = ("en", "es", "hmn", "zh", "vi")
TRANSLATIONS: tuple[str, ...] = LANGUAGES[1:]


def split_suffix(header: str) -> tuple[str, str | None]:
    """Split `title_es` into (`title`, `es`); a header without a suffix is (`header`, None).

    Only the last underscore counts, so `counseling_hours_es` -> (`counseling_hours`, `es`).
    """
    base, sep, suffix = header.rpartition("_")
    if not sep or not base:
        return header, None
    return base, suffix
