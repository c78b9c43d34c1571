"""A built catalog's student-facing content as the list page reads it: JSON text per course,
plus the schools and settings the page shows beside them.

A handful of whole-table reads, not a question per course: a 100k catalog is published in a
few seconds. Text is kept as the catalog keeps it: English complete, every other language
only where it says something else; the page falls back field by field, as the kiosk does.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.catalog.languages import FALLBACK
from kiosk.catalog.repository import open_read_only, split_list

Texts = dict[str, dict[str, Any]]  # language -> field -> text


@dataclass(frozen=True)
class PageData:
    languages: tuple[str, ...]
    meta: dict[str, str]
    settings: dict[str, dict[str, str]]  # setting key -> language -> text
    schools: dict[str, dict[str, Any]]  # school code -> its facts, in catalog order
    careers: dict[str, dict[str, Any]]  # career code -> its text and pay
    courses: dict[str, str]  # course code -> its JSON text (careers by code), in catalog order


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def read_page_data(path: Path) -> PageData:
    db = open_read_only(path)
    try:
        return _Reader(db).read()
    finally:
        db.close()


class _Reader:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        yield from self.db.execute(sql)

    def texts(self, table: str, *columns: str) -> dict[int, Texts]:
        """`<table>_text` for every item: English whole, other languages only where they
        differ from it (a missing field falls back to English, as the kiosk's queries do)."""
        by_id: dict[int, Texts] = defaultdict(dict)
        sql = f"SELECT id, lang, {', '.join(columns)} FROM {table}_text ORDER BY lang != 'en'"
        for item, lang, *values in self.rows(sql):
            fields = dict(zip(columns, values, strict=True))
            if lang == FALLBACK:
                by_id[item][lang] = {k: v or "" for k, v in fields.items()}
                continue
            english = by_id[item].get(FALLBACK, {})
            own = {k: v for k, v in fields.items() if v and v != english.get(k)}
            if own:
                by_id[item][lang] = own
        return by_id

    def read(self) -> PageData:
        meta = dict(self.rows("SELECT key, value FROM meta"))
        settings: dict[str, dict[str, str]] = defaultdict(dict)
        for key, lang, value in self.rows("SELECT key, lang, value FROM setting_text"):
            settings[key][lang] = value
        careers = self.careers()
        return PageData(
            languages=tuple(meta.get("languages", FALLBACK).split(",")),
            meta=meta,
            settings=dict(settings),
            schools=self.schools(),
            careers=dict(careers.values()),
            courses=dict(self.courses({item: code for item, (code, _) in careers.items()})),
        )

    def schools(self) -> dict[str, dict[str, Any]]:
        office = self.texts("school", *_OFFICE)
        schools = {}
        sql = "SELECT id, code, name, address, phone, website FROM school ORDER BY sort"
        for item, code, name, address, phone, website in self.rows(sql):
            schools[code] = {
                "name": name,
                "address": address or "",
                "phone": phone or "",
                "website": website or "",
                "office": {
                    lang: {_OFFICE[k]: v for k, v in fields.items()}
                    for lang, fields in office.get(item, {}).items()
                },
            }
        return schools

    def courses(self, career_codes: dict[int, str]) -> Iterator[tuple[str, str]]:
        text = self.texts("course", "title", "description", "prerequisites", "certifications")
        pathway_of = self.pathway_names()
        offerings = self.offerings()
        careers_of: dict[int, list[str]] = defaultdict(list)
        for course, career in self.rows(
            "SELECT course_id, career_id FROM course_career ORDER BY course_id, sort"
        ):
            careers_of[course].append(career_codes[career])
        sql = """SELECT id, code, pathway_id, level, grade_min, grade_max, hs_credits,
                        college_credit, partner_college, cve FROM course ORDER BY sort"""
        for item, code, pathway, level, low, high, credits, college, partner, cve in self.rows(sql):
            own = text.get(item, {})
            for fields in own.values():
                if "certifications" in fields:
                    fields["certifications"] = split_list(fields["certifications"])
            for lang, names in pathway_of[pathway].items():
                own.setdefault(lang, {}).update(names)
            head = _compact(
                {
                    "level": level,
                    "grade_min": low,
                    "grade_max": high,
                    "hs_credits": credits,
                    "college_credit": bool(college),
                    "partner_college": partner or "",
                    "cve": bool(cve),
                    "text": own,
                    # Careers are shared by many courses: the index holds them, once each.
                    "careers": careers_of.get(item, []),
                }
            )
            yield code, f'{head[:-1]},"offerings":{offerings.get(item, "[]")}}}'

    def pathway_names(self) -> dict[int, Texts]:
        """Each pathway's name and its sector's, per language, as a course's text shows them."""
        pathway, sector = self.texts("pathway", "name"), self.texts("sector", "name")
        names: dict[int, Texts] = {}
        for item, sector_id in self.rows("SELECT id, sector_id FROM pathway"):
            both: Texts = defaultdict(dict)
            for lang, fields in pathway.get(item, {}).items():
                both[lang]["pathway"] = fields["name"]
            for lang, fields in sector.get(sector_id, {}).items():
                both[lang]["sector"] = fields["name"]
            names[item] = dict(both)
        return names

    def offerings(self) -> dict[int, str]:
        """Each course's offerings as JSON text, made by SQLite's JSON functions: a large
        catalog has five times as many offerings as courses, too many to make one by one."""
        return dict(self.rows(_OFFERINGS))

    def careers(self) -> dict[int, tuple[str, dict[str, Any]]]:
        """Each career's code, text and pay, by id."""
        text = self.texts("career", "title", "description", "education")
        pay = self.pay()
        return {
            item: (code, {"text": text.get(item, {}), "pay": pay.get(item)})
            for item, code in self.rows("SELECT id, code FROM career")
        }

    def pay(self) -> dict[int, dict[str, Any]]:
        sql = """SELECT career_id, median, median_top, p25, p25_top, p75, p75_top, hourly,
                        jobs, scope, place, source FROM career_pay"""
        return {
            row[0]: {
                "median": row[1],
                "median_top": bool(row[2]),
                "p25": row[3],
                "p25_top": bool(row[4]),
                "p75": row[5],
                "p75_top": bool(row[6]),
                "hourly": bool(row[7]),
                "jobs": row[8],
                "scope": row[9],
                "place": row[10],
                "source": row[11],
            }
            for row in self.rows(sql)
        }


# The school sheet's counseling columns, by the names the page reads them under.
_OFFICE = {
    "counseling_location": "location",
    "counseling_hours": "hours",
    "counseling_booking": "booking",
}
# A course's offerings in the kiosk's order (term, then school), each with its notes in every
# language that has some (the page falls back to English). The window's ORDER BY is what
# orders an aggregate in this SQLite (3.40 has no ORDER BY inside one).
_OFFERINGS = """
    SELECT course_id, offerings FROM (
      SELECT o.course_id AS course_id,
             json_group_array(json_object('school', sc.code, 'school_name', sc.name,
                 'term', o.term,
                 'notes', json(COALESCE((SELECT json_group_object(t.lang, t.notes)
                                           FROM offering_text t
                                          WHERE t.id = o.id AND t.notes != ''), '{}'))))
               OVER (PARTITION BY o.course_id ORDER BY o.term, sc.sort
                     ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS offerings,
             row_number() OVER (PARTITION BY o.course_id) AS n
        FROM offering o JOIN school sc ON sc.id = o.school_id)
     WHERE n = 1"""
