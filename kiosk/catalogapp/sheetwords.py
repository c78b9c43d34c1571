"""The window's translations of what the check says about sheets, rows and columns, across
sheets and about pay (the templates of kiosk.catalog.wording, each in a literal call for
the extractor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.catalog import wording as w


def table() -> dict[str, str]:
    """Template -> translation, in the language installed now."""
    return {
        **_rows(),
        **_layout_1(),
        **_layout_2(),
        **_across_1(),
        **_across_2(),
        **_pay(),
        **_reading(),
    }


def _rows() -> dict[str, str]:
    """Sheets and rows."""
    return {
        w.UNKNOWN_SHEET: QCoreApplication.translate("ProblemWords", "unknown sheet, ignored"),
        w.SHEETS_EXPECTED: QCoreApplication.translate("ProblemWords", "expected sheets: {sheets}"),
        w.SHEET_MISSING: QCoreApplication.translate("ProblemWords", "sheet is missing"),
        w.SHEET_EXPECTED: QCoreApplication.translate(
            "ProblemWords", 'expected a sheet named "{sheet}"'
        ),
        w.TOO_FEW_ROWS: QCoreApplication.translate("ProblemWords", "sheet has {count} rows"),
        w.AT_LEAST: QCoreApplication.translate("ProblemWords", "expected at least {count}"),
        w.INVISIBLE_REMOVED: QCoreApplication.translate(
            "ProblemWords", "invisible character {character} removed"
        ),
        w.INVISIBLE_REMOVED_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected only characters that show; it usually comes with copied text"
        ),
        w.INVISIBLE_KEPT: QCoreApplication.translate(
            "ProblemWords", "text holds the invisible character {character}"
        ),
        w.INVISIBLE_KEPT_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected only characters that show: delete it, unless it is meant"
        ),
        w.TEXT_EMPTY: QCoreApplication.translate("ProblemWords", "required text is empty"),
        w.VALUE_EMPTY: QCoreApplication.translate("ProblemWords", "required value is empty"),
        w.HELP_EXPECTED: QCoreApplication.translate("ProblemWords", "expected {help}"),
        w.NO_ENGLISH: QCoreApplication.translate(
            "ProblemWords", "has a translation but no English text"
        ),
        w.NO_ENGLISH_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected English text too; it is shown when a translation is missing"
        ),
        w.DUPLICATE: QCoreApplication.translate("ProblemWords", 'duplicate "{key}"'),
        w.DUPLICATE_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected each {columns} once; already used in row {row}"
        ),
    }


def _layout_1() -> dict[str, str]:
    """The header row and the sheet's layout."""
    return {
        w.COLUMN_TWICE: QCoreApplication.translate("ProblemWords", "the column appears twice"),
        w.COLUMN_ONCE: QCoreApplication.translate("ProblemWords", "expected each column once"),
        w.COLUMN_MISSING: QCoreApplication.translate("ProblemWords", "column is missing"),
        w.HEADER_EXPECTED: QCoreApplication.translate(
            "ProblemWords", 'expected a header cell "{column}": {help}'
        ),
        w.UNKNOWN_COLUMN: QCoreApplication.translate("ProblemWords", "unknown column, ignored"),
        w.COLUMNS_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected columns: {columns}"
        ),
        w.NOT_TRANSLATABLE: QCoreApplication.translate(
            "ProblemWords", 'column "{column}" cannot be translated'
        ),
        w.NOT_TRANSLATABLE_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected only one column for it, without a language suffix"
        ),
        w.UNKNOWN_SUFFIX: QCoreApplication.translate(
            "ProblemWords", 'unknown language suffix "{suffix}"'
        ),
        w.NO_HEADER_ONE_ROW: QCoreApplication.translate(
            "ProblemWords", "column {letter} has no header but holds data in 1 row (row {rows})"
        ),
        w.NO_HEADER_ROWS: QCoreApplication.translate(
            "ProblemWords",
            "column {letter} has no header but holds data in {count} rows (rows {rows})",
        ),
        w.NO_HEADER_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected the column's name in its header cell, one of: {columns}"
        ),
        w.SHEET_HIDDEN: QCoreApplication.translate(
            "ProblemWords", "the sheet is hidden in Excel, and it is published"
        ),
        w.SHEET_HIDDEN_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected a visible sheet: unhide it, or delete it if it should not be published",
        ),
        w.ROW_HIDDEN: QCoreApplication.translate(
            "ProblemWords", "row {rows} is hidden in Excel, and published"
        ),
        w.ROWS_HIDDEN: QCoreApplication.translate(
            "ProblemWords", "rows {rows} are hidden in Excel, and published"
        ),
        w.ROWS_HIDDEN_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "a hidden row is usually meant to be left out: delete it, or unhide it"
        ),
        w.COLUMN_HIDDEN: QCoreApplication.translate(
            "ProblemWords", "column {letter} is hidden in Excel, and it is published"
        ),
        w.COLUMN_HIDDEN_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected a visible column: unhide it, or delete it if it should not be published",
        ),
    }


