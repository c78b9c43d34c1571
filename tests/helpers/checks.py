"""Checking workbooks in tests: problems as staff read them, built catalogs, folder bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.catalog.build import build_catalog
from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import Validation, validate
from kiosk.catalog.workbook import read_workbook
from tests.helpers.catalogs import Sheets, tiny, write_xlsx

Edit = Callable[[Any], None]


def check(source: Path) -> Validation:
    return validate(read_workbook(source))


def lines(source: Path, *, warnings: bool = False) -> list[str]:
    """The errors (or the warnings) of `source`, each as the line staff read."""
    result = check(source)
    return [str(p) for p in (result.warnings if warnings else result.errors)]


def built(tmp_path: Path, source: Path) -> Repository:
    """The catalog built from `source`, which must be valid, opened."""
    result = check(source)
    assert result.ok, [str(p) for p in result.errors]
    return Repository(build_catalog(result, tmp_path / "out.catalog"))


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` with its bytes, to show that nothing changed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def xlsx(tmp_path: Path, edit: Edit, sheets: Sheets | None = None) -> Path:
    """The tiny workbook as .xlsx, changed by `edit(openpyxl_workbook)` and saved again."""
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "book.xlsx", sheets or tiny())
    book = load_workbook(path)
    edit(book)
    book.save(path)
    return path


def cell(book: Any, sheet: str, row: int, header: str) -> Any:
    ws = book[sheet]
    headers = [c.value for c in ws[1]]
    return ws.cell(row=row, column=headers.index(header) + 1)
