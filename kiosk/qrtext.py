"""What the counselor QR code holds: the student's list in words a phone shows, or a link.

Qt-free, so the same text is built for the screen and the printed slip from words the caller
has already translated. Nothing about the student: course codes and titles, the school.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from kiosk.catalog.models import Course, School
from kiosk.paths import LIST_PAGE

if TYPE_CHECKING:
    import segno

# At most version 13 (69 modules, 77 with the quiet zone): on the 240 px screen code each
# module is still 3 px, and on the slip's 110 pt code about 0.5 mm, sizes a phone camera reads
# from a screen or from a 203 dpi receipt printer. Larger versions shrink modules to 2 px.
MAX_VERSION = 13
# What version 13 holds in byte mode at error level M (ISO/IEC 18004, table 7).
CAPACITY = 331
ELLIPSIS = "…"


@dataclass(frozen=True)
class Words:
    """The code's fixed words in the student's language."""

    heading: str  # "My career class list"
    sign_up: str  # "To sign up, talk to your high-school counselor."
    school: str  # "School: %1", %1 being the school's code


def encode(text: str) -> segno.QRCode:
    """The QR code for `text`: UTF-8, what phone readers expect (segno's own pick, Latin-1 for
    Spanish or Shift_JIS for some Chinese, leaves them to guess); byte mode, so CAPACITY is
    exact; never a Micro QR code, which phone cameras do not read."""
    import segno  # loaded on first use, not at launch

    return segno.make_qr(text, error="m", mode="byte", encoding="utf-8")


def fits(text: str) -> bool:
    return len(text.encode("utf-8")) <= CAPACITY


def payload(
    courses: Sequence[Course],
    school: School | None,
    words: Words,
    lang: str,
    base_url: str = "",
) -> str:
    """A link to the list page when the catalog names its address (settings' qr_base_url, the
    published folder's public address); else the list as a person reads it, or only
    its codes when the titles do not fit. Never larger than MAX_VERSION: when even the codes
    do not fit, the last ones give way to an ellipsis (the slip still lists every course)."""
    codes = [c.code for c in courses]
    school_code = school.code if school is not None else None
    if base_url:
        return _fitted(codes, lambda kept, _cut: link(base_url, kept, school_code, lang))
    lines = [words.heading, *(f"{c.code} {_flat(c.title)}" for c in courses)]
    if school is not None:
        lines.append(_flat(school.name))
    for text in ("\n".join([*lines, words.sign_up]), "\n".join(lines)):
        if fits(text):
            return text
    school_line = [words.school.replace("%1", school_code)] if school_code else []

    def codes_only(kept: list[str], cut: bool) -> str:
        listed = ", ".join([*kept, ELLIPSIS] if cut else kept)
        return "\n".join([words.heading, listed, *school_line])

    return _fitted(codes, codes_only)


def link(base_url: str, codes: Sequence[str], school: str | None, lang: str) -> str:
    """The list page in the published folder at `base_url`, with the codes, the school and
    the language in the address's fragment (`#c=HS-310,TR-110&s=CKM&l=es`): a browser never
    sends the fragment to the server, so no server's log ever holds a student's list."""
    fragment: dict[str, str] = {"c": ",".join(codes)}
    if school:
        fragment["s"] = school
    fragment["l"] = lang
    return f"{base_url.rstrip('/')}/{LIST_PAGE}#{urlencode(fragment, safe=',')}"


def _fitted(codes: list[str], build: Callable[[list[str], bool], str]) -> str:
    """`build` with as many of `codes` as fit, told whether some were left out."""
    for count in range(len(codes), 0 if codes else -1, -1):
        text = build(codes[:count], count < len(codes))
        if fits(text):
            return text
    # Only very long words or a very long base URL leave no room for one code: the first code
    # alone (at most 32 characters) still makes a code.
    return codes[0] if codes else ELLIPSIS


def _flat(text: str) -> str:
    """One line: a title's own line breaks would read as another course."""
    return " ".join(text.split())
