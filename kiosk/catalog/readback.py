"""Read a built catalog file back into a Snapshot, to compare it with a workbook or another file.

Each sheet's columns are read from where kiosk.catalog.build stores them: codes and plain values
in the item's table, texts per language in its `*_text` table, course careers and interest
pathways in their link tables, settings in `setting_text`.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog.repository import CatalogError, open_read_only
from kiosk.catalog.snapshot import Collector, Snapshot, column_kind, shown, text_field


def _code_of(table: str, column: str) -> str:
    return f"(SELECT code FROM {table} WHERE id = x.{column})"


def _own(*names: str) -> tuple[tuple[str, str], ...]:
    """Fields stored under their own name in the item's table."""
    return tuple((name, f"x.{name}") for name in names)


@dataclass(frozen=True)
class _Table:
    sheet: str
    table: str
    key: tuple[str, ...]  # SQL for each key part
    plain: tuple[tuple[str, str], ...]  # (field, SQL) stored in the item's own table
    texts: tuple[str, ...]  # fields stored in `<table>_text`, each in a column of its name...
    stored_as: tuple[tuple[str, str], ...] = ()  # ...or (field, column) in another column
    links: str = ""  # SQL giving (item id, code[, weight]) for a list column
    link_field: str = ""


_TABLES = (
    _Table("sectors", "sector", ("x.code",), _own("icon"), ("name", "description")),
    _Table(
        "pathways",
        "pathway",
        ("x.code",),
        (("sector", _code_of("sector", "sector_id")), *_own("riasec")),
        ("name", "description", "keywords"),
        stored_as=(("keywords", "aliases"),),
    ),
    _Table(
        "courses",
        "course",
        ("x.code",),
        (
            ("pathway", _code_of("pathway", "pathway_id")),
            *_own("level", "grade_min", "grade_max", "hs_credits"),
            *_own("college_credit", "partner_college", "cve"),
        ),
        ("title", "description", "prerequisites", "certifications", "keywords"),
        links="SELECT cc.course_id, k.code FROM course_career cc "
        "JOIN career k ON k.id = cc.career_id ORDER BY cc.course_id, cc.sort",
        link_field="careers",
    ),
    _Table(
        "schools",
        "school",
        ("x.code",),
        _own("name", "address", "phone", "website"),
        ("counseling_location", "counseling_hours", "counseling_booking"),
    ),
    _Table(
        "offerings",
        "offering",
        (_code_of("course", "course_id"), _code_of("school", "school_id"), "x.term"),
        (),
        ("notes",),
    ),
    _Table(
        "careers",
        "career",
        ("x.code",),
        _own("wage", "wage_source", "outlook", "outlook_source", "soc", "soc_note"),
        ("title", "description", "education"),
    ),
    _Table(
        "interests",
        "interest",
        ("x.code",),
        _own("icon"),
        ("label",),
        links="SELECT ip.interest_id, p.code, ip.weight FROM interest_pathway ip "
        "JOIN pathway p ON p.id = ip.pathway_id ORDER BY ip.interest_id, p.id",
        link_field="pathways",
    ),
    _Table("quiz", "quiz_item", ("x.code",), _own("area"), ("statement",)),
    # The faq key is the kind and the English question; the question joins the key below.
    _Table("faq", "faq", ("x.kind",), (), ("question", "answer")),
)


def read_snapshot(path: Path) -> Snapshot:
    """The snapshot of the catalog file at `path`; CatalogError if it is not a readable one."""
    db = open_read_only(path)
    try:
        collector = Collector()
        for table in _TABLES:
            _read_table(db, table, collector)
        _read_settings(db, collector)
        return collector.snapshot()
    except sqlite3.Error as exc:
        raise CatalogError(f"{path.name}: not a readable catalog ({exc})") from exc
    finally:
        db.close()


def _read_table(db: sqlite3.Connection, spec: _Table, collector: Collector) -> None:
    texts = _texts(db, spec)
    links = _links(db, spec.links) if spec.links else {}
    present = {row[0] for row in db.execute("SELECT name FROM pragma_table_info(?)", (spec.table,))}
    # A file built before a column was added reads as if that column were empty.
    plain = [(f, sql) for f, sql in spec.plain if not sql.startswith("x.") or sql[2:] in present]
    columns = ", ".join(("x.id", *spec.key, *(sql for _, sql in plain)))
    for row in db.execute(f"SELECT {columns} FROM {spec.table} x ORDER BY x.id"):
        item_id, key = row[0], [str(part) for part in row[1 : 1 + len(spec.key)]]
        values = row[1 + len(spec.key) :]
        fields = {
            field: shown(column_kind(spec.sheet, field), value)
            for (field, _), value in zip(plain, values, strict=True)
        }
        item_texts = dict(texts.get(item_id, {}))
        if spec.sheet == "faq":
            key.append(item_texts.pop("question", ""))
        fields.update(item_texts)
        if spec.link_field:
            kind = column_kind(spec.sheet, spec.link_field)
            fields[spec.link_field] = shown(kind, links.get(item_id, []))
        collector.add(spec.sheet, key, fields)


def _texts(db: sqlite3.Connection, spec: _Table) -> dict[int, dict[str, str]]:
    texts: dict[int, dict[str, str]] = defaultdict(dict)
    table = f"{spec.table}_text"
    stored = dict(spec.stored_as)
    # A file built before a column was added has no such column: nothing was typed in it.
    present = {row[0] for row in db.execute("SELECT name FROM pragma_table_info(?)", (table,))}
    fields = [f for f in spec.texts if stored.get(f, f) in present]
    columns = ", ".join(stored.get(f, f) for f in fields)
    for item_id, lang, *values in db.execute(f"SELECT id, lang, {columns} FROM {table}"):
        for field, value in zip(fields, values, strict=True):
            if value is not None:
                texts[item_id][text_field(field, lang)] = str(value)
    return texts


def _links(db: sqlite3.Connection, sql: str) -> dict[int, list[object]]:
    links: dict[int, list[object]] = defaultdict(list)
    for owner, *rest in db.execute(sql):
        links[owner].append(rest[0] if len(rest) == 1 else tuple(rest))
    return links


def _read_settings(db: sqlite3.Connection, collector: Collector) -> None:
    settings: dict[str, dict[str, str]] = defaultdict(dict)
    rows: Sequence[tuple[str, str, str]] = db.execute(
        "SELECT key, lang, value FROM setting_text ORDER BY key, lang"
    ).fetchall()
    for key, lang, value in rows:
        settings[key][text_field("value", lang)] = value
    for key, fields in settings.items():
        collector.add("settings", [key], fields)
