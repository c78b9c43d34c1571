"""Show a cell value exactly as Excel (en-US) displays it under a number format code, or refuse."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

Value = float | int | dt.date | dt.datetime | dt.time | dt.timedelta | bool

# General is width-dependent in Excel (a narrow column shows fewer decimals), which no format code
# can tell, so General here is the checker's convention: the value at Excel's 15 significant
# digits, shortest form, positional. Excel switches General to scientific notation with
# width-dependent digits below 0.0001 and from 12 integer digits up: those are refused.
_GENERAL_LOW, _GENERAL_HIGH = Decimal("0.0001"), Decimal(10) ** 11
_DIGITS15 = Context(prec=15)
_DAY_MS = 86_400_000
_LAST_SERIAL = 2_958_465  # 9999-12-31, beyond which Excel shows ####
_MONTHS = "January February March April May June July August September October November December"
_WEEKDAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split()
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


class Unrenderable(Exception):
    """This format cannot be shown exactly; the message says what it is."""


class _Refused(Exception):
    """Why a code (or a value under it) cannot be shown; render() names the code."""


@dataclass(frozen=True, slots=True)
class _Token:
    # lit, digit (text 0 # ?), point, comma, percent, general, at, date (text y m d h n s, n being
    # minutes), elapsed (text h m s), fraction (count = digits), ampm (text = AM/PM or A/P form)
    kind: str
    text: str = ""
    count: int = 0


@dataclass(frozen=True, slots=True)
class _Section:
    kind: str  # empty, number, general, date, text
    tokens: tuple[_Token, ...] = ()
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


def is_plain(code: str) -> bool:
    """True when the code shows any value as the checker already does (General, "@", empty)."""
    return code in ("", "@") or code.lower() == "general"  # " " would show a space, not the value


def render(value: Value, code: str) -> str:
    """The text Excel displays for `value` in a cell with format `code`; raises Unrenderable."""
    try:
        if isinstance(value, bool):
            return _boolean(value, code)
        if is_plain(code):
            number = _number(value)
            return ("-" if number < 0 else "") + _general(abs(number))
        parsed = _parse(code)
        if isinstance(parsed, str):
            raise _Refused(parsed)
        return _render(value, parsed)
    except _Refused as refusal:
        raise Unrenderable(
            f'the number format "{code}" ({refusal}) cannot be shown exactly'
        ) from None


def _boolean(value: bool, code: str) -> str:
    # Excel shows TRUE/FALSE whatever the number format; whether an empty (hiding) section or a
    # text section touches them is not documented, so those are refused.
    parts = _split(code)
    if not is_plain(code) and ("@" in code or len(parts) > 3 or not all(parts)):
        raise _Refused("TRUE/FALSE with a text or empty section")
    return "TRUE" if value else "FALSE"


def _render(value: Value, sections: tuple[_Section, ...]) -> str:
    number = _number(value)
    count = len(sections)
    section = sections[1 if number < 0 and count > 1 else 2 if number == 0 and count > 2 else 0]
    # Only a lone section gets Excel's minus sign; the others show the magnitude, as Excel does.
    sign = "-" if number < 0 and count == 1 else ""
    if section.kind == "empty":
        return ""
    if section.kind == "text":
        raise _Refused("a text section for a number")
    if section.kind == "date":
        if number < 0:
            raise _Refused("a negative date or time")
        return _render_date(section, _moment(value))
    if section.kind == "general":
        body = [_general(abs(number)) if t.kind == "general" else t.text for t in section.tokens]
        return sign + "".join(body)
    if sign and not section.int_digits + section.dec_digits:
        raise _Refused("a negative number in a section without digits")
    return sign + _render_number(section, abs(number))


def _number(value: Value) -> Decimal:
    """The value as Excel holds it for display: 15 significant digits (dates as serials)."""
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return _DIGITS15.divide(Decimal(_moment(value)), Decimal(_DAY_MS))
    if isinstance(value, float) and not math.isfinite(value):
        raise _Refused("a number that is not finite")
    # From the exact binary value: 0.125 stays 0.125 and 2.675 (really 2.67499999...) becomes
    # 2.67500000000000, so the half-away-from-zero rounding below gives what Excel shows.
    return _DIGITS15.create_decimal(value)


def _moment(value: Value) -> int:
    """Milliseconds since serial 0, Excel's finest time resolution (1900 date system)."""
    if isinstance(value, dt.datetime):
        return _moment(value.date()) + _moment(value.time())
    if isinstance(value, dt.date):
        return _serial_day(value) * _DAY_MS
    if isinstance(value, dt.time):
        value = dt.datetime.combine(dt.date.min, value) - dt.datetime.min
    if isinstance(value, dt.timedelta):
        ms = (value // dt.timedelta(microseconds=1) + 500) // 1000
    else:
        ms = int((Decimal(value) * _DAY_MS).to_integral_value(ROUND_HALF_UP))
    if ms < 0:
        raise _Refused("a negative date or time")
    return ms


def _serial_day(value: dt.date) -> int:
    if value.year < 1900:
        raise _Refused("a date before 1900")
    # Excel counts a 1900-02-29 that never was (serial 60), so later days are one further on.
    if value < dt.date(1900, 3, 1):
        return (value - dt.date(1899, 12, 31)).days
    return (value - dt.date(1899, 12, 30)).days


def _civil(serial: int) -> tuple[int, int, int]:
    if serial == 60:
        return 1900, 2, 29
    day = dt.date(1899, 12, 31 if serial < 60 else 30) + dt.timedelta(days=serial)
    return day.year, day.month, day.day


def _general(number: Decimal) -> str:
    if number == 0:
        return "0"
    if number < _GENERAL_LOW or number >= _GENERAL_HIGH:
        raise _Refused("General in scientific notation")
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _render_number(section: _Section, number: Decimal) -> str:
    places = len(section.dec_digits)
    scaled = number.scaleb(section.shift + places).to_integral_value(ROUND_HALF_UP)
    whole, frac = divmod(int(scaled), 10**places)
    integer = _integer_parts(section, whole)
    decimal = _decimal_parts(section.dec_digits, frac)
    out: list[str] = []
    for token in section.tokens:
        if token.kind == "digit":
            out.append(integer.pop(0) if integer else decimal.pop(0))
        elif token.kind == "point":
            # With no placeholder before the point Excel still shows the whole part: .00 -> 12.50.
            out.append(("" if section.int_digits or not whole else str(whole)) + ".")
        elif token.kind in ("lit", "percent"):
            out.append(token.text)
    return "".join(out)


def _integer_parts(section: _Section, whole: int) -> list[str]:
    """What each integer placeholder shows: digits fill from the right, extra ones go leftmost."""
    places, digits = section.int_digits, str(whole) if whole else ""
    if not places:
        return []
    if section.grouped:
        padded = digits.rjust(places.count("0"), "0")
        head = len(padded) % 3 or 3
        groups = [padded[:head]] + [padded[i : i + 3] for i in range(head, len(padded), 3)]
        return [",".join(groups) if padded else ""] + [""] * (len(places) - 1)
    filler = {"0": "0", "?": " ", "#": ""}
    parts = [
        digits[-1 - i] if i < len(digits) else filler[place]
        for i, place in enumerate(reversed(places))
    ][::-1]
    parts[0] = digits[: max(len(digits) - len(places), 0)] + parts[0]
    return parts


def _decimal_parts(places: str, frac: int) -> list[str]:
    parts = list(str(frac).rjust(len(places), "0")) if places else []
    for i in range(len(places) - 1, -1, -1):
        if places[i] == "0" or parts[i] != "0":
            break
        parts[i] = " " if places[i] == "?" else ""
    return parts


def _render_date(section: _Section, moment: int) -> str:
    if not section.has_time:
        return _date_text(section, moment)
    # Excel's documents do not say whether a time halfway to the next shown unit rounds up or is
    # cut (LibreOffice cuts); below half both agree, and 10:29:59 under h:mm shows 10:29.
    unit = 10 ** (3 - section.fraction)
    rest = moment % unit
    text = _date_text(section, moment - rest)
    if 2 * rest >= unit and _date_text(section, moment - rest + unit) != text:
        raise _Refused("a time Excel may round either way")
    return text


def _date_text(section: _Section, moment: int) -> str:
    serial, ms = divmod(moment, _DAY_MS)
    year = month = day = 0
    if section.has_date:
        if serial < 1:
            raise _Refused("serial 0 has no date")
        if serial > _LAST_SERIAL:
            raise _Refused("a date after 9999")
        year, month, day = _civil(serial)
    hour, minute, second = ms // 3_600_000, ms // 60_000 % 60, ms // 1000 % 60
    out: list[str] = []
    for token in section.tokens:
        n = token.count
        if token.kind == "lit":
            out.append(token.text)
        elif token.kind == "elapsed":
            per = {"h": 3_600_000, "m": 60_000, "s": 1000}[token.text]
            out.append(str(moment // per).zfill(n))
        elif token.kind == "fraction":
            out.append("." + str(ms % 1000).zfill(3)[:n])
        elif token.kind == "ampm":
            out.append(token.text.split("/")[hour >= 12])
        elif token.text in "yd":
            out.append(_day_field(token, year, day, (serial - 1) % 7))
        elif token.text == "m":
            name = _MONTHS.split()[month - 1]
            out.append((str(month), f"{month:02d}", name[:3], name, name[0])[n - 1])
        else:
            shown = {"h": hour, "n": minute, "s": second}[token.text]
            if token.text == "h" and section.twelve_hour:
                shown = shown % 12 or 12
            out.append(str(shown).zfill(n))
    return "".join(out)


def _day_field(token: _Token, year: int, day: int, weekday: int) -> str:
    if token.text == "y":
        return f"{year % 100:02d}" if token.count == 2 else f"{year:04d}"
    name = _WEEKDAYS[weekday]  # Excel's weekdays: serial 1 (its 1900-01-01) is a Sunday
    return (str(day), f"{day:02d}", name[:3], name)[token.count - 1]


@functools.lru_cache(maxsize=1024)
def _parse(code: str) -> tuple[_Section, ...] | str:
    """The sections of a code, or why it cannot be shown (parsed once per distinct code)."""
    parts = _split(code)
    if len(parts) > 4:
        return "more than 4 sections"
    try:
        # The fourth section only ever formats text, which never reaches render().
        return tuple(_section(part) if i < 3 else _Section("text") for i, part in enumerate(parts))
    except _Refused as refusal:
        return str(refusal)


def _split(code: str) -> list[str]:
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


def _section(text: str) -> _Section:
    tokens = _tokenize(text)
    kinds = {t.kind for t in tokens}
    if not tokens:
        return _Section("empty")
    if "at" in kinds:
        return _Section("text")
    if kinds & {"date", "elapsed", "ampm"}:
        return _date_section(tokens)
    if "general" in kinds:
        if kinds - {"general", "lit"}:
            raise _Refused("General with other placeholders")
        return _Section("general", tuple(tokens))
    return _number_section(tokens)


def _tokenize(text: str) -> list[_Token]:
    out: list[_Token] = []
    for match in _TOKEN.finditer(text):
        kind, found = match.lastgroup or "", match[0]
        if kind in ("quoted", "escaped"):
            out.append(_Token("lit", match[kind]))
        elif kind == "space":
            out.append(_Token("lit", " "))  # _x leaves the width of x: one space here
        elif kind == "tag":
            out.extend(t for t in [_tag(match[kind])] if t is not None)
        elif kind == "ampm":
            # Sources disagree on whether am/pm shows "am" or "AM"; A/P and a/p keep their case.
            if found not in ("AM/PM", "A/P", "a/p"):
                raise _Refused(f"{found}, whose letter case Excel may change")
            out.append(_Token("ampm", found))
        elif kind == "date":
            if len(found) not in _COUNTS[found[0].lower()]:
                raise _Refused(f"the date code {found}")
            out.append(_Token("date", found[0].lower(), len(found)))
        elif kind == "scientific":
            raise _Refused("scientific notation")
        elif kind in ("general", "digit"):
            out.append(_Token(kind, found))
        elif kind != "fill":  # *x repeats x to fill the column, whose width is not known
            out.append(_other(found))
    return out


def _other(char: str) -> _Token:
    if char in _SIMPLE:
        return _Token(_SIMPLE[char], char)
    if char in _PLAIN or unicodedata.category(char) == "Sc":
        return _Token("lit", char)
    if char in '"[\\_*':
        raise _Refused(f"an unfinished {char}")
    raise _Refused(f"the unquoted character {char!r}")


def _tag(inner: str) -> _Token | None:
    low = inner.lower()
    if low in _COLORS or re.fullmatch(r"color\d+", low):
        return None  # a color: text has none
    currency = _CURRENCY_TAG.fullmatch(inner)
    if currency:
        if currency[2] is not None and currency[2].lstrip("0").upper() != "409":
            raise _Refused(f"the locale tag [{inner}]")
        return _Token("lit", currency[1]) if currency[1] else None
    if re.fullmatch(r"h{1,2}|m{1,2}|s{1,2}", low):
        return _Token("elapsed", low[0], len(low))
    if low[:1] in ("<", ">", "="):
        raise _Refused("conditions")
    if low.startswith("dbnum"):
        raise _Refused("DBNum digits")
    raise _Refused(f"the tag [{inner}]")


def _date_section(tokens: list[_Token]) -> _Section:
    out: list[_Token] = []
    for i, token in enumerate(tokens):
        if (
            token.kind == "date"
            and token.text == "m"
            and token.count <= 2
            and _is_minute(tokens, i)
        ):
            token = _Token("date", "n", token.count)
        elif token.kind == "digit" and token.text == "0" and out and out[-1].kind == "fraction":
            out[-1] = _Token("fraction", count=out[-1].count + 1)
            continue
        elif token.kind == "point" and tokens[i + 1 : i + 2] == [_Token("digit", "0")]:
            if not out or out[-1].kind not in ("date", "elapsed") or out[-1].text != "s":
                raise _Refused("fractions of a second not after seconds")
            token = _Token("fraction")
        elif token.kind in ("comma", "point", "slash"):
            token = _Token("lit", token.text)
        elif token.kind not in ("lit", "date", "elapsed", "ampm"):
            raise _Refused("a date with number placeholders")
        out.append(token)
    fraction = max((t.count for t in out if t.kind == "fraction"), default=0)
    if fraction > 3:
        raise _Refused("more than 3 digits of a second")
    letters = {t.text for t in out if t.kind == "date"}
    return _Section(
        "date",
        tuple(out),
        has_date=bool(letters & {"y", "m", "d"}),
        has_time=bool(letters & {"h", "n", "s"})
        or any(t.kind in ("elapsed", "ampm", "fraction") for t in out),
        twelve_hour=any(t.kind == "ampm" for t in out),
        fraction=fraction,
    )


def _is_minute(tokens: list[_Token], i: int) -> bool:
    """Excel reads m as minutes right after an hour code or right before a seconds code."""
    timed = [j for j, t in enumerate(tokens) if t.kind in ("date", "elapsed")]
    at = timed.index(i)
    before = tokens[timed[at - 1]].text if at > 0 else ""
    after = tokens[timed[at + 1]].text if at + 1 < len(timed) else ""
    return before == "h" or after == "s"


def _number_section(tokens: list[_Token]) -> _Section:
    if any(t.kind == "slash" for t in tokens):
        raise _Refused("fractions")
    points = [i for i, t in enumerate(tokens) if t.kind == "point"]
    if len(points) > 1:
        raise _Refused("two decimal points")
    cut = points[0] if points else len(tokens)
    int_digits = "".join(t.text for t in tokens[:cut] if t.kind == "digit")
    dec_digits = "".join(t.text for t in tokens[cut:] if t.kind == "digit")
    if not re.fullmatch(r"[#?]*0*", int_digits) or not re.fullmatch(r"0*[#?]*", dec_digits):
        raise _Refused("0, # and ? in an unusual order")
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
            raise _Refused("a comma Excel reads its own way")
    places = [i for i, t in enumerate(tokens) if t.kind == "digit" and i < cut]
    inside = tokens[places[0] : places[-1] + 1] if grouped else []
    if any(t.kind != "comma" and t.text not in ("#", "0") for t in inside):
        raise _Refused("thousands separators with ? or text among the digits")
    return _Section("number", tuple(tokens), int_digits, dec_digits, grouped, shift)
