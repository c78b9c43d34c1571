"""Characters a reader cannot see: shown by their code point in messages, and found in text."""

from __future__ import annotations

import unicodedata

# Joiners that shape emoji and some scripts: invisible, but meant.
_MEANT = {"\u200c", "\u200d"}


def shown(text: str) -> str:
    """`text` with every character a reader could not see written as [U+200B]."""
    # Nearly every text: isprintable() is false for each category _invisible names, in C.
    if text.isprintable():
        return text
    return "".join(f"[U+{ord(c):04X}]" if _invisible(c) else c for c in text)


def _invisible(char: str) -> bool:
    if char == " ":
        return False
    return unicodedata.category(char) in ("Cf", "Cc", "Zs", "Zl", "Zp", "Co", "Cn")


def hidden_characters(text: str) -> list[str]:
    """The characters in `text` that do not show and are seldom meant (direction marks, soft
    hyphens, private-use and unassigned code points), as "U+200E left-to-right mark"."""
    if text.isascii():  # nearly every cell, and ASCII has none of them
        return []
    found = {c for c in text if c not in _MEANT and unicodedata.category(c) in ("Cf", "Co", "Cn")}
    return [f"U+{ord(c):04X} {unicodedata.name(c, 'unnamed').lower()}" for c in sorted(found)]
