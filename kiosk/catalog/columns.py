"""A sheet's header row: which declared column and language each header cell is, and what in
the sheet's layout would lose or hide data (empty or merged headers, merged, hidden parts)."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.catalog import wording as w
from kiosk.catalog.languages import FALLBACK, TRANSLATIONS, language_of, split_suffix
from kiosk.catalog.raw import RawSheet, column_letter
from kiosk.catalog.sheets import Column, Sheet
from kiosk.catalog.wording import Wording

Add = Callable[..., None]  # (row, column, message: Wording, expected: Wording, *, warning)
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
            add(row, header, Wording.of(w.COLUMN_TWICE), Wording.of(w.COLUMN_ONCE))
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
                Wording.of(w.COLUMN_MISSING),
                Wording.of(w.HEADER_EXPECTED, column=column.name, help=column.help),
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
            Wording.of(w.UNKNOWN_COLUMN),
            Wording.of(w.COLUMNS_EXPECTED, columns=", ".join(c.name for c in sheet.columns)),
            warning=True,
        )
        return None
    if not column.translatable:
        add(
            row,
            header,
            Wording.of(w.NOT_TRANSLATABLE, column=base),
            Wording.of(w.NOT_TRANSLATABLE_EXPECTED),
        )
        return None
    language = language_of(suffix)
    if language is None:
        add(
            row,
            header,
            Wording.of(w.UNKNOWN_SUFFIX, suffix=suffix),
            Wording.of(w.ONE_OF, choices=", ".join(TRANSLATIONS)),
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
            template = w.NO_HEADER_ONE_ROW if len(rows) == 1 else w.NO_HEADER_ROWS
            add(
                raw.header_row,
                None,
                Wording.of(
                    template, letter=column_letter(index), count=len(rows), rows=_runs(rows)
                ),
                Wording.of(w.NO_HEADER_EXPECTED, columns=", ".join(c.name for c in sheet.columns)),
            )


def _check_hidden_and_merged(raw: RawSheet, add: Add) -> None:
    _check_merged(raw, add)
    if raw.hidden:
        add(
            None,
            None,
            Wording.of(w.SHEET_HIDDEN),
            Wording.of(w.SHEET_HIDDEN_EXPECTED),
            warning=True,
        )
    if raw.hidden_rows:
        template = w.ROW_HIDDEN if len(raw.hidden_rows) == 1 else w.ROWS_HIDDEN
        add(
            None,
            None,
            Wording.of(template, rows=_runs(list(raw.hidden_rows))),
            Wording.of(w.ROWS_HIDDEN_EXPECTED),
            warning=True,
        )
    for index in raw.hidden_columns:
        header = raw.headers[index] if index < len(raw.headers) else ""
        add(
            raw.header_row,
            header or None,
            Wording.of(w.COLUMN_HIDDEN, letter=column_letter(index)),
            Wording.of(w.COLUMN_HIDDEN_EXPECTED),
            warning=True,
        )


def _check_merged(raw: RawSheet, add: Add) -> None:
    for ref, in_header in raw.merged:
        if in_header:
            add(
                raw.header_row,
                None,
                Wording.of(w.HEADER_MERGED, cells=ref),
                Wording.of(w.HEADER_MERGED_EXPECTED),
            )
        else:
            add(
                None,
                None,
                Wording.of(w.CELLS_MERGED, cells=ref, first=ref.split(":")[0]),
                Wording.of(w.CELLS_MERGED_EXPECTED),
            )


def _runs(rows: list[int]) -> str:
    """ "2", "2-5, 9": runs of row numbers, the first ten of them."""
    runs: list[list[int]] = []
    for number in rows:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs[:10]]
    more = ", ..." if len(runs) > 10 else ""
    return ", ".join(parts) + more