def _layout_2() -> dict[str, str]:
    """The header row and the sheet's layout, continued."""
    return {
        w.HEADER_MERGED: QCoreApplication.translate(
            "ProblemWords", "header cells {cells} are merged"
        ),
        w.HEADER_MERGED_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected one header cell for each column: unmerge them and name each column",
        ),
        w.CELLS_MERGED: QCoreApplication.translate(
            "ProblemWords",
            "cells {cells} are merged, so only {first} holds the text shown across them",
        ),
        w.CELLS_MERGED_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected each cell to hold its own value: unmerge them and fill every cell",
        ),
    }


def _across_1() -> dict[str, str]:
    """Across rows and sheets."""
    return {
        w.UNKNOWN_BY_SHEET["sectors"]: QCoreApplication.translate(
            "ProblemWords", 'unknown sector "{code}"'
        ),
        w.UNKNOWN_BY_SHEET["pathways"]: QCoreApplication.translate(
            "ProblemWords", 'unknown pathway "{code}"'
        ),
        w.UNKNOWN_BY_SHEET["courses"]: QCoreApplication.translate(
            "ProblemWords", 'unknown course "{code}"'
        ),
        w.UNKNOWN_BY_SHEET["schools"]: QCoreApplication.translate(
            "ProblemWords", 'unknown school "{code}"'
        ),
        w.UNKNOWN_BY_SHEET["careers"]: QCoreApplication.translate(
            "ProblemWords", 'unknown career "{code}"'
        ),
        w.UNKNOWN_CODE: QCoreApplication.translate("ProblemWords", 'unknown {thing} "{code}"'),
        w.CODE_FROM: QCoreApplication.translate(
            "ProblemWords", "expected a code from the {sheet} sheet"
        ),
        w.CODE_FROM_ONE_MORE: QCoreApplication.translate(
            "ProblemWords", "expected a code from the {sheet} sheet; also in 1 more row: {rows}"
        ),
        w.CODE_FROM_MORE: QCoreApplication.translate(
            "ProblemWords",
            "expected a code from the {sheet} sheet; also in {count} more rows: {rows}",
        ),
        w.ONE_ROW_NAMES_UNREADABLE: QCoreApplication.translate(
            "ProblemWords",
            "1 row name codes from the {sheet} sheet, which is missing or could not be read",
        ),
        w.ROWS_NAME_UNREADABLE: QCoreApplication.translate(
            "ProblemWords",
            "{count} rows name codes from the {sheet} sheet, which is missing or could not be read",
        ),
        w.UNREADABLE_FIRST: QCoreApplication.translate(
            "ProblemWords",
            "expected the {sheet} sheet's problems above fixed first; these rows are checked "
            "against it then",
        ),
        w.GRADES_REVERSED: QCoreApplication.translate(
            "ProblemWords", "grade_max {high} is below grade_min {low}"
        ),
        w.GRADES_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected grade_max to be at least grade_min"
        ),
        w.NO_PARTNER_COLLEGE: QCoreApplication.translate(
            "ProblemWords", "college_credit is yes but no partner college is named"
        ),
        w.PARTNER_COLLEGE_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected the college that grants the credit"
        ),
        w.NO_NOTICE: QCoreApplication.translate("ProblemWords", "there is no notice row"),
    }


