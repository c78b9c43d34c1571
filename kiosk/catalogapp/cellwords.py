"""The window's translations of what the check says about one cell: its value, what it
holds besides its text, and free text (the templates of kiosk.catalog.wording, each in a
literal call for the extractor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.catalog import wording as w


def table() -> dict[str, str]:
    """Template -> translation, in the language installed now."""
    return {**_value_1(), **_value_2(), **_notes(), **_text()}


def _value_1() -> dict[str, str]:
    """A cell's value: codes, numbers, yes/no, choices, references."""
    return {
        w.NOT_A_CODE: QCoreApplication.translate("ProblemWords", '"{cell}" is not a valid code'),
        w.CODE_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected up to {max} letters, digits, '.', '-' or '_'"
        ),
        w.NOT_A_NUMBER: QCoreApplication.translate("ProblemWords", '"{cell}" is not a number'),
        w.NOT_A_WHOLE_NUMBER: QCoreApplication.translate(
            "ProblemWords", '"{cell}" is not a whole number'
        ),
        w.OUT_OF_RANGE: QCoreApplication.translate("ProblemWords", "{cell} is out of range"),
        w.WHOLE: QCoreApplication.translate("ProblemWords", "expected a whole number"),
        w.WHOLE_FROM: QCoreApplication.translate(
            "ProblemWords", "expected a whole number from {low} to {high}"
        ),
        w.NUMBER: QCoreApplication.translate("ProblemWords", "expected a number"),
        w.NUMBER_FROM: QCoreApplication.translate(
            "ProblemWords", "expected a number from {low} to {high}"
        ),
        w.WHOLE_LIKE_MONEY: QCoreApplication.translate(
            "ProblemWords", "expected a whole number, written like 52000, 52,000 or $52,000.00"
        ),
        w.WHOLE_FROM_LIKE_MONEY: QCoreApplication.translate(
            "ProblemWords",
            "expected a whole number from {low} to {high}, written like 52000, 52,000 or "
            "$52,000.00",
        ),
        w.NUMBER_LIKE_MONEY: QCoreApplication.translate(
            "ProblemWords", "expected a number, written like 52000, 52,000 or $52,000.00"
        ),
        w.NUMBER_FROM_LIKE_MONEY: QCoreApplication.translate(
            "ProblemWords",
            "expected a number from {low} to {high}, written like 52000, 52,000 or $52,000.00",
        ),
        w.WHOLE_LIKE_DECIMAL: QCoreApplication.translate(
            "ProblemWords",
            "expected a whole number, written like 7.5 or 1,200: a point for decimals, "
            "commas only between thousands",
        ),
        w.WHOLE_FROM_LIKE_DECIMAL: QCoreApplication.translate(
            "ProblemWords",
            "expected a whole number from {low} to {high}, written like 7.5 or 1,200: a "
            "point for decimals, commas only between thousands",
        ),
        w.NUMBER_LIKE_DECIMAL: QCoreApplication.translate(
            "ProblemWords",
            "expected a number, written like 7.5 or 1,200: a point for decimals, commas only "
            "between thousands",
        ),
        w.NUMBER_FROM_LIKE_DECIMAL: QCoreApplication.translate(
            "ProblemWords",
            "expected a number from {low} to {high}, written like 7.5 or 1,200: a point for "
            "decimals, commas only between thousands",
        ),
        w.NOT_YES_OR_NO: QCoreApplication.translate("ProblemWords", '"{cell}" is not yes or no'),
        w.YES_OR_NO: QCoreApplication.translate("ProblemWords", "expected yes or no"),
    }


