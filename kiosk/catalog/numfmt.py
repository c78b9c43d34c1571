"""Show a cell value exactly as Excel (en-US) displays it under a number format code, or refuse."""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_UP, Context, Decimal

from kiosk.catalog.formatcode import Refused, Section, Token, format_code, parse, split

__all__ = ["Unrenderable", "Value", "format_code", "is_plain", "render"]

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


class Unrenderable(Exception):
    """This format cannot be shown exactly; the message says what it is."""


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
        parsed = parse(code)
        if isinstance(parsed, str):
            raise Refused(parsed)
        return _render(value, parsed)
    except Refused as refusal:
        raise Unrenderable(
            f'the number format "{code}" ({refusal}) cannot be shown exactly'
        ) from None


def _boolean(value: bool, code: str) -> str:
    # Excel shows TRUE/FALSE whatever the number format; whether an empty (hiding) section or a
    # text section touches them is not documented, so those are refused.
    parts = split(code)
    if not is_plain(code) and ("@" in code or len(parts) > 3 or not all(parts)):
        raise Refused("TRUE/FALSE with a text or empty section")
    return "TRUE" if value else "FALSE"


def _render(value: Value, sections: tuple[Section, ...]) -> str:
    number = _number(value)
    count = len(sections)
    section = sections[1 if number < 0 and count > 1 else 2 if number == 0 and count > 2 else 0]
    # Only a lone section gets Excel's minus sign; the others show the magnitude, as Excel does.
    sign = "-" if number < 0 and count == 1 else ""
    if section.kind == "empty":
        return ""
    if section.kind == "text":
        raise Refused("a text section for a number")
    if section.kind == "date":
        if number < 0:
            raise Refused("a negative date or time")
        return _render_date(section, _moment(value))
    if section.kind == "general":
        body = [_general(abs(number)) if t.kind == "general" else t.text for t in section.tokens]
        return sign + "".join(body)
    if sign and not section.int_digits + section.dec_digits:
        raise Refused("a negative number in a section without digits")
    return sign + _render_number(section, abs(number))


def _number(value: Value) -> Decimal:
    """The value as Excel holds it for display: 15 significant digits (dates as serials)."""
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        return _DIGITS15.divide(Decimal(_moment(value)), Decimal(_DAY_MS))
    if isinstance(value, float) and not math.isfinite(value):
        raise Refused("a number that is not finite")
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
        raise Refused("a negative date or time")
    return ms


def _serial_day(value: dt.date) -> int:
    if value.year < 1900:
        raise Refused("a date before 1900")
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
        raise Refused("General in scientific notation")
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _render_number(section: Section, number: Decimal) -> str:
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


def _integer_parts(section: Section, whole: int) -> list[str]:
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


def _render_date(section: Section, moment: int) -> str:
    if not section.has_time:
        return _date_text(section, moment)
    # Excel's documents do not say whether a time halfway to the next shown unit rounds up or is
    # cut (LibreOffice cuts); below half both agree, and 10:29:59 under h:mm shows 10:29.
    unit = 10 ** (3 - section.fraction)
    rest = moment % unit
    text = _date_text(section, moment - rest)
    if 2 * rest >= unit and _date_text(section, moment - rest + unit) != text:
        raise Refused("a time Excel may round either way")
    return text


def _date_text(section: Section, moment: int) -> str:
    serial, ms = divmod(moment, _DAY_MS)
    year = month = day = 0
    if section.has_date:
        if serial < 1:
            raise Refused("serial 0 has no date")
        if serial > _LAST_SERIAL:
            raise Refused("a date after 9999")
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


def _day_field(token: Token, year: int, day: int, weekday: int) -> str:
    if token.text == "y":
        return f"{year % 100:02d}" if token.count == 2 else f"{year:04d}"
    name = _WEEKDAYS[weekday]  # Excel's weekdays: serial 1 (its 1900-01-01) is a Sunday
    return (str(day), f"{day:02d}", name[:3], name)[token.count - 1]
