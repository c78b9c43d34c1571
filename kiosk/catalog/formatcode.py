"""Parse an Excel number format code into the sections and tokens that numfmt renders."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

_PLAIN = set(" $-+/():!^&'~{}<>=\u00a0")
_COLORS = {"black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"}
_COUNTS = {"y": (2, 4), "m": (1, 2, 3, 4, 5), "d": (1, 2, 3, 4), "h": (1, 2), "s": (1, 2)}
_SIMPLE = {".": "point", ",": "comma", "%": "percent", "@": "at", "/": "slash"}
_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"|\\(?P<escaped>.)|_(?P<space>.)|\*(?P<fill>.)|\[(?P<tag>[^\]]*)\]'
    r"|(?P<general>general)|(?P<ampm>am/pm|a/p)|(?P<date>y+|m+|d+|h+|s+)"
    r"|(?P<scientific>e[+-])|(?P<digit>[0#?])|(?P<other>.)",
    re.IGNORECASE | re.DOTALL,
)
_CURRENCY_TAG = re.compile(r"\$([^-]*)(?:-([0-9A-Fa-f]+))?")

# The codes Excel in the U.S. shows for the built-in ids (ECMA-376 spells some of them for another
# locale: 14 is "mm-dd-yy" there, 47 "mmss.0"). 11, 12, 13 and 48 are here to be refused, not
# mistaken for General.
_BUILTIN_TABLE = r"""
0 General
1 0
2 0.00
3 #,##0
4 #,##0.00
5 "$"#,##0_);\("$"#,##0\)
6 "$"#,##0_);[Red]\("$"#,##0\)
7 "$"#,##0.00_);\("$"#,##0.00\)
8 "$"#,##0.00_);[Red]\("$"#,##0.00\)
9 0%
10 0.00%
11 0.00E+00
12 # ?/?
13 # ??/??
14 m/d/yyyy
15 d-mmm-yy
16 d-mmm
17 mmm-yy
18 h:mm AM/PM
19 h:mm:ss AM/PM
20 h:mm
21 h:mm:ss
22 m/d/yyyy h:mm
37 #,##0_);(#,##0)
38 #,##0_);[Red](#,##0)
39 #,##0.00_);(#,##0.00)
40 #,##0.00_);[Red](#,##0.00)
41 _(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)
42 _("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)
43 _(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)
44 _("$"* #,##0.00_);_("$"* \(#,##0.00\);_("$"* "-"??_);_(@_)
45 mm:ss
46 [h]:mm:ss
47 mm:ss.0
48 ##0.0E+0
49 @
"""
_BUILTIN = {int(k): v for k, v in (line.split(" ", 1) for line in _BUILTIN_TABLE.split("\n")[1:-1])}


class Refused(Exception):
    """Why a code (or a value under it) cannot be shown; numfmt.render() names the code."""


@dataclass(frozen=True, slots=True)
class Token:
    # lit, digit (text 0 # ?), point, comma, percent, general, at, date (text y m d h n s, n being
    # minutes), elapsed (text h m s), fraction (count = digits), ampm (text = AM/PM or A/P form)
    kind: str
    text: str = ""
    count: int = 0


@dataclass(frozen=True, slots=True)
class Section:
    kind: str  # empty, number, general, date, text
    tokens: tuple[Token, ...] = ()
    int_digits: str = ""  # the placeholders before the decimal point, e.g. "###0" for #,##0
    dec_digits: str = ""
    grouped: bool = False
    shift: int = 0  # a power of ten: +2 for each %, -3 for each scaling comma
    has_date: bool = False
    has_time: bool = False
    twelve_hour: bool = False
    fraction: int = 0


def format_code(num_fmt_id: int, custom: Mapping[int, str]) -> str:
    """The format code of a cell: a custom one from styles.xml, else the en-US built-in one."""
    if num_fmt_id in custom:
        return custom[num_fmt_id]
    return _BUILTIN.get(num_fmt_id, "General")


@functools.lru_cache(maxsize=1024)
def parse(code: str) -> tuple[Section, ...] | str:
    """The sections of a code, or why it cannot be shown (parsed once per distinct code)."""
    parts = split(code)
    if len(parts) > 4:
        return "more than 4 sections"
    try:
        # The fourth section only ever formats text, which never reaches numfmt.render().
        return tuple(_section(part) if i < 3 else Section("text") for i, part in enumerate(parts))
    except Refused as refusal:
        return str(refusal)


def split(code: str) -> list[str]:
    """The sections of a code: split at each ; outside quotes, escapes and [tags]."""
    parts: list[str] = []
    start, i, quoted = 0, 0, False
    while i < len(code):
        char = code[i]
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\\_*":
            i += 1
        elif not quoted and char == "[":
            i = max(code.find("]", i), i)
        elif not quoted and char == ";":
            parts.append(code[start:i])
            start = i + 1
        i += 1
    return [*parts, code[start:]]


def _section(text: str) -> Section:
    tokens = _tokenize(text)
    kinds = {t.kind for t in tokens}
    if not tokens:
        return Section("empty")
    if "at" in kinds:
        return Section("text")
    if kinds & {"date", "elapsed", "ampm"}:
        return _date_section(tokens)
    if "general" in kinds:
        if kinds - {"general", "lit"}:
            raise Refused("General with other placeholders")
        return Section("general", tuple(tokens))
    return _number_section(tokens)


def _tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind, found = match.lastgroup or "", match[0]
        if kind in ("quoted", "escaped"):
            out.append(Token("lit", match[kind]))
        elif kind == "space":
            out.append(Token("lit", " "))  # _x leaves the width of x: one space here
        elif kind == "tag":
            out.extend(t for t in [_tag(match[kind])] if t is not None)
        elif kind == "ampm":
            # Sources disagree on whether am/pm shows "am" or "AM"; A/P and a/p keep their case.
            if found not in ("AM/PM", "A/P", "a/p"):
                raise Refused(f"{found}, whose letter case Excel may change")
            out.append(Token("ampm", found))
        elif kind == "date":
            if len(found) not in _COUNTS[found[0].lower()]:
                raise Refused(f"the date code {found}")
            out.append(Token("date", found[0].lower(), len(found)))
        elif kind == "scientific":
            raise Refused("scientific notation")
        elif kind in ("general", "digit"):
            out.append(Token(kind, found))
        elif kind != "fill":  # *x repeats x to fill the column, whose width is not known
            out.append(_other(found))
    return out


def _other(char: str) -> Token:
    if char in _SIMPLE:
        return Token(_SIMPLE[char], char)
    if char in _PLAIN or unicodedata.category(char) == "Sc":
        return Token("lit", char)
    if char in '"[\\_*':
        raise Refused(f"an unfinished {char}")
    raise Refused(f"the unquoted character {char!r}")


def _tag(inner: str) -> Token | None:
    low = inner.lower()
    if low in _COLORS or re.fullmatch(r"color\d+", low):
        return None  # a color: text has none
    currency = _CURRENCY_TAG.fullmatch(inner)
    if currency:
        if currency[2] is not None and currency[2].lstrip("0").upper() != "409":
            raise Refused(f"the locale tag [{inner}]")
        return Token("lit", currency[1]) if currency[1] else None
    if re.fullmatch(r"h{1,2}|m{1,2}|s{1,2}", low):
        return Token("elapsed", low[0], len(low))
    if low[:1] in ("<", ">", "="):
        raise Refused("conditions")
    if low.startswith("dbnum"):
        raise Refused("DBNum digits")
    raise Refused(f"the tag [{inner}]")


def _date_section(tokens: list[Token]) -> Section:
    out: list[Token] = []
    for i, token in enumerate(tokens):
        if (
            token.kind == "date"
            and token.text == "m"
            and token.count <= 2
            and _is_minute(tokens, i)
        ):
            token = Token("date", "n", token.count)
        elif token.kind == "digit" and token.text == "0" and out and out[-1].kind == "fraction":
            out[-1] = Token("fraction", count=out[-1].count + 1)
            continue
        elif token.kind == "point" and tokens[i + 1 : i + 2] == [Token("digit", "0")]:
            if not out or out[-1].kind not in ("date", "elapsed") or out[-1].text != "s":
                raise Refused("fractions of a second not after seconds")
            token = Token("fraction")
        elif token.kind in ("comma", "point", "slash"):
            token = Token("lit", token.text)
        elif token.kind not in ("lit", "date", "elapsed", "ampm"):
            raise Refused("a date with number placeholders")
        out.append(token)
    fraction = max((t.count for t in out if t.kind == "fraction"), default=0)
    if fraction > 3:
        raise Refused("more than 3 digits of a second")
    letters = {t.text for t in out if t.kind == "date"}
    return Section(
        "date",
        tuple(out),
        has_date=bool(letters & {"y", "m", "d"}),
        has_time=bool(letters & {"h", "n", "s"})
        or any(t.kind in ("elapsed", "ampm", "fraction") for t in out),
        twelve_hour=any(t.kind == "ampm" for t in out),
        fraction=fraction,
    )


def _is_minute(tokens: list[Token], i: int) -> bool:
    """Excel reads m as minutes right after an hour code or right before a seconds code."""
    timed = [j for j, t in enumerate(tokens) if t.kind in ("date", "elapsed")]
    at = timed.index(i)
    before = tokens[timed[at - 1]].text if at > 0 else ""
    after = tokens[timed[at + 1]].text if at + 1 < len(timed) else ""
    return before == "h" or after == "s"


def _number_section(tokens: list[Token]) -> Section:
    if any(t.kind == "slash" for t in tokens):
        raise Refused("fractions")
    points = [i for i, t in enumerate(tokens) if t.kind == "point"]
    if len(points) > 1:
        raise Refused("two decimal points")
    cut = points[0] if points else len(tokens)
    int_digits = "".join(t.text for t in tokens[:cut] if t.kind == "digit")
    dec_digits = "".join(t.text for t in tokens[cut:] if t.kind == "digit")
    if not re.fullmatch(r"[#?]*0*", int_digits) or not re.fullmatch(r"0*[#?]*", dec_digits):
        raise Refused("0, # and ? in an unusual order")
    grouped, shift = False, 2 * sum(t.kind == "percent" for t in tokens)
    for i, token in enumerate(tokens):
        if token.kind != "comma":
            continue
        seen = any(t.kind == "digit" for t in tokens[:i])
        ahead = [j for j in range(i + 1, len(tokens)) if tokens[j].kind in ("digit", "point")]
        if seen and ahead and ahead[0] < cut and tokens[ahead[0]].kind == "digit":
            grouped = True
        elif seen and (not ahead or tokens[ahead[0]].kind == "point"):
            shift -= 3  # a comma after the last digit of the whole part divides by 1,000
        else:
            raise Refused("a comma Excel reads its own way")
    places = [i for i, t in enumerate(tokens) if t.kind == "digit" and i < cut]
    inside = tokens[places[0] : places[-1] + 1] if grouped else []
    if any(t.kind != "comma" and t.text not in ("#", "0") for t in inside):
        raise Refused("thousands separators with ? or text among the digits")
    return Section("number", tuple(tokens), int_digits, dec_digits, grouped, shift)
