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


# Chinese is written without spaces, and FTS5's unicode61 tokenizer would take a whole run of
# characters as one word; indexing and searching each ideograph as its own word lets "護理"
# find "護理助理" and "助理" find it too. (Han ideographs, extensions A to F, compatibility.)
_IDEOGRAPH = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff])")


def split_ideographs(text: str) -> str:
    """Put spaces around every Han ideograph, so each is a word for search."""
    return _IDEOGRAPH.sub(r" \1 ", text) if _IDEOGRAPH.search(text) else text


# Letters that are not a base letter plus an accent, so neither NFKD nor FTS5's
# remove_diacritics folds them; students type the plain letter (Vietnamese "dieu" for "điều").
_PLAIN_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})


def index_text(text: str) -> str:
    """What the search index stores for catalog text (FTS5 folds case and accents itself)."""
    return split_ideographs(text.translate(_PLAIN_LETTERS))


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Enfermería" -> "enfermeria"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def code_key(text: str) -> str:
    """Course codes compared without case or punctuation: "hs 110" and "HS-110" are equal."""
    return re.sub(r"[^0-9A-Z]", "", fold(text).upper())


@dataclass(frozen=True)
class Query:
    """A student's input, reduced to what search can use."""

    text: str
    tokens: tuple[str, ...]
    code: str

    @property
    def empty(self) -> bool:
        return not self.tokens and not self.code

    def match(self, column: str | None = None) -> str:
        """An FTS5 MATCH expression: every token as a quoted prefix, all required."""
        terms = " AND ".join(_term(t) for t in self.tokens)
        return f"{{{column}}} : ({terms})" if column else terms

    def rank(self, title: str) -> tuple[int, int, int]:
        """Lower sorts first: titles that start with the query, then titles with whole-word
        matches, then the rest (ties keep title order)."""
        folded = " ".join(_WORD.findall(split_ideographs(fold(title))))
        words = set(folded.split())
        typed = " ".join(self.tokens)
        starts = 0 if folded.startswith(typed) else 1
        # Words side by side as typed ("y ta", "xe hoi": Vietnamese words are several
        # syllables) before the same syllables scattered through a title.
        together = 0 if f" {typed}" in f" {folded}" else 1
        whole = sum(1 for t in self.tokens if t not in words)
        return starts, together, whole


def _term(token: str) -> str:
    """A prefix term; a longer word also matches its stem, so "nurse" finds "nursing" and
    "enfermeras" finds "enfermería" (English and Spanish plurals and final -e)."""
    stem = _STEM.sub("", token) if len(token) >= 5 else token
    if stem != token:
        return f'("{token}"* OR "{stem}"*)'
    return f'"{token}"*'


def parse_query(text: str) -> Query:
    text = text[:500]
    folded = split_ideographs(fold(text))
    tokens = tuple(t[:MAX_TOKEN_LENGTH] for t in _WORD.findall(folded)[:MAX_TOKENS])
    looks_like_code = any(ch.isdigit() for ch in text) or _CODE_PREFIX.match(text)
    code = code_key(text) if len(text) <= 32 and looks_like_code else ""
    return Query(text, tokens, code)
