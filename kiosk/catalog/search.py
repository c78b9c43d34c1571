"""Turn whatever a student typed into safe search terms, and rank a bounded set of matches.

Raw input never reaches FTS5's query syntax: `C++`, quotes, hyphens and emoji are reduced to
word tokens, each quoted, so no input can raise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_TOKENS = 8
MAX_TOKEN_LENGTH = 40
# Same notion of a word as FTS5's unicode61 tokenizer: letters and digits, not "_".
_WORD = re.compile(r"[^\W_]+")
_STEM = re.compile(r"(?:es|s|e|as|os|a|o)$")
_CODE_PREFIX = re.compile(r"\s*[A-Za-z]{1,6}-")
_NOT_CODE = re.compile(r"[^0-9A-Z]")


# Chinese is written without spaces, and FTS5's unicode61 tokenizer would take a whole run of
# characters as one word; indexing and searching each ideograph as its own word lets "護理"
# find "護理助理" and "助理" find it too. (Han ideographs, extensions A to F, compatibility.)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_IDEOGRAPH = re.compile(f"([{_HAN}])")
HAN_RUN = re.compile(f"[{_HAN}]+")


def split_ideographs(text: str) -> str:
    """Put spaces around every Han ideograph, so each is a word for search."""
    if text.isascii():  # most text: no ideographs, and no scan for them
        return text
    return _IDEOGRAPH.sub(r" \1 ", text) if _IDEOGRAPH.search(text) else text


def _plain_letters(text: str) -> str:
    """Letters that are not a base letter plus an accent, so neither NFKD nor FTS5's
    remove_diacritics folds them, as the plain letter students type (Vietnamese "dieu" for
    "điều")."""
    # replace(), not translate(): that looks up every character in a dict, 100 times slower.
    return text.replace("đ", "d").replace("Đ", "D")


def index_text(text: str) -> str:
    """What the search index stores for catalog text (FTS5 folds case and accents itself)."""
    if text.isascii():  # most text, and a build indexes every course's
        return text
    return split_ideographs(_plain_letters(text))


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Enfermería" -> "enfermeria"."""
    if text.isascii():  # most catalog text: nothing to decompose (a build folds every title)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", _plain_letters(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words_of(text: str) -> str:
    """Text as the words search compares, folded and one space apart ("Phụ tá" -> "phu ta")."""
    return " ".join(_WORD.findall(split_ideographs(fold(text))))


def code_key(text: str) -> str:
    """Course codes compared without case or punctuation: "hs 110" and "HS-110" are equal."""
    return _NOT_CODE.sub("", fold(text).upper())


@dataclass(frozen=True)
class Query:
    """A student's input, reduced to what search can use."""

    text: str
    tokens: tuple[str, ...]
    code: str

    @property
    def empty(self) -> bool:
        return not self.tokens and not self.code

    @property
    def longest(self) -> int:
        """The length of the longest word typed."""
        return max((len(t) for t in self.tokens), default=0)

    def match(self, column: str | None = None) -> str:
        """An FTS5 MATCH expression: every token as a quoted prefix, all required."""
        return _within(column, " AND ".join(_prefix(t) for t in self.tokens))

    def match_words(self, column: str | None = None) -> str:
        """An FTS5 MATCH expression: every token as a whole word, singular or plural."""
        terms = (" OR ".join(f'"{form}"' for form in word_forms(t)) for t in self.tokens)
        return _within(column, " AND ".join(f"({t})" for t in terms))

    def rank(self, words: str) -> tuple[int, int, int]:
        """Lower sorts first, for text as `words_of` gives it: text that starts with what was
        typed, then text with the words side by side as typed, then text with more of them
        as whole words (ties keep index order)."""
        typed = " ".join(self.tokens)
        starts = 0 if words.startswith(typed) else 1
        # Vietnamese words are several syllables ("y ta", "xe hoi"): the syllables together
        # as typed mean the word, scattered through a title they mean something else.
        together = 0 if f" {typed}" in f" {words}" else 1
        present = set(words.split())
        whole = sum(1 for t in self.tokens if present.isdisjoint(word_forms(t)))
        return starts, together, whole


def _within(column: str | None, terms: str) -> str:
    return f"{{{column}}} : ({terms})" if column else terms


def _prefix(token: str) -> str:
    """A prefix term; a longer word also matches its stem, so "nurse" finds "nursing" and
    "enfermeras" finds "enfermería" (English and Spanish plurals and final -e)."""
    stem = _STEM.sub("", token) if len(token) >= 5 else token
    if stem != token:
        return f'("{token}"* OR "{stem}"*)'
    return f'"{token}"*'


def word_forms(token: str) -> tuple[str, ...]:
    """The word and its other number, in English and Spanish: car/cars, bus/buses,
    city/cities, carro/carros, motor/motores, luz/luces. Short or non-Latin words are
    only themselves (Vietnamese "ta", a Chinese character)."""
    if len(token) < 3 or not (token.isascii() and token.isalpha()):
        return (token,)
    singulars = [token[:-1], token[:-2], token[:-3] + "y", token[:-3] + "z"]
    found = [s for s in singulars if len(s) >= 3 and token in _plurals(s)]
    return tuple(dict.fromkeys([token, *_plurals(token), *found]))


def _plurals(word: str) -> list[str]:
    if word.endswith(("s", "x", "ch", "sh")):
        return [word + "es"]
    if word.endswith("z"):
        return [word + "es", word[:-1] + "ces"]
    if word.endswith("y") and word[-2] not in "aeiou":
        return [word + "s", word[:-1] + "ies"]
    # Spanish adds -es after a consonant (motores, hospitales); not after a three-letter
    # word, where it would make a different English word ("car" is not "cares").
    if len(word) >= 4 and word[-1] in "dlnrj":
        return [word + "s", word + "es"]
    return [word + "s"]


def parse_query(text: str) -> Query:
    text = text[:500]
    folded = split_ideographs(fold(text))
    tokens = tuple(t[:MAX_TOKEN_LENGTH] for t in _WORD.findall(folded)[:MAX_TOKENS])
    looks_like_code = any(ch.isdigit() for ch in text) or _CODE_PREFIX.match(text)
    code = code_key(text) if len(text) <= 32 and looks_like_code else ""
    return Query(text, tokens, code)
