"""What changes between two catalog snapshots: per sheet, the items added, removed and changed,
and for a change every field with its old and new text."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.catalog.snapshot import SHEET_ORDER, Fields, Snapshot, field_order

# The sheets a half-saved workbook empties first, and whose loss students notice at once.
GUARDED_SHEETS = ("courses", "careers", "offerings")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ItemChange:
    key: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class SheetDiff:
    sheet: str
    added: tuple[str, ...]  # keys in the new catalog's order
    removed: tuple[str, ...]  # keys in the old catalog's order
    changed: tuple[ItemChange, ...]
    old_count: int
    new_count: int

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True)
class CatalogDiff:
    sheets: tuple[SheetDiff, ...]  # every sheet, in workbook order

    @property
    def differs(self) -> bool:
        return any(sheet.differs for sheet in self.sheets)

    def sheet(self, name: str) -> SheetDiff:
        for sheet in self.sheets:
            if sheet.sheet == name:
                return sheet
        raise KeyError(name)


def compare(old: Snapshot, new: Snapshot) -> CatalogDiff:
    return CatalogDiff(tuple(_compare_sheet(name, old, new) for name in SHEET_ORDER))


def _compare_sheet(name: str, old: Snapshot, new: Snapshot) -> SheetDiff:
    before, after = old.items(name), new.items(name)
    order = field_order(name)
    changed = []
    for key, fields in after.items():
        if key in before:
            changes = _compare_fields(order, before[key], fields)
            if changes:
                changed.append(ItemChange(key, changes))
    return SheetDiff(
        name,
        added=tuple(key for key in after if key not in before),
        removed=tuple(key for key in before if key not in after),
        changed=tuple(changed),
        old_count=len(before),
        new_count=len(after),
    )


def _compare_fields(order: tuple[str, ...], old: Fields, new: Fields) -> tuple[FieldChange, ...]:
    # Fields the declarations do not know (a file built by a newer tool) still count, last.
    known = set(order)
    extra = sorted((set(old) | set(new)) - known)
    return tuple(
        FieldChange(field, old.get(field, ""), new.get(field, ""))
        for field in (*order, *extra)
        if old.get(field, "") != new.get(field, "")
    )


@dataclass(frozen=True)
class Shrinkage:
    sheet: str
    removed: int
    of: int


def large_removals(diff: CatalogDiff) -> tuple[Shrinkage, ...]:
    """The guarded sheets that lose more than a fifth of the old catalog's items."""
    found = []
    for name in GUARDED_SHEETS:
        sheet = diff.sheet(name)
        if len(sheet.removed) * 5 > sheet.old_count:
            found.append(Shrinkage(name, len(sheet.removed), sheet.old_count))
    return tuple(found)
