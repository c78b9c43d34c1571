"""Make the workbooks in tests/data/office/ with LibreOffice, so the checker is tested on files a
spreadsheet program wrote, not only on files our own code wrote.

Run it where LibreOffice is installed (`soffice` on the PATH): `python scripts/office_fixtures.py`.
It writes a small catalog with openpyxl holding the quirks staff meet (a code shown with leading
zeros, a time, a percentage and a date in a text column, a wage with a thousands format, a link,
a hidden row, an error value, a formula whose result is empty), has LibreOffice open and save
it as .xlsx, then export every sheet as CSV in UTF-8, Windows-1252, MS-DOS (850) and Mac Roman,
"as shown", the way its Save As dialog does by default. The results are committed; the tests
do not need LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "office"
sys.path.insert(0, str(ROOT))

from tests.helpers.catalogs import tiny, write_xlsx  # noqa: E402

# LibreOffice's CSV filter options: separator, quote, encoding, first line, cell formats,
# language, quoted as text, detect special numbers, save as shown, formulas, trim, all sheets.
CSV_OPTIONS = "44,34,{encoding},1,,0,false,true,true,false,false,-1"
# LibreOffice names encodings by number: 76 UTF-8, 1 Windows-1252, 4 IBM 850, 2 Mac Roman.
ENCODINGS = {"utf8": "76", "cp1252": "1", "cp850": "4", "macroman": "2"}


def _cell(book: Any, sheet: str, row: int, header: str) -> Any:
    ws = book[sheet]
    headers = [c.value for c in ws[1]]
    return ws.cell(row=row, column=headers.index(header) + 1)


def _new_column(book: Any, sheet: str, header: str) -> int:
    ws = book[sheet]
    ws.cell(row=1, column=ws.max_column + 1, value=header)
    return int(ws.max_column)


def source(path: Path) -> Path:
    from openpyxl import load_workbook

    sheets = tiny()
    sheets["schools"][0]["code"] = "0101"
    for offering in sheets["offerings"]:
        offering["school"] = offering["school"].replace("AAA", "0101")
    write_xlsx(path, sheets)
    book = load_workbook(path)
    code = _cell(book, "schools", 2, "code")
    code.value, code.number_format = 101, "0000"
    site = book["schools"].cell(row=2, column=_new_column(book, "schools", "website"))
    site.value, site.hyperlink = "School website", "https://alpha.example.org/counseling"
    notes = [_cell(book, "offerings", row, "notes") for row in (2, 3, 4)]
    notes[0].value, notes[0].number_format = dt.time(8, 30), "h:mm AM/PM"
    notes[1].value, notes[1].number_format = 0.25, "0 %"
    notes[2].value, notes[2].number_format = dt.date(2027, 6, 14), "mmmm d, yyyy"
    wage = book["careers"].cell(row=2, column=_new_column(book, "careers", "wage"))
    wage.value, wage.number_format = 52000, "#,##0"
    book["offerings"].row_dimensions[3].hidden = True
    _cell(book, "careers", 3, "education").value = "=NA()"
    _cell(book, "careers", 4, "education").value = '=IF(1=0,"x","")'  # an empty result
    book.save(path)
    return path


def soffice(*args: str) -> None:
    subprocess.run(["soffice", "--headless", *args], check=True, capture_output=True)


def main() -> int:
    if shutil.which("soffice") is None:
        print("office_fixtures: LibreOffice (soffice) is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        typed = source(work / "catalog.xlsx")
        saved = work / "saved"
        soffice("--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(saved), str(typed))
        shutil.rmtree(OUT, ignore_errors=True)
        OUT.mkdir(parents=True)
        shutil.copy(saved / "catalog.xlsx", OUT / "libreoffice.xlsx")
        for name, encoding in ENCODINGS.items():
            folder = OUT / f"libreoffice-csv-{name}"
            options = CSV_OPTIONS.format(encoding=encoding)
            target = f"csv:Text - txt - csv (StarCalc):{options}"
            soffice("--convert-to", target, "--outdir", str(folder), str(saved / "catalog.xlsx"))
    print(f"office_fixtures: wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
