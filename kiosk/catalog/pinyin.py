"""Toneless pinyin for the Chinese text of the search index, made when a catalog is built.

The kiosk's on-screen keyboard has no Chinese input, so a Chinese-speaking student types
pinyin: "hushi" or "hu shi" for 護士. Only the build imports this module (and pypinyin); the
kiosk searches an index that already holds the pinyin.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterable

from kiosk.catalog.search import HAN_RUN

# Most Chinese words are one to four characters: a student types a word's syllables run
# together ("hulizhuli"), so every run of up to four syllables is indexed as one word too.
MAX_JOINED = 4
MAX_SPELLINGS = 16  # of one run of syllables, counting every reading of every character

Converter = Callable[[str], list[list[str]]]


def pinyin_words(text: str, readings: int = 1) -> str:
    """Pinyin of the Chinese in `text`: each character's syllable in order ("hu shi"), then
    every run of two to four syllables joined ("hushi"); "" if there is no Chinese.

    A character with several readings (行 xing or hang) is spelled by its first `readings`.
    Without pypinyin's phrases a character's second reading is often a rare one (和 "and"
    is also hu), so only short text such as titles is worth it: in a description it would
    join into words nobody wrote."""
    runs = HAN_RUN.findall(text) if not text.isascii() else ()
    if not runs:
        return ""
    syllables: list[str] = []
    extra: dict[str, None] = {}
    for run in runs:
        run_syllables, run_words = _run_words(run, readings)
        syllables += run_syllables
        extra.update(dict.fromkeys(run_words))
    alone = set(syllables)
    return " ".join([*syllables, *(w for w in extra if w not in alone)])


# A build meets the same runs again and again (career, pathway and sector names in every
# course's document): each is spelled once.
@functools.lru_cache(maxsize=8192)
def _run_words(run: str, readings: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One run of Chinese characters: each one's syllable, and the run's joined words in order."""
    spelled = [_spellings(r[:readings]) for r in _converter()(run)]
    words: dict[str, None] = {}
    for size in range(1, MAX_JOINED + 1):
        for start in range(len(spelled) - size + 1):
            words.update(dict.fromkeys(_joined(spelled[start : start + size])))
    return tuple(s[0] for s in spelled), tuple(words)


def _spellings(readings: Iterable[str]) -> list[str]:
    # pypinyin writes ü as v (lv, nv), as pinyin keyboards do; students also type u (lu).
    return list(dict.fromkeys(s for r in readings for s in (r, r.replace("v", "u"))))


def _joined(readings: list[list[str]]) -> list[str]:
    return [
        "".join(parts) for parts in itertools.islice(itertools.product(*readings), MAX_SPELLINGS)
    ]


@functools.cache
def _converter() -> Converter:
    # Read on first use: a catalog without Chinese never loads the dictionary. pypinyin also
    # reads a 2.5 MB dictionary of phrases unless this is set; without it the frozen bundle
    # stays within its size budget, and a polyphonic character's other readings are indexed
    # instead of the one a phrase would choose.
    os.environ["PYPINYIN_NO_PHRASES"] = "1"
    os.environ["PYPINYIN_NO_DICT_COPY"] = "1"
    import pypinyin

    def convert(run: str) -> list[list[str]]:
        return pypinyin.pinyin(run, style=pypinyin.Style.NORMAL, heteronym=True, errors="ignore")

    return convert
