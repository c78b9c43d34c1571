"""Cell values come out as the text Excel (en-US) shows under their number format, or refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kiosk.catalog.numfmt import Unrenderable, Value, format_code, is_plain, render

D = dt.date(2024, 3, 5)  # a Tuesday; Excel serial 45356
ACCOUNTING = format_code(41, {})  # _(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)
ACCOUNTING_CENTS = format_code(43, {})  # the same with .00 and "-"?? for zero

SHOWN = [
    # General: integers without ".0", others at Excel's 15 significant digits (the checker's
    # convention: a narrow Excel column shows fewer decimals, which the code cannot tell).
    (5, "General", "5"),
    (5.0, "General", "5"),
    (-1.5, "General", "-1.5"),
    (0.1 + 0.2, "General", "0.3"),  # 0.30000000000000004 held to 15 digits
    (123456789.125, "General", "123456789.125"),
    (1234.5, "@", "1234.5"),  # a number in a Text cell shows as General would
    (-7, "General;(General)", "(7)"),
    (5, 'General" units"', "5 units"),
    (5, " ", " "),  # a section of only text shows the text instead of the number
    # Digit placeholders: 0 always shows a digit, # only significant ones, ? a space instead.
    (101, "0000", "0101"),
    (42, "00000", "00042"),
    (2.5, "0", "3"),  # Excel rounds half away from zero, not to even
    (0.5, "0", "1"),
    (-2.5, "0", "-3"),
    (0.125, "0.00", "0.13"),
    (2.675, "0.00", "2.68"),  # the double is 2.67499999...; Excel rounds at 15 digits first
    (1.005, "0.00", "1.01"),
    (0, "#,###", ""),  # no 0 placeholder, so zero shows nothing at all
    (0.5, "#.00", ".50"),
    (5, "#.##", "5."),  # the decimal point stays even with no decimals to show
    (12.5, ".00", "12.50"),  # digits beyond the placeholders still show, left of the point
    (1.5, "0.0?", "1.5 "),
    (5, "??0", "  5"),
    (1e20, "0", "100000000000000000000"),
    (5551234, "000-0000", "555-1234"),  # digits fill placeholders around literals
    # Thousands separators and scaling commas.
    (1234567.891, "#,##0", "1,234,568"),
    (1234567.891, "#,##0.00", "1,234,567.89"),
    (0, "#,##0", "0"),
    (5, "0,000", "0,005"),
    (1234567, "#,##0,", "1,235"),  # a comma after the last digit divides by 1,000
    (1500000, '0.0,,"M"', "1.5M"),
    # Currency, percent, literals, spacing.
    (1234.5, "$#,##0.00", "$1,234.50"),
    (-1234.5, "$#,##0.00", "-$1,234.50"),  # one section: the minus goes in front of it all
    (1234, '"$"#,##0', "$1,234"),
    (0.256, "0%", "26%"),
    (0.2567, "0.0%", "25.7%"),
    (0.5, "0 %", "50 %"),
    (12, '0" credits"', "12 credits"),
    (12, "0\\h", "12h"),
    (12, "0_)", "12 "),  # _x leaves a space as wide as x
    (1234, "[$$-409]#,##0.00", "$1,234.00"),
    (5, "[$-409]0", "5"),
    (5, "[Red]0.00", "5.00"),
    (5, "[Color10]0", "5"),
    # Sections: a negative in a section of its own shows no minus unless the section has one.
    (-12, "0_);(0)", "(12)"),
    (-5, "0.00;[Red]0.00", "5.00"),
    (-5, "0.00;[Red]-0.00", "-5.00"),
    (0, '0;-0;"zero"', "zero"),
    (0, "0;-0;;@", ""),
    (0, "0.00;(0.00)", "0.00"),  # two sections: zero takes the first
    (-0.001, "0.00", "-0.00"),  # the stored value is negative, so Excel keeps the minus
    (-0.001, "0.00;(0.00)", "(0.00)"),
    (1234, ACCOUNTING, " 1,234 "),  # the * fill is dropped: the column width is not known
    (-1234, ACCOUNTING, " (1,234)"),
    (0, ACCOUNTING, " - "),
    (0, ACCOUNTING_CENTS, " -   "),
    (1234.5, format_code(8, {}), "$1,234.50 "),
    (-1234.5, format_code(8, {}), "($1,234.50)"),
    # Booleans ignore the number format.
    (True, "0.00", "TRUE"),
    (False, "General", "FALSE"),
    # Dates, from date values and from serials (1900 system).
    (D, format_code(14, {}), "3/5/2024"),
    (D, format_code(15, {}), "5-Mar-24"),
    (D, format_code(16, {}), "5-Mar"),
    (D, format_code(17, {}), "Mar-24"),
    (D, "dddd, mmmm d, yyyy", "Tuesday, March 5, 2024"),
    (D, "ddd dd mmm", "Tue 05 Mar"),
    (D, "mmmmm", "M"),
    (D, "yyyy-mm-dd", "2024-03-05"),  # mm between year and day is the month
    (D, "d.m.yy", "5.3.24"),
    (D, "[$-409]mmmm d, yyyy;@", "March 5, 2024"),
    (D, "0", "45356"),  # a date under a number format shows its serial
    (45356, "m/d/yyyy", "3/5/2024"),
    (60, "m/d/yyyy", "2/29/1900"),  # Excel's 1900-02-29, a day that never was
    (61, "m/d/yyyy", "3/1/1900"),
    (1, "dddd m/d/yyyy", "Sunday 1/1/1900"),  # Excel counts 1900-01-01 as a Sunday
    (dt.date(1900, 3, 1), "dddd", "Thursday"),
    # Times; m next to h or s is minutes.
    (dt.datetime(2024, 3, 5, 14, 7), format_code(22, {}), "3/5/2024 14:07"),
    (45356.5, format_code(22, {}), "3/5/2024 12:00"),
    (dt.datetime(2024, 3, 5, 14, 7), "h:mm", "14:07"),  # the date part is not shown
    (dt.time(14, 7), format_code(18, {}), "2:07 PM"),
    (dt.time(0, 7, 9), format_code(19, {}), "12:07:09 AM"),
    (dt.time(12, 0), "h AM/PM", "12 PM"),
    (dt.time(9, 5), format_code(20, {}), "9:05"),
    (dt.time(9, 5, 3), format_code(21, {}), "9:05:03"),
    (dt.time(0, 1, 5), format_code(45, {}), "01:05"),  # mm before ss is minutes
    (dt.time(0, 1, 5, 300000), format_code(47, {}), "01:05.3"),
    (dt.datetime(2024, 3, 5, 14, 7, 9, 120000), "hh:mm:ss.00", "14:07:09.12"),
    (dt.time(13, 0), "h:mm A/P", "1:00 P"),
    (dt.time(13, 0), "hh:mm a/p", "01:00 p"),
    (dt.time(10, 29, 59), "h:mm", "10:29"),  # seconds are cut, never rounded into the minute
    (dt.time(10, 29, 59, 400000), "h:mm:ss", "10:29:59"),
    (0.75, "h:mm AM/PM", "6:00 PM"),
    (8.5 / 24, "h:mm", "8:30"),  # 0.35416666666666669 is a hair over 8:30
    (dt.timedelta(hours=8, minutes=30), "h:mm AM/PM", "8:30 AM"),
    (dt.time(12, 0), "0.00", "0.50"),
    # Elapsed time.
    (dt.timedelta(days=1, hours=2, minutes=3, seconds=4), format_code(46, {}), "26:03:04"),
    (dt.timedelta(hours=30), "[h]:mm", "30:00"),
    (dt.timedelta(minutes=90, seconds=5), "[mm]:ss", "90:05"),
    (1.5, "[h]", "36"),
]


@pytest.mark.parametrize(("value", "code", "expected"), SHOWN)
def test_shown_as_excel_shows_it(value: Value, code: str, expected: str) -> None:
    assert render(value, code) == expected


REFUSED = [
    (1.5, "# ?/?", "fractions"),
    (1.5, format_code(11, {}), "scientific notation"),
    (1.5, "##0.0E+0", "scientific notation"),
    (150, "[>100]0;0", "conditions"),
    (5, "[DBNum1]0", "DBNum digits"),
    (5, "[Foo]0", "the tag [Foo]"),
    (5, "0;0;0;@;0", "more than 4 sections"),
    (-5, "0;@", "a text section for a number"),
    (5, '"Code "@', "a text section for a number"),
    (1e12, "General", "General in scientific notation"),
    (0.00001, "General", "General in scientific notation"),
    (D, "[$-F800]dddd", "the locale tag [$-F800]"),  # the system's long date
    (D, "[$-407]mmmm", "the locale tag [$-407]"),  # German month names
    (5, "0 km", "the unquoted character 'k'"),
    (dt.time(1, 0), "h:mm am/pm", "am/pm, whose letter case Excel may change"),
    (5, '0" units', 'an unfinished "'),
    (-5, '"none"', "a negative number in a section without digits"),
    (5, "#0#", "0, # and ? in an unusual order"),
    (5, ",0", "a comma Excel reads its own way"),
    (5, "yyy", "the date code yyy"),
    (dt.time(9, 5), "h:mm:ss.0000", "more than 3 digits of a second"),
    (True, ";;;", "TRUE/FALSE with a text or empty section"),
    (0, "m/d/yyyy", "serial 0 has no date"),
    (dt.time(8, 30), "m/d/yyyy h:mm", "serial 0 has no date"),
    (-1, "m/d/yyyy", "a negative date or time"),
    (dt.date(1899, 12, 31), "m/d/yyyy", "a date before 1900"),
    (3_000_000, "m/d/yyyy", "a date after 9999"),
    (float("nan"), "0", "a number that is not finite"),
    # Excel's rounding of a time halfway to the next shown unit is not documented.
    (dt.datetime(2024, 3, 5, 23, 59, 59, 999000), "m/d/yyyy h:mm", "a time Excel may round"),
    (dt.time(14, 7, 9, 125000), "ss.00", "a time Excel may round either way"),
]


@pytest.mark.parametrize(("value", "code", "reason"), REFUSED)
def test_refused_with_the_reason(value: Value, code: str, reason: str) -> None:
    with pytest.raises(Unrenderable) as refused:
        render(value, code)
    assert str(refused.value).startswith(f'the number format "{code}" ({reason}')
    assert str(refused.value).endswith(") cannot be shown exactly")


def test_the_message_names_the_code_and_what_it_is() -> None:
    with pytest.raises(Unrenderable, match=r'^the number format "# \?/\?" \(fractions\) cannot be'):
        render(1.5, "# ?/?")


def test_format_code_prefers_the_custom_code_then_the_us_built_in() -> None:
    assert format_code(14, {}) == "m/d/yyyy"
    assert format_code(22, {}) == "m/d/yyyy h:mm"
    assert format_code(3, {}) == "#,##0"
    assert format_code(49, {}) == "@"
    assert format_code(14, {14: "yyyy-mm-dd"}) == "yyyy-mm-dd"
    assert format_code(164, {164: '0.0" hrs"'}) == '0.0" hrs"'
    assert format_code(164, {}) == "General"
    assert format_code(30, {}) == "General"  # an id of another locale's built-ins


def test_plain_codes_are_the_ones_shown_as_is() -> None:
    assert all(is_plain(code) for code in ("General", "GENERAL", "@", ""))
    assert not any(is_plain(code) for code in ("0", "General;-General", "m/d/yyyy", " "))


def test_values_as_calamine_reads_them_from_a_workbook(tmp_path: Path) -> None:
    cells = [
        (45356.375, "m/d/yyyy h:mm AM/PM", "3/5/2024 9:00 AM"),
        (8.5 / 24, "h:mm", "8:30"),
        (1.25, "[h]:mm", "30:00"),
        (0.125, "0.00", "0.13"),
        (1234.5, '"$"#,##0.00', "$1,234.50"),
        (45356, "dddd", "Tuesday"),
    ]
    book = openpyxl.Workbook()
    for number, (value, code, _) in enumerate(cells, start=1):
        book.active.cell(number, 1, value).number_format = code
    book.save(tmp_path / "cells.xlsx")
    read = CalamineWorkbook.from_path(str(tmp_path / "cells.xlsx")).get_sheet_by_index(0)
    shown = []
    for row, (_, code, _) in zip(read.to_python(), cells, strict=True):
        cell = row[0]
        assert not isinstance(cell, str)
        shown.append(render(cell, code))
    assert shown == [expected for _, _, expected in cells]
