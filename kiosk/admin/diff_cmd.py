"""`kiosk-admin diff OLD NEW`: what changes between two workbooks or catalog files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kiosk.admin.report import print_problems, summary
from kiosk.catalog.diff import CatalogDiff, SheetDiff, compare
from kiosk.catalog.identify import is_catalog_file, is_sqlite_file
from kiosk.catalog.readback import read_snapshot
from kiosk.catalog.repository import CatalogError
from kiosk.catalog.snapshot import Snapshot, snapshot_of
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import WorkbookError, read_workbook


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "diff",
        help="show what changes between two catalogs",
        description="Compare two catalogs and list, sheet by sheet, what was added, removed "
        "and changed: items by their code (offerings by course / school / term, faq by kind / "
        "question, settings by key) and, for a change, every field with its old and new text, "
        "translations included. The last lines count the differences per sheet, or say "
        "'no changes'. OLD and NEW may each be a workbook, a folder of CSV files or a built "
        "catalog file; a workbook must be valid. Exit 0 whether or not anything differs, "
        "1 when OLD or NEW cannot be read.",
    )
    p.add_argument("old", type=Path, help="the earlier workbook, CSV folder or catalog file")
    p.add_argument("new", type=Path, help="the later workbook, CSV folder or catalog file")
    p.add_argument(
        "--json", action="store_true", help="print one JSON object (for scripts) instead of lines"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    old = load(args.old)
    if old is None:
        return 1
    new = load(args.new)
    if new is None:
        return 1
    diff = compare(old, new)
    if args.json:
        print(json.dumps(as_json(diff), ensure_ascii=False, indent=2))
    else:
        for line in change_lines(diff) + summary_lines(diff):
            print(line)
    return 0


def load(source: Path) -> Snapshot | None:
    """The snapshot of a catalog file, or of a valid workbook; None (reason printed) if neither."""
    if is_catalog_file(source):
        try:
            return read_snapshot(source)
        except CatalogError as exc:
            print(f"{source.name}: NOT compared: {exc}")
            return None
    if is_sqlite_file(source):
        print(f"{source.name}: NOT compared: a database file, but not a catalog file")
        return None
    try:
        result = validate(read_workbook(source))
    except WorkbookError as exc:
        print(f"{source.name}: NOT compared: {exc}")
        return None
    if not result.ok:
        print_problems(result)
        print(summary(source, result) + "; nothing was compared")
        return None
    # Warnings are validate's business; here they would bury the differences.
    return snapshot_of(result)


def _quoted(text: str) -> str:
    # JSON quoting keeps a value with quotes or line breaks on one readable line.
    return json.dumps(text, ensure_ascii=False)


def change_lines(diff: CatalogDiff) -> list[str]:
    """One line per item added or removed and per field changed, sheet by sheet."""
    lines: list[str] = []
    for sheet in diff.sheets:
        name = sheet.sheet
        lines += [f"{name}: added {key}" for key in sheet.added]
        lines += [f"{name}: removed {key}" for key in sheet.removed]
        lines += [
            f"{name}: changed {item.key} {change.field}: "
            f"{_quoted(change.old)} -> {_quoted(change.new)}"
            for item in sheet.changed
            for change in item.fields
        ]
    return lines


def summary_lines(diff: CatalogDiff) -> list[str]:
    """One count line per sheet that differs, or the single line `no changes`."""
    lines = [
        f"{s.sheet}: {len(s.added)} added, {len(s.removed)} removed, {len(s.changed)} changed"
        for s in diff.sheets
        if s.differs
    ]
    return lines or ["no changes"]


def as_json(diff: CatalogDiff) -> dict[str, object]:
    return {
        "changes": diff.differs,
        "sheets": {sheet.sheet: _sheet_json(sheet) for sheet in diff.sheets},
    }


def _sheet_json(sheet: SheetDiff) -> dict[str, object]:
    return {
        "added": list(sheet.added),
        "removed": list(sheet.removed),
        "changed": [
            {
                "key": item.key,
                "fields": [{"field": c.field, "old": c.old, "new": c.new} for c in item.fields],
            }
            for item in sheet.changed
        ],
        "counts": {
            "added": len(sheet.added),
            "removed": len(sheet.removed),
            "changed": len(sheet.changed),
        },
    }
