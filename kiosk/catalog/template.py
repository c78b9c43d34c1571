"""Write the staff's empty catalog workbook: every sheet and column, with help and checks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.catalog.languages import TRANSLATIONS
from kiosk.catalog.sheets import SHEETS, Column, Kind, Sheet

if TYPE_CHECKING:
    from openpyxl.worksheet.datavalidation import DataValidation

MAX_ROW = 20000  # how far down the data checks reach
_INSTRUCTIONS = (
    "How to fill in this workbook",
    "",
    "Each sheet is one kind of thing: sectors, pathways, courses, schools, offerings, careers, "
    "interests, quiz, faq and settings. Row 1 holds the column names: do not rename them.",
    "Columns ending in _es, _hmn, _zh or _vi hold the translation of the column of the same "
    "name (English). Leave a translation empty to show the English text.",
    "Codes (code, pathway, course, school...) connect the sheets: a course's pathway must be a "
    "code from the pathways sheet, and so on. Code and text columns are formatted as text, so "
    "Excel keeps what you type as you typed it (leading zeros, 1-2, 8:30, 25%).",
    "Lists inside one cell are separated by ; (semicolon).",
    "Write plain text only: no HTML, and do not start a cell with = + @ or -.",
    "Then run:  kiosk-admin validate THIS-FILE.xlsx   to see every problem at once, by sheet, "
    "row and column.",
    "",
    "Sheets and columns",
)


def write_template(path: Path) -> None:
    from openpyxl import Workbook  # only staff tools write workbooks
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    intro = book.active
    intro.title = "instructions"
    for line in _INSTRUCTIONS:
        intro.append([line])
    for sheet in SHEETS:
        intro.append([f"{sheet.name}: {sheet.help}"])
        for column in sheet.columns:
            intro.append(["", column.name, _describe(column)])
    intro.column_dimensions["A"].width = 60
    intro.column_dimensions["B"].width = 22
    intro.column_dimensions["C"].width = 80
    intro["A1"].font = Font(bold=True, size=14)

    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    for sheet in SHEETS:
        ws = book.create_sheet(sheet.name)
        for index, (column, header) in enumerate(_headers(sheet), start=1):
            cell = ws.cell(row=1, column=index, value=header)
            cell.font = header_font
            cell.fill = header_fill
            cell.comment = Comment(_describe(column), "kiosk-admin")
            letter = cell.column_letter
            ws.column_dimensions[letter].width = 40 if column.kind is Kind.TEXT else 18
            if column.kind not in (Kind.INT, Kind.NUMBER, Kind.BOOL):
                # The whole column is text, so Excel keeps what staff type in every row the
                # check reads, however far down: codes like 00123, and "1-2", "8:30" or "25%"
                # in a text column, which Excel would otherwise turn into a date, a time or 0.25.
                ws.column_dimensions[letter].number_format = "@"
            rule = _validation(column, first_of_its_name=header == column.name)
            if rule is not None:
                rule.add(f"{letter}2:{letter}{MAX_ROW}")
                ws.add_data_validation(rule)
            cell.alignment = Alignment(vertical="top")
        ws.freeze_panes = "A2"
    book.save(path)


def _validation(column: Column, *, first_of_its_name: bool) -> DataValidation | None:
    """Excel's own check for a column: a drop-down of its choices, or a number range."""
    from openpyxl.worksheet.datavalidation import DataValidation

    choices = _choices(column)
    if choices and first_of_its_name:
        return DataValidation(
            type="list",
            formula1=f'"{",".join(choices)}"',
            allow_blank=not column.required,
            showErrorMessage=True,
            error=f"Choose one of: {', '.join(choices)}",
        )
    if column.kind in (Kind.INT, Kind.NUMBER) and column.minimum is not None:
        return DataValidation(
            type="whole" if column.kind is Kind.INT else "decimal",
            operator="between",
            formula1=f"{column.minimum:g}",
            formula2=f"{column.maximum:g}",
            allow_blank=not column.required,
            showErrorMessage=True,
            error=_describe(column),
        )
    return None


def _headers(sheet: Sheet) -> list[tuple[Column, str]]:
    headers = []
    for column in sheet.columns:
        headers.append((column, column.name))
        if column.translatable:
            headers += [(column, f"{column.name}_{lang}") for lang in TRANSLATIONS]
    return headers


def _choices(column: Column) -> tuple[str, ...]:
    if column.kind is Kind.CHOICE:
        return column.choices
    if column.kind is Kind.BOOL:
        return ("yes", "no")
    return ()


def _describe(column: Column) -> str:
    parts = [column.help, f"({column.kind.value}"]
    if column.choices:
        parts[-1] += ": " + ", ".join(column.choices)
    if column.minimum is not None and column.maximum is not None:
        parts[-1] += f", {column.minimum:g} to {column.maximum:g}"
    if column.max_length and column.kind is Kind.TEXT:
        parts[-1] += f", at most {column.max_length} characters"
    parts[-1] += ")"
    parts.append("required" if column.required else "optional")
    if column.translatable:
        parts.append("translatable")
    return " ".join(parts[:2]) + "; " + ", ".join(parts[2:])
