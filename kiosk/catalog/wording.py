"""Every sentence the workbook check says, as a template with named values: a problem's text
and a WorkbookError's are a template filled in, and the Catalog window translates the template
before it fills it. The values are what staff typed or named (cells, sheets, columns, codes,
files), never English of ours."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_PLACE = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Wording:
    template: str  # one of this module's constants
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, template: str, **values: object) -> Wording:
        return cls(template, tuple((name, str(value)) for name, value in values.items()))

    def text(self) -> str:
        return fill(self.template, dict(self.values))


def fill(template: str, values: Mapping[str, str]) -> str:
    """`template` with each {name} replaced, in one pass: a value that holds "{x}" itself is
    never replaced again, and a name without a value stays as it is written."""
    return _PLACE.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def placeholders(template: str) -> frozenset[str]:
    """The names of the values `template` is filled with: '{cell} ...' -> {"cell"}."""
    return frozenset(_PLACE.findall(template))


# -- one cell (kiosk.catalog.cells) ------------------------------------------------------------
NOT_A_CODE = '"{cell}" is not a valid code'
CODE_EXPECTED = "expected up to {max} letters, digits, '.', '-' or '_'"
NOT_A_NUMBER = '"{cell}" is not a number'
NOT_A_WHOLE_NUMBER = '"{cell}" is not a whole number'
OUT_OF_RANGE = "{cell} is out of range"
WHOLE = "expected a whole number"
WHOLE_FROM = "expected a whole number from {low} to {high}"
NUMBER = "expected a number"
NUMBER_FROM = "expected a number from {low} to {high}"
# A cell with digits that does not read as a number is told how to write one.
WHOLE_LIKE_MONEY = "expected a whole number, written like 52000, 52,000 or $52,000.00"
WHOLE_FROM_LIKE_MONEY = (
    "expected a whole number from {low} to {high}, written like 52000, 52,000 or $52,000.00"
)
NUMBER_LIKE_MONEY = "expected a number, written like 52000, 52,000 or $52,000.00"
NUMBER_FROM_LIKE_MONEY = (
    "expected a number from {low} to {high}, written like 52000, 52,000 or $52,000.00"
)
WHOLE_LIKE_DECIMAL = (
    "expected a whole number, written like 7.5 or 1,200: a point for decimals, commas only "
    "between thousands"
)
WHOLE_FROM_LIKE_DECIMAL = (
    "expected a whole number from {low} to {high}, written like 7.5 or 1,200: a point for "
    "decimals, commas only between thousands"
)
NUMBER_LIKE_DECIMAL = (
    "expected a number, written like 7.5 or 1,200: a point for decimals, commas only between "
    "thousands"
)
NUMBER_FROM_LIKE_DECIMAL = (
    "expected a number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, "
    "commas only between thousands"
)
NOT_YES_OR_NO = '"{cell}" is not yes or no'
YES_OR_NO = "expected yes or no"
NOT_A_CHOICE = '"{cell}" is not a valid {column}'
ONE_OF = "expected one of: {choices}"
WEIGHT_NOT_FROM = '"{part}" has a weight that is not a number from {low} to {high}'
WEIGHT_NOT_A_NUMBER = '"{part}" has a weight that is not a number'
WEIGHT_EXPECTED = "expected CODE or CODE:weight, e.g. AG-AS:3"
NOT_AREAS = '"{cell}" is not a valid set of interest areas'
AREAS_EXPECTED = "expected up to {max} different letters from R I A S E C"
NOT_AN_OCCUPATION = '"{cell}" is not an occupation code'
OCCUPATION_EXPECTED = "expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00"

# -- sheets and rows (kiosk.catalog.validate) --------------------------------------------------
UNKNOWN_SHEET = "unknown sheet, ignored"
SHEETS_EXPECTED = "expected sheets: {sheets}"
SHEET_MISSING = "sheet is missing"
SHEET_EXPECTED = 'expected a sheet named "{sheet}"'
TOO_FEW_ROWS = "sheet has {count} rows"
AT_LEAST = "expected at least {count}"
INVISIBLE_REMOVED = "invisible character {character} removed"
INVISIBLE_REMOVED_EXPECTED = "expected only characters that show; it usually comes with copied text"
INVISIBLE_KEPT = "text holds the invisible character {character}"
INVISIBLE_KEPT_EXPECTED = "expected only characters that show: delete it, unless it is meant"
TEXT_EMPTY = "required text is empty"
VALUE_EMPTY = "required value is empty"
HELP_EXPECTED = "expected {help}"
NO_ENGLISH = "has a translation but no English text"
NO_ENGLISH_EXPECTED = "expected English text too; it is shown when a translation is missing"
DUPLICATE = 'duplicate "{key}"'
DUPLICATE_EXPECTED = "expected each {columns} once; already used in row {row}"

# -- the header row and the sheet's layout (kiosk.catalog.columns) -----------------------------
COLUMN_TWICE = "the column appears twice"
COLUMN_ONCE = "expected each column once"
COLUMN_MISSING = "column is missing"
HEADER_EXPECTED = 'expected a header cell "{column}": {help}'
UNKNOWN_COLUMN = "unknown column, ignored"
COLUMNS_EXPECTED = "expected columns: {columns}"
NOT_TRANSLATABLE = 'column "{column}" cannot be translated'
NOT_TRANSLATABLE_EXPECTED = "expected only one column for it, without a language suffix"
UNKNOWN_SUFFIX = 'unknown language suffix "{suffix}"'
NO_HEADER_ONE_ROW = "column {letter} has no header but holds data in 1 row (row {rows})"
NO_HEADER_ROWS = "column {letter} has no header but holds data in {count} rows (rows {rows})"
NO_HEADER_EXPECTED = "expected the column's name in its header cell, one of: {columns}"
SHEET_HIDDEN = "the sheet is hidden in Excel, and it is published"
SHEET_HIDDEN_EXPECTED = (
    "expected a visible sheet: unhide it, or delete it if it should not be published"
)
ROW_HIDDEN = "row {rows} is hidden in Excel, and published"
ROWS_HIDDEN = "rows {rows} are hidden in Excel, and published"
ROWS_HIDDEN_EXPECTED = "a hidden row is usually meant to be left out: delete it, or unhide it"
COLUMN_HIDDEN = "column {letter} is hidden in Excel, and it is published"
COLUMN_HIDDEN_EXPECTED = (
    "expected a visible column: unhide it, or delete it if it should not be published"
)
HEADER_MERGED = "header cells {cells} are merged"
HEADER_MERGED_EXPECTED = (
    "expected one header cell for each column: unmerge them and name each column"
)
CELLS_MERGED = "cells {cells} are merged, so only {first} holds the text shown across them"
CELLS_MERGED_EXPECTED = "expected each cell to hold its own value: unmerge them and fill every cell"

# -- what a cell holds besides its text (kiosk.catalog.notes) ----------------------------------
EXCEL_ERROR = "the cell shows the Excel error {error}"
EXCEL_ERROR_EXPECTED = "expected a value: fix the formula, or type the value"
WORKED_OUT_LINK = "the link's address is worked out by a formula"
WORKED_OUT_LINK_EXPECTED = (
    "expected the address typed in the cell, or a link made with Insert > Link"
)
UNSAVED_FORMULA = "the cell holds a formula whose result was never saved in the file"
UNSAVED_FORMULA_EXPECTED = "expected the file opened and saved again in Excel, or the value typed"
UNREADABLE_FORMAT = "what the cell shows cannot be read exactly: {why}"
UNREADABLE_FORMAT_EXPECTED = "expected the value typed as text, or a plain number format"
ROUNDED = "the cell shows {cell} but holds {number}"
ROUNDED_EXPECTED = "expected the number as it is shown: round it, or show all its decimals"
LINK_DROPPED = "the cell links to {link}, and only its text is published"
LINK_DROPPED_EXPECTED = "expected plain text: kiosks show no links"

# -- free text (kiosk.catalog.textcheck) -------------------------------------------------------
TOO_LONG = "text is {length} characters long"
AT_MOST = "expected at most {max}"
LOOKS_LIKE_HTML = "text looks like HTML"
PLAIN_TEXT_EXPECTED = "expected plain text without <tags> or &entities;"
NOT_AN_ADDRESS = '"{cell}" is not a web address'
NOT_HTTPS = (
    '"{cell}" is a plain http:// address: phones warn that the list page is not secure, and '
    "anyone on the way could change what it shows"
)
ADDRESS_EXPECTED = (
    "expected an address such as https://www.scusd.edu/ (a link cell gives its address in a "
    "workbook, but a CSV file keeps only the link's text)"
)
LIKE_A_FORMULA = 'text starts with "{first}" like a formula'
LIKE_A_FORMULA_EXPECTED = "expected plain text; remove the leading character"
LETTERS_LOST = (
    'text has "?" where letters were ("{excerpt}"): the file was saved in a code page that '
    "cannot hold them"
)
LETTERS_LOST_EXPECTED = (
    'expected the text as typed: save the sheet as "CSV UTF-8 (Comma delimited)"'
)

# -- across rows and sheets (kiosk.catalog.crosscheck) -----------------------------------------
# By the sheet a column refers to; another sheet would fall back to UNKNOWN_CODE.
UNKNOWN_BY_SHEET = {
    "sectors": 'unknown sector "{code}"',
    "pathways": 'unknown pathway "{code}"',
    "courses": 'unknown course "{code}"',
    "schools": 'unknown school "{code}"',
    "careers": 'unknown career "{code}"',
}
UNKNOWN_CODE = 'unknown {thing} "{code}"'
CODE_FROM = "expected a code from the {sheet} sheet"
CODE_FROM_ONE_MORE = "expected a code from the {sheet} sheet; also in 1 more row: {rows}"
CODE_FROM_MORE = "expected a code from the {sheet} sheet; also in {count} more rows: {rows}"
ONE_ROW_NAMES_UNREADABLE = (
    "1 row name codes from the {sheet} sheet, which is missing or could not be read"
)
ROWS_NAME_UNREADABLE = (
    "{count} rows name codes from the {sheet} sheet, which is missing or could not be read"
)
UNREADABLE_FIRST = (
    "expected the {sheet} sheet's problems above fixed first; these rows are checked against "
    "it then"
)
GRADES_REVERSED = "grade_max {high} is below grade_min {low}"
GRADES_EXPECTED = "expected grade_max to be at least grade_min"
NO_PARTNER_COLLEGE = "college_credit is yes but no partner college is named"
PARTNER_COLLEGE_EXPECTED = "expected the college that grants the credit"
NO_NOTICE = "there is no notice row"
NOTICE_EXPECTED = "expected the nondiscrimination notice as a row of kind notice"
SETTING_MISSING = 'setting "{key}" is missing'
SETTING_EXPECTED = 'expected a row with key "{key}"'
SAMPLE_EXPECTED = "expected yes or no for is_sample"
HTTPS_EXPECTED = "expected an address starting with https://"
NOT_A_FOLDER_ADDRESS = (
    '"{cell}" has a ? or # in it: the kiosk puts list.html and the student\'s list after the '
    "address, so it must end with the folder's name"
)
FOLDER_ADDRESS_EXPECTED = (
    "expected the public address of the published folder, such as https://cte.example.org/kiosk"
)

# -- pay from BLS's wage file (kiosk.catalog.careerpay) ----------------------------------------
NO_WAGE_AREA = 'setting "wage_area" is missing, so the wage file cannot be used'
WAGE_AREA_EXPECTED = "expected BLS's code of your area; {file} holds {areas}"
WAGE_AREA_EXPECTED_MORE = "expected BLS's code of your area; {file} holds {areas} and {count} more"
NOT_AN_AREA = 'wage_area "{code}" is not an area of {file}'
AREA_EXPECTED = "expected one of its areas: {areas}; or download your area's file"
AREA_EXPECTED_MORE = (
    "expected one of its areas: {areas} and {count} more; or download your area's file"
)
NO_RELEASE = "{file} does not say which BLS release it is"
RELEASE_EXPECTED = (
    'expected BLS\'s file name (MSA_M2025_dl.xlsx) or a setting "wage_release" such as "May 2025"'
)
NOT_IN_WAGE_FILE = "{soc} is not in {file}, so this career shows no pay"
NOT_IN_WAGE_FILE_EXPECTED = (
    "expected an occupation code BLS publishes (check it at onetonline.org), or a typed wage"
)

# -- reading the workbook (kiosk.catalog.raw, workbook) ----------------------------------------
SHEET_TWICE = 'two sheets are both "{sheet}": "{first}" and "{second}"'
SHEET_TWICE_EXPECTED = "expected one sheet of each name; delete or rename one of them"
NOT_A_SHEET = "not a sheet, ignored"
NOT_A_SHEET_EXPECTED = (
    "a lock or shadow file that Excel, LibreOffice or macOS leaves beside open files"
)

# -- a source that cannot be read at all: WorkbookError (workbook, excel, csvtext, oews) -------
NO_SUCH_PATH = "{path}: no such file or folder"
ONE_CSV_FILE = (
    "{path}: a single CSV file holds one sheet; put one CSV file per sheet (sectors.csv, "
    "courses.csv, ...) in a folder and give the folder"
)
REFUSED_FORMAT = (
    '{file}: {format} files cannot be checked exactly; save it as "Excel Workbook (.xlsx)" or '
    "as CSV UTF-8 files"
)
NOT_A_WORKBOOK = "{path}: not a workbook (expected .xlsx or a folder of CSV files)"
NO_CSV_FILES = (
    "{path}: the folder has no CSV files (expected sectors.csv, pathways.csv, courses.csv, ...)"
)
CANNOT_BE_READ = "{file}: cannot be read ({why})"
CELLS_CANNOT_BE_PLACED = (
    "{file}: {why}, so its cells cannot be placed; open it in Excel and save it again as .xlsx"
)
NOT_AN_XLSX = (
    "{file}: this file isn't a valid Excel workbook; open it in Excel and save it again as .xlsx"
)
PASSWORD_PROTECTED = (
    "{file}: the workbook is password protected (or is an Excel 97-2003 file); save it as "
    '"Excel Workbook (.xlsx)" without a password'
)
NOT_A_CSV = "{file}: not a readable CSV file ({why})"
BINARY_FILE = "{file}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8"
# A folder's CSV files in a code page: named as one file, or the first "and N more".
NO_CODE_PAGE = (
    "{file}: not UTF-8, and not text in any code page a spreadsheet program saves; save it "
    'again as "CSV UTF-8 (Comma delimited)"'
)
NO_CODE_PAGE_FILES = (
    "{file} and {count} more CSV files: not UTF-8, and not text in any code page a spreadsheet "
    'program saves; save it again as "CSV UTF-8 (Comma delimited)"'
)
TWO_CODE_PAGES = (
    "{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they "
    'could be {first} or {second}; save it again as "CSV UTF-8 (Comma delimited)"'
)
TWO_CODE_PAGES_FILES = (
    "{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot "
    "be read for certain: they could be {first} or {second}; save it again as "
    '"CSV UTF-8 (Comma delimited)"'
)
THREE_CODE_PAGES = (
    "{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they "
    'could be {first} or {second} or {third}; save it again as "CSV UTF-8 (Comma delimited)"'
)
THREE_CODE_PAGES_FILES = (
    "{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot "
    "be read for certain: they could be {first} or {second} or {third}; save it again as "
    '"CSV UTF-8 (Comma delimited)"'
)
NO_WORDS = (
    "{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no "
    "code page a spreadsheet program saves reads them as words; save it again as "
    '"CSV UTF-8 (Comma delimited)"'
)
NO_WORDS_FILES = (
    "{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot "
    "be read for certain: no code page a spreadsheet program saves reads them as words; save it "
    'again as "CSV UTF-8 (Comma delimited)"'
)
NOT_OEWS = (
    "{file}: not an OEWS wage file in BLS's layout (no column {columns}); use the file as "
    "downloaded from bls.gov/oes"
)
NOT_AN_AREA_TYPE = "{file}: row {row}, column {column}: {value} is not an area type (1, 2, 4 ...)"
NOT_A_FIGURE = "{file}: row {row}, column {column}: {value} is not a number, *, ** or #"
NOT_A_WAGE_WORKBOOK = "{file}: cannot be read as a workbook ({why})"
NO_OCC_CODE = "{file}: no sheet has BLS's OCC_CODE column"

# Every template above, for the window's translations to be checked against.
TEMPLATES = frozenset(
    [value for name, value in list(globals().items()) if name.isupper() and isinstance(value, str)]
    + list(UNKNOWN_BY_SHEET.values())
)