def _across_2() -> dict[str, str]:
    """Across rows and sheets, continued."""
    return {
        w.NOTICE_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected the nondiscrimination notice as a row of kind notice"
        ),
        w.SETTING_MISSING: QCoreApplication.translate("ProblemWords", 'setting "{key}" is missing'),
        w.SETTING_EXPECTED: QCoreApplication.translate(
            "ProblemWords", 'expected a row with key "{key}"'
        ),
        w.SAMPLE_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected yes or no for is_sample"
        ),
        w.HTTPS_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected an address starting with https://"
        ),
        w.NOT_A_FOLDER_ADDRESS: QCoreApplication.translate(
            "ProblemWords",
            '"{cell}" has a ? or # in it: the kiosk puts list.html and the student\'s list '
            "after the address, so it must end with the folder's name",
        ),
        w.FOLDER_ADDRESS_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected the public address of the published folder, such as "
            "https://cte.example.org/kiosk",
        ),
    }


def _pay() -> dict[str, str]:
    """Pay from BLS's wage file."""
    return {
        w.NO_WAGE_AREA: QCoreApplication.translate(
            "ProblemWords", 'setting "wage_area" is missing, so the wage file cannot be used'
        ),
        w.WAGE_AREA_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected BLS's code of your area; {file} holds {areas}"
        ),
        w.WAGE_AREA_EXPECTED_MORE: QCoreApplication.translate(
            "ProblemWords",
            "expected BLS's code of your area; {file} holds {areas} and {count} more",
        ),
        w.NOT_AN_AREA: QCoreApplication.translate(
            "ProblemWords", 'wage_area "{code}" is not an area of {file}'
        ),
        w.AREA_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected one of its areas: {areas}; or download your area's file"
        ),
        w.AREA_EXPECTED_MORE: QCoreApplication.translate(
            "ProblemWords",
            "expected one of its areas: {areas} and {count} more; or download your area's file",
        ),
        w.NO_RELEASE: QCoreApplication.translate(
            "ProblemWords", "{file} does not say which BLS release it is"
        ),
        w.RELEASE_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected BLS's file name (MSA_M2025_dl.xlsx) or a setting "
            '"wage_release" such as "May 2025"',
        ),
        w.NOT_IN_WAGE_FILE: QCoreApplication.translate(
            "ProblemWords", "{soc} is not in {file}, so this career shows no pay"
        ),
        w.NOT_IN_WAGE_FILE_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "expected an occupation code BLS publishes (check it at onetonline.org), or a "
            "typed wage",
        ),
    }


def _reading() -> dict[str, str]:
    """Sheets found while reading the workbook."""
    return {
        w.SHEET_TWICE: QCoreApplication.translate(
            "ProblemWords", 'two sheets are both "{sheet}": "{first}" and "{second}"'
        ),
        w.SHEET_TWICE_EXPECTED: QCoreApplication.translate(
            "ProblemWords", "expected one sheet of each name; delete or rename one of them"
        ),
        w.NOT_A_SHEET: QCoreApplication.translate("ProblemWords", "not a sheet, ignored"),
        w.NOT_A_SHEET_EXPECTED: QCoreApplication.translate(
            "ProblemWords",
            "a lock or shadow file that Excel, LibreOffice or macOS leaves beside open files",
        ),
    }
