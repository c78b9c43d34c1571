"""The window's translations of why a workbook or a wage file cannot be read at all (the
templates of kiosk.catalog.wording a WorkbookError is made from, each in a literal call
for the extractor)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.catalog import wording as w


def table() -> dict[str, str]:
    """Template -> translation, in the language installed now."""
    return {**_unreadable_1(), **_unreadable_2(), **_unreadable_3()}


def _unreadable_1() -> dict[str, str]:
    """Why a source cannot be read at all."""
    return {
        w.NO_SUCH_PATH: QCoreApplication.translate(
            "ProblemWords", "{path}: no such file or folder"
        ),
        w.ONE_CSV_FILE: QCoreApplication.translate(
            "ProblemWords",
            "{path}: a single CSV file holds one sheet; put one CSV file per sheet "
            "(sectors.csv, courses.csv, ...) in a folder and give the folder",
        ),
        w.REFUSED_FORMAT: QCoreApplication.translate(
            "ProblemWords",
            '{file}: {format} files cannot be checked exactly; save it as "Excel Workbook '
            '(.xlsx)" or as CSV UTF-8 files',
        ),
        w.NOT_A_WORKBOOK: QCoreApplication.translate(
            "ProblemWords", "{path}: not a workbook (expected .xlsx or a folder of CSV files)"
        ),
        w.NO_CSV_FILES: QCoreApplication.translate(
            "ProblemWords",
            "{path}: the folder has no CSV files (expected sectors.csv, pathways.csv, "
            "courses.csv, ...)",
        ),
        w.CANNOT_BE_READ: QCoreApplication.translate(
            "ProblemWords", "{file}: cannot be read ({why})"
        ),
        w.CELLS_CANNOT_BE_PLACED: QCoreApplication.translate(
            "ProblemWords",
            "{file}: {why}, so its cells cannot be placed; open it in Excel and save it "
            "again as .xlsx",
        ),
        w.NOT_AN_XLSX: QCoreApplication.translate(
            "ProblemWords",
            "{file}: this file isn't a valid Excel workbook; open it in Excel and save it "
            "again as .xlsx",
        ),
        w.PASSWORD_PROTECTED: QCoreApplication.translate(
            "ProblemWords",
            "{file}: the workbook is password protected (or is an Excel 97-2003 file); save "
            'it as "Excel Workbook (.xlsx)" without a password',
        ),
        w.NOT_A_CSV: QCoreApplication.translate(
            "ProblemWords", "{file}: not a readable CSV file ({why})"
        ),
        w.BINARY_FILE: QCoreApplication.translate(
            "ProblemWords",
            "{file}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8",
        ),
        w.NO_CODE_PAGE: QCoreApplication.translate(
            "ProblemWords",
            "{file}: not UTF-8, and not text in any code page a spreadsheet program saves; "
            'save it again as "CSV UTF-8 (Comma delimited)"',
        ),
    }


def _unreadable_2() -> dict[str, str]:
    """Why a source cannot be read at all, continued."""
    return {
        w.NO_CODE_PAGE_FILES: QCoreApplication.translate(
            "ProblemWords",
            "{file} and {count} more CSV files: not UTF-8, and not text in any code page a "
            'spreadsheet program saves; save it again as "CSV UTF-8 (Comma delimited)"',
        ),
        w.TWO_CODE_PAGES: QCoreApplication.translate(
            "ProblemWords",
            "{file}: not saved as CSV UTF-8, and its accented letters cannot be read for "
            'certain: they could be {first} or {second}; save it again as "CSV UTF-8 (Comma '
            'delimited)"',
        ),
        w.TWO_CODE_PAGES_FILES: QCoreApplication.translate(
            "ProblemWords",
            "{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented "
            "letters cannot be read for certain: they could be {first} or {second}; save it "
            'again as "CSV UTF-8 (Comma delimited)"',
        ),
        w.THREE_CODE_PAGES: QCoreApplication.translate(
            "ProblemWords",
            "{file}: not saved as CSV UTF-8, and its accented letters cannot be read for "
            'certain: they could be {first} or {second} or {third}; save it again as "CSV '
            'UTF-8 (Comma delimited)"',
        ),
        w.THREE_CODE_PAGES_FILES: QCoreApplication.translate(
            "ProblemWords",
            "{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented "
            "letters cannot be read for certain: they could be {first} or {second} or "
            '{third}; save it again as "CSV UTF-8 (Comma delimited)"',
        ),
        w.NO_WORDS: QCoreApplication.translate(
            "ProblemWords",
            "{file}: not saved as CSV UTF-8, and its accented letters cannot be read for "
            "certain: no code page a spreadsheet program saves reads them as words; save it "
            'again as "CSV UTF-8 (Comma delimited)"',
        ),
        w.NO_WORDS_FILES: QCoreApplication.translate(
            "ProblemWords",
            "{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented "
            "letters cannot be read for certain: no code page a spreadsheet program saves "
            'reads them as words; save it again as "CSV UTF-8 (Comma delimited)"',
        ),
        w.NOT_OEWS: QCoreApplication.translate(
            "ProblemWords",
            "{file}: not an OEWS wage file in BLS's layout (no column {columns}); use the "
            "file as downloaded from bls.gov/oes",
        ),
        w.NOT_AN_AREA_TYPE: QCoreApplication.translate(
            "ProblemWords",
            "{file}: row {row}, column {column}: {value} is not an area type (1, 2, 4 ...)",
        ),
        w.NOT_A_FIGURE: QCoreApplication.translate(
            "ProblemWords",
            "{file}: row {row}, column {column}: {value} is not a number, *, ** or #",
        ),
    }


def _unreadable_3() -> dict[str, str]:
    """Why a source cannot be read at all, continued."""
    return {
        w.NOT_A_WAGE_WORKBOOK: QCoreApplication.translate(
            "ProblemWords", "{file}: cannot be read as a workbook ({why})"
        ),
        w.NO_OCC_CODE: QCoreApplication.translate(
            "ProblemWords", "{file}: no sheet has BLS's OCC_CODE column"
        ),
    }