def _value_2() -> dict[str, str]:
    """A cell's value: codes, numbers, yes/no, choices, references, continued."""
    return {
        w.NOT_A_CHOICE: QCoreApplication.translate(
            "ProblemWords", '"{cell}" is not a valid {column}'
        ),
        w.ONE_OF: QCoreApplication.translate("ProblemWords", "expected one of: {choices}"),
        w.WEIGHT_NOT_FROM: QCoreApplication.translate(
            "ProblemWords", '"{part}" has a weight that is not a number from {low} to {high}'
        ),
        w.WEIGHT_NOT_A_NUMBER: QCoreApplication.translate(
            "ProblemWords", '"{part}" has a weight that is not a number'
        ),
        w.WEIGHT_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected CODE or CODE:weight, e.g. AG-AS:3"
        ),
        w.NOT_AREAS: QCoreApplication.translate(
            "ProblemWords", '"{cell}" is not a valid set of interest areas'
        ),
        w.AREAS_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected up to {max} different letters from R I A S E C"
        ),
        w.NOT_AN_OCCUPATION: QCoreApplication.translate(
            "ProblemWords", '"{cell}" is not an occupation code'
        ),
        w.OCCUPATION_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00"
        ),
    }


def _notes() -> dict[str, str]:
    """What a cell holds besides its text."""
    return {
        w.EXCEL_ERROR: QCoreApplication.translate(
            "ProblemWords", "the cell shows the Excel error {error}"
        ),
        w.EXCEL_ERROR_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected a value: fix the formula, or type the value"
        ),
        w.WORKED_OUT_LINK: QCoreApplication.translate(
            "ProblemWords", "the link's address is worked out by a formula"
        ),
        w.WORKED_OUT_LINK_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected the address typed in the cell, or a link made with Insert > Link",
        ),
        w.UNSAVED_FORMULA: QCoreApplication.translate(
            "ProblemWords", "the cell holds a formula whose result was never saved in the file"
        ),
        w.UNSAVED_FORMULA_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected the file opened and saved again in Excel, or the value typed"
        ),
        w.UNREADABLE_FORMAT: QCoreApplication.translate(
            "ProblemWords", "what the cell shows cannot be read exactly: {why}"
        ),
        w.UNREADABLE_FORMAT_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected the value typed as text, or a plain number format"
        ),
        w.ROUNDED: QCoreApplication.translate(
            "ProblemWords", "the cell shows {cell} but holds {number}"
        ),
        w.ROUNDED_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected the number as it is shown: round it, or show all its decimals"
        ),
        w.LINK_DROPPED: QCoreApplication.translate(
            "ProblemWords", "the cell links to {link}, and only its text is published"
        ),
        w.LINK_DROPPED_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected plain text: kiosks show no links"
        ),
    }


def _text() -> dict[str, str]:
    """Free text."""
    return {
        w.TOO_LONG: QCoreApplication.translate("ProblemWords", "text is {length} characters long"),
        w.AT_MOST: QCoreApplication.translate("ProblemWords", "expected at most {max}"),
        w.LOOKS_LIKE_HTML: QCoreApplication.translate("ProblemWords", "text looks like HTML"),
        w.PLAIN_TEXT_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected plain text without <tags> or &entities;"
        ),
        w.NOT_AN_ADDRESS: QCoreApplication.translate(
            "ProblemWords", '"{cell}" is not a web address'
        ),
        w.NOT_HTTPS: QCoreApplication.translate(
            "ProblemWords",
            '"{cell}" is a plain http:// address: phones warn that the list page is not '
            "secure, and anyone on the way could change what it shows",
        ),
        w.ADDRESS_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected an address such as https://www.scusd.edu/ (a link cell gives its "
            "address in a workbook, but a CSV file keeps only the link's text)",
        ),
        w.LIKE_A_FORMULA: QCoreApplication.translate(
            "ProblemWords", 'text starts with "{first}" like a formula'
        ),
        w.LIKE_A_FORMULA_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected plain text; remove the leading character"
        ),
        w.LETTERS_LOST: QCoreApplication.translate(
            "ProblemWords",
            'text has "?" where letters were ("{excerpt}"): the file was saved in a code '
            "page that cannot hold them",
        ),
        w.LETTERS_LOST_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            'expected the text as typed: save the sheet as "CSV UTF-8 (Comma delimited)"',
        ),
    }
