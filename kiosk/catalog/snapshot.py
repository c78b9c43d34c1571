"""A catalog's content as staff see it: per sheet, item key -> field -> the text shown.

A validated workbook becomes a Snapshot here and a built catalog file in kiosk.catalog.readback.
Both go through `Collector` and `shown`, so the same catalog reads the same from either side and
a comparison shows only what a student would see change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kiosk.catalog.languages import FALLBACK, LANGUAGES
from kiosk.catalog.records import Record, Validation
from kiosk.catalog.sheets import SETTING_KEYS, SHEETS, SHEETS_BY_NAME, Kind, Sheet

Fields = Mapping[str, str]
Items = Mapping[str, Fields]

SHEET_ORDER: tuple[str, ...] = tuple(s.name for s in SHEETS)
# The faq sheet has no code: a question is known by its kind and its English wording.
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    s.name: s.key or (("kind", "question") if s.name == "faq" else ()) for s in SHEETS
}
KEY_SEPARATOR = " / "


@dataclass(frozen=True)
class Snapshot:
    sheets: Mapping[str, Items]  # every sheet of SHEET_ORDER, items in catalog order

    def items(self, sheet: str) -> Items:
        return self.sheets.get(sheet, {})


def text_field(column: str, lang: str) -> str:
    """The field name of a text in one language: `title` in English, `title_es` in Spanish."""
    return column if lang == FALLBACK else f"{column}_{lang}"


def field_order(sheet: str) -> tuple[str, ...]:
    """Every field an item of `sheet` can have, in column order, translations after their
    English text; key columns are left out (they are the item's name)."""
    fields: list[str] = []
    key = KEY_COLUMNS[sheet]
    for column in SHEETS_BY_NAME[sheet].columns:
        langs = LANGUAGES if column.translatable else (FALLBACK,)
        fields += [
            text_field(column.name, lang)
            for lang in langs
            if not (column.name in key and lang == FALLBACK)
        ]
    return tuple(fields)


def _number(value: float) -> str:
    # As the workbook reader shows a typed number: 10.0 is "10", 2.5 stays "2.5".
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def shown(kind: Kind, value: object) -> str:
    """`value` of a column of `kind` as staff would type it; "" for nothing."""
    if kind is Kind.BOOL:
        return "yes" if value else "no"
    if value is None:
        return ""
    if kind in (Kind.INT, Kind.NUMBER) and isinstance(value, int | float):
        return _number(value)
    if kind is Kind.REF_LIST and isinstance(value, Sequence) and not isinstance(value, str):
        return "; ".join(dict.fromkeys(str(code) for code in value))
    if kind is Kind.WEIGHTED_REFS and isinstance(value, Sequence) and not isinstance(value, str):
        # A repeated code keeps its last weight, and the order typed is not stored: the kiosk
        # ranks by weight, so strongest first (then by code) is the order that means something.
        weights = {str(code): int(weight) for code, weight in value}
        ranked = sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))
        return "; ".join(f"{code}:{weight}" for code, weight in ranked)
    return str(value)


def column_kind(sheet: str, field: str) -> Kind:
    column = SHEETS_BY_NAME[sheet].column(field)
    if column is None:
        raise KeyError(f"{sheet} has no column {field}")
    return column.kind


class Collector:
    """Gathers items sheet by sheet and hands out the finished, normalised Snapshot."""

    def __init__(self) -> None:
        self._sheets: dict[str, dict[str, dict[str, str]]] = {name: {} for name in SHEET_ORDER}

    def add(self, sheet: str, key: Sequence[str], fields: Mapping[str, str]) -> None:
        items = self._sheets[sheet]
        base = name = KEY_SEPARATOR.join(key)
        repeat = 1
        # Only faq rows can share a key; number the repeats so that none hides another.
        while name in items:
            repeat += 1
            name = f"{base} ({repeat})"
        # An empty field and a missing one look the same to a student.
        items[name] = {field: text for field, text in fields.items() if text}

    def snapshot(self) -> Snapshot:
        settings = self._sheets["settings"]
        rank = {key: i for i, key in enumerate(SETTING_KEYS)}
        # Settings have no order a student sees; the declared order makes either side alike.
        self._sheets["settings"] = dict(
            sorted(settings.items(), key=lambda item: rank.get(item[0], len(rank)))
        )
        return Snapshot(dict(self._sheets))


def snapshot_of(validation: Validation) -> Snapshot:
    """The snapshot of a valid workbook: what building it would put in the catalog file."""
    collector = Collector()
    for sheet in SHEETS:
        for record in validation.records.get(sheet.name, []):
            if sheet.name == "settings" and not record.texts:
                continue  # a setting without any text is not stored, so it is not there
            key = [_key_part(sheet, record, column) for column in KEY_COLUMNS[sheet.name]]
            collector.add(sheet.name, key, dict(_record_fields(sheet, record)))
    return collector.snapshot()


def _key_part(sheet: Sheet, record: Record, column: str) -> str:
    if column_kind(sheet.name, column) is Kind.TEXT:
        return record.text(column)
    return shown(column_kind(sheet.name, column), record.values.get(column))


def _record_fields(sheet: Sheet, record: Record) -> Iterable[tuple[str, str]]:
    key = KEY_COLUMNS[sheet.name]
    for column in sheet.columns:
        if column.kind is Kind.TEXT:
            for lang, text in record.texts.get(column.name, {}).items():
                if not (column.name in key and lang == FALLBACK):
                    yield text_field(column.name, lang), text
        elif column.name not in key:
            yield column.name, shown(column.kind, record.values.get(column.name))
    yield from _defaults(sheet.name, record)


def _defaults(sheet: str, record: Record) -> Iterable[tuple[str, str]]:
    # What the build stores for an empty cell (kiosk.catalog.build: `_icon`, the school name).
    code = str(record.values.get("code", ""))
    if sheet in ("sectors", "interests") and not record.text("icon"):
        yield "icon", code.lower()
    if sheet == "schools" and not record.text("name"):
        yield "name", code
