"""A sheet's header row: which declared column and language each header cell is, and what in
the sheet's layout would lose or hide data (empty or merged headers, merged, hidden parts)."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.catalog.languages import FALLBACK, TRANSLATIONS, language_of, split_suffix
from kiosk.catalog.raw import RawSheet, column_letter
from kiosk.catalog.sheets import Column, Sheet

Add = Callable[..., None]  # (row, column, message, expected, *, warning=False)
Layout = dict[int, tuple[Column, str]]  # header position -> (column, language)


def read_layout(sheet: Sheet, raw: RawSheet, add: Add) -> Layout | None:
    """The layout of `raw`, or None when a required column is missing."""
    row = raw.header_row
    layout: Layout = {}
    seen: set[tuple[str, str]] = set()
    for index, header in enumerate(raw.headers):
        if not header:
            continue
        placed = _place(sheet, row, header, add)
        if placed is None:
            continue
        if (placed[0].name, placed[1]) in seen:
            add(row, header, "the column appears twice", "expected each column once")
            continue
        seen.add((placed[0].name, placed[1]))
        layout[index] = placed
    _check_unnamed(sheet, raw, add)
    _check_hidden_and_merged(raw, add)
    ok = True
    for column in sheet.columns:
        # A missing optional column simply means every cell in it is empty.
        if column.required and (column.name, FALLBACK) not in seen:
            add(
                row,
                column.name,
                "column is missing",
                f'expected a header cell "{column.name}": {column.help}',
            )
            ok = False
    return layout if ok else None


def _place(sheet: Sheet, row: int, header: str, add: Add) -> tuple[Column, str] | None:
    name = header.lower()
    column = _named(sheet, name)
    if column is not None:
        return column, FALLBACK
    base, suffix = split_suffix(name)
    column = _named(sheet, base) if suffix else None
    if column is None or suffix is None:
        add(
            row,
            header,
            "unknown column, ignored",
            "expected columns: " + ", ".join(c.name for c in sheet.columns),
            warning=True,
        )
        return None
    if not column.translatable:
        add(
            row,
            header,
            f'column "{base}" cannot be translated',
            "expected only one column for it, without a language suffix",
        )
        return None
    language = language_of(suffix)
    if language is None:
        add(
            row,
            header,
            f'unknown language suffix "{suffix}"',
            "expected one of: " + ", ".join(TRANSLATIONS),
        )
        return None
    return column, language


def _named(sheet: Sheet, name: str) -> Column | None:
    """The column called `name` now or before it was renamed: workbooks made before the
    rename say what they meant, so they are read as they are, without a word."""
    return sheet.column(name) or sheet.renamed(name)


def _check_unnamed(sheet: Sheet, raw: RawSheet, add: Add) -> None:
    """Data under an empty header cell would be dropped without a word: refuse it."""
    width = max((len(r.cells) for r in raw.rows), default=0)
    for index in range(width):
        if index < len(raw.headers) and raw.headers[index]:
            continue
        rows = [r.number for r in raw.rows if index < len(r.cells) and r.cells[index].strip()]
        if rows:
            add(
                raw.header_row,
                None,
                f"column {column_letter(index)} has no header but holds data in "
                f"{_count(rows, 'row')} ({_rows(rows)})",
                "expected the column's name in its header cell, one of: "
                + ", ".join(c.name for c in sheet.columns),
            )


def _check_hidden_and_merged(raw: RawSheet, add: Add) -> None:
    _check_merged(raw, add)
    if raw.hidden:
        add(
            None,
            None,
            "the sheet is hidden in Excel, and it is published",
            "expected a visible sheet: unhide it, or delete it if it should not be published",
            warning=True,
        )
    if raw.hidden_rows:
        add(
            None,
            None,
            f"{_rows(list(raw.hidden_rows))} "
            f"{'is' if len(raw.hidden_rows) == 1 else 'are'} hidden in Excel, and published",
            "a hidden row is usually meant to be left out: delete it, or unhide it",
            warning=True,
        )
    for index in raw.hidden_columns:
        header = raw.headers[index] if index < len(raw.headers) else ""
        add(
            raw.header_row,
            header or None,
            f"column {column_letter(index)} is hidden in Excel, and it is published",
            "expected a visible column: unhide it, or delete it if it should not be published",
            warning=True,
        )


def _check_merged(raw: RawSheet, add: Add) -> None:
    for ref, in_header in raw.merged:
        if in_header:
            add(
                raw.header_row,
                None,
                f"header cells {ref} are merged",
                "expected one header cell for each column: unmerge them and name each column",
            )
        else:
            add(
                None,
                None,
                f"cells {ref} are merged, so only {ref.split(':')[0]} holds the text shown "
                "across them",
                "expected each cell to hold its own value: unmerge them and fill every cell",
            )


def _count(rows: list[int], noun: str) -> str:
    return f"{len(rows)} {noun}{'s' * (len(rows) != 1)}"


def _rows(rows: list[int]) -> str:
    """ "row 2", "rows 2-5, 9": runs of row numbers, the first ten of them."""
    runs: list[list[int]] = []
    for number in rows:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs[:10]]
    more = ", ..." if len(runs) > 10 else ""
    return ("rows " if len(rows) > 1 else "row ") + ", ".join(parts) + more
