"""Every question the kiosk asks of a catalog file, answered with typed objects.

Who holds the SQL that reads a catalog: this module (one method per question), queries.py
(the statements several questions share), finder.py (search) and readback.py (staff's read-back
of a whole catalog); schema.py and build.py write one. Files are opened read-only and
immutable: the kiosk never changes a catalog, it switches to a new file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from kiosk.catalog.languages import FALLBACK
from kiosk.catalog.models import (
    BrowseFilter,
    Career,
    CatalogInfo,
    CounselingOffice,
    Course,
    CourseSummary,
    FaqEntry,
    Interest,
    Offering,
    Pathway,
    PathwayMatch,
    QuizItem,
    School,
    SearchHit,
    Sector,
)
from kiosk.catalog.payread import PayReader
from kiosk.catalog.queries import (
    CAREERS_OF_COURSE,
    COURSE_DETAIL,
    COURSE_FILTER,
    COURSE_SUMMARY,
    LEVEL_ORDER,
    OFFERINGS_OF_COURSE,
    PATHWAY,
    PATHWAY_OF_COURSE,
    SCHOOL,
    text_join,
)
from kiosk.catalog.rowmap import as_model, as_models
from kiosk.catalog.schema import APPLICATION_ID, SCHEMA_VERSION

NO_FILTER = BrowseFilter()
COUNTED = frozenset(
    ("sector", "pathway", "course", "school", "offering", "career", "interest", "quiz_item", "faq")
)


class CatalogError(Exception):
    """The file is missing, not a catalog, damaged, or of an unsupported schema."""


class Repository:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_read_only(path)
        try:
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error as exc:
            self._db.close()
            raise CatalogError(f"{path.name}: not a readable catalog ({exc})") from exc
        self.languages = tuple(meta.get("languages", FALLBACK).split(","))
        self._meta = meta
        self._db.row_factory = sqlite3.Row  # rows become models by column name (rowmap)
        self._pay = PayReader(self._rows)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(
        self, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()
    ) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def lang(self, lang: str) -> str:
        """The language queries use: `lang` if the catalog has any text in it, else English."""
        return lang if lang in self.languages else FALLBACK

    # -- metadata ------------------------------------------------------------------------------

    def info(self, lang: str = FALLBACK) -> CatalogInfo:
        settings = self._settings(lang)
        meta = self._meta
        return CatalogInfo(
            schema_version=int(meta["schema_version"]),
            catalog_version=int(meta["catalog_version"]),
            created=dt.datetime.fromisoformat(meta["created"]),
            district=meta.get("district", ""),
            title=settings.get("catalog_title", ""),
            is_sample=meta.get("is_sample") == "1",
            source=meta.get("source", ""),
            languages=self.languages,
            qr_base_url=settings.get("qr_base_url", ""),
            highlights=numbered(settings, "highlight_"),
            wage_release=meta.get("wage_release", ""),
            wage_area=meta.get("wage_area_title", ""),
            credits=numbered(settings, "credit_"),
            wage_area_code=meta.get("wage_area", ""),
        )

    def _settings(self, lang: str) -> dict[str, str]:
        rows = self._rows(
            "SELECT e.key AS key, COALESCE(t.value, e.value) AS value FROM setting_text e "
            "LEFT JOIN setting_text t ON t.key = e.key AND t.lang = ? WHERE e.lang = 'en'",
            (self.lang(lang),),
        )
        return {row["key"]: row["value"] for row in rows}

    # -- browse --------------------------------------------------------------------------------

    def sectors(self, lang: str, where: BrowseFilter = NO_FILTER) -> list[Sector]:
        sql = f"""
            SELECT s.code AS code, COALESCE(t.name, e.name) AS name,
                   COALESCE(t.description, e.description, '') AS description, s.icon AS icon,
                   (SELECT count(*) FROM course c JOIN pathway p ON p.id = c.pathway_id
                     WHERE p.sector_id = s.id AND {COURSE_FILTER}) AS course_count
              FROM sector s {text_join("sector", "s")}
             ORDER BY s.sort"""
        return as_models(Sector, self._rows(sql, self._params(lang, where)))

    def pathways(
        self, sector: str | None, lang: str, where: BrowseFilter = NO_FILTER
    ) -> list[Pathway]:
        sql = f"{PATHWAY} WHERE (:sector IS NULL OR s.code = :sector) ORDER BY p.sort"
        return as_models(self._pathway, self._rows(sql, self._params(lang, where, sector=sector)))

    def pathway(self, code: str, lang: str) -> Pathway | None:
        rows = self._rows(
            f"{PATHWAY} WHERE p.code = :code", self._params(lang, NO_FILTER, code=code)
        )
        return as_model(self._pathway, rows[0]) if rows else None

    def _pathway(self, **columns: Any) -> Pathway:
        return Pathway(**columns, pay=self._pay.pathways.get(columns["code"]))

    def courses(
        self, pathway: str, lang: str, where: BrowseFilter = NO_FILTER
    ) -> list[CourseSummary]:
        sql = f"{COURSE_SUMMARY} WHERE p.code = :pathway AND {COURSE_FILTER} ORDER BY {LEVEL_ORDER}"
        return as_models(CourseSummary, self._rows(sql, self._params(lang, where, pathway=pathway)))

    def course_summaries(self, codes: Iterable[str], lang: str) -> list[CourseSummary]:
        """Summaries for the given codes, in the order given; unknown codes are skipped."""
        wanted = list(codes)
        sql = f"{COURSE_SUMMARY} WHERE c.code IN (SELECT value FROM json_each(:codes))"
        rows = self._rows(sql, {"lang": self.lang(lang), "codes": json.dumps(wanted)})
        found = {s.code: s for s in as_models(CourseSummary, rows)}
        return [found[c] for c in wanted if c in found]

    def course(self, code: str, lang: str) -> Course | None:
        params = {"lang": self.lang(lang), "code": code}
        rows = self._rows(COURSE_DETAIL, params)
        if not rows:
            return None
        row = rows[0]
        pathway = self.pathway(row["pathway_code"], lang)
        assert pathway is not None  # the schema's foreign keys guarantee it
        params["course_id"] = row["course_id"]
        return Course(
            code=code,
            title=row["title"],
            description=row["description"],
            level=row["level"],
            grade_min=row["grade_min"],
            grade_max=row["grade_max"],
            prerequisites=row["prerequisites"],
            hs_credits=row["hs_credits"],
            college_credit=bool(row["college_credit"]),
            partner_college=row["partner_college"],
            cve=bool(row["cve"]),
            certifications=split_list(row["certifications"]),
            pathway=pathway,
            offerings=tuple(as_models(Offering, self._rows(OFFERINGS_OF_COURSE, params))),
            careers=self._careers(row["course_id"], params),
        )

    def _careers(self, course_id: int, params: Mapping[str, Any]) -> tuple[Career, ...]:
        pay = self._pay.of_course(course_id)
        rows = self._rows(CAREERS_OF_COURSE, params)
        return tuple(
            as_model(partial(Career, pay=pay.get(row["career_id"])), row, skip=("career_id",))
            for row in rows
        )

    # -- schools -------------------------------------------------------------------------------

    def pathway_of(self, course_code: str) -> str | None:
        """The code of the pathway a course belongs to (for the usage counts)."""
        rows = self._rows(PATHWAY_OF_COURSE, (course_code,))
        return str(rows[0][0]) if rows else None

    def schools(self, lang: str) -> list[School]:
        return [
            _school(r) for r in self._rows(f"{SCHOOL} ORDER BY sc.sort", {"lang": self.lang(lang)})
        ]

    def school(self, code: str, lang: str) -> School | None:
        rows = self._rows(
            f"{SCHOOL} WHERE sc.code = :code", {"lang": self.lang(lang), "code": code}
        )
        return _school(rows[0]) if rows else None

    # -- interests and quiz --------------------------------------------------------------------

    def interests(self, lang: str) -> list[Interest]:
        sql = (
            f"SELECT i.code AS code, COALESCE(t.label, e.label) AS label, i.icon AS icon "
            f"FROM interest i "
            f"{text_join('interest', 'i')} ORDER BY i.sort"
        )
        return as_models(Interest, self._rows(sql, {"lang": self.lang(lang)}))

    def match_interests(
        self, codes: Iterable[str], lang: str, limit: int = 10
    ) -> list[PathwayMatch]:
        """Pathways ranked by the summed weight of the chosen interests that point to them;
        the reasons are those interests' labels, strongest first."""
        sql = f"""
            SELECT p.code, ip.weight, COALESCE(t.label, e.label)
              FROM interest i {text_join("interest", "i")}
              JOIN interest_pathway ip ON ip.interest_id = i.id
              JOIN pathway p ON p.id = ip.pathway_id
             WHERE i.code IN (SELECT value FROM json_each(:codes))
             ORDER BY ip.weight DESC, i.sort"""
        scores: dict[str, float] = {}
        reasons: dict[str, list[str]] = {}
        for pathway, weight, label in self._rows(
            sql, {"lang": self.lang(lang), "codes": json.dumps(list(codes))}
        ):
            scores[pathway] = scores.get(pathway, 0) + weight
            reasons.setdefault(pathway, []).append(label)
        return self._matches(scores, reasons, lang, limit)

    def quiz_items(self, lang: str) -> list[QuizItem]:
        sql = (
            f"SELECT q.code AS code, COALESCE(t.statement, e.statement) AS statement, "
            f"q.area AS area FROM quiz_item q "
            f"{text_join('quiz_item', 'q')} ORDER BY q.sort"
        )
        return as_models(QuizItem, self._rows(sql, {"lang": self.lang(lang)}))

    def score_quiz(
        self, answers: Mapping[str, int], lang: str, limit: int = 10
    ) -> tuple[dict[str, float], tuple[str, ...], list[PathwayMatch]]:
        """Area scores (0..1), the top areas, and pathways ranked for those areas."""
        areas = {q.code: q.area for q in self.quiz_items(lang)}
        from kiosk.catalog.quiz import score_areas, score_pathways  # with the first quiz

        area_scores, top = score_areas(areas, answers)
        riasec = {r["code"]: r["riasec"] for r in self._rows("SELECT code, riasec FROM pathway")}
        scores, reasons = score_pathways(riasec, area_scores, top)
        return area_scores, top, self._matches(scores, reasons, lang, limit)

    def _matches(
        self, scores: Mapping[str, float], reasons: Mapping[str, list[str]], lang: str, limit: int
    ) -> list[PathwayMatch]:
        """Pathways with classes at the district first, then those without (a student is not
        sent to an empty pathway first); within each, by score. Ties: more reasons first, then
        the order the scores were found in (catalog order)."""
        pathways = {p.code: p for p in self.pathways(None, lang)}
        order = {code: i for i, code in enumerate(scores)}
        ranked = sorted(
            (c for c in scores if c in pathways and scores[c] > 0),
            key=lambda c: (
                pathways[c].course_count == 0,
                -scores[c],
                -len(reasons.get(c, ())),
                order[c],
            ),
        )
        return [
            PathwayMatch(
                pathways[c], scores[c], tuple(reasons.get(c, ())), tuple(self.courses(c, lang))
            )
            for c in ranked[:limit]
        ]

    # -- about ---------------------------------------------------------------------------------

    def faq(self, lang: str) -> list[FaqEntry]:
        sql = (
            f"SELECT f.kind AS kind, COALESCE(t.question, e.question) AS question, "
            f"COALESCE(t.answer, e.answer) AS answer "
            f"FROM faq f {text_join('faq', 'f')} ORDER BY f.sort"
        )
        return as_models(FaqEntry, self._rows(sql, {"lang": self.lang(lang)}))

    # -- search --------------------------------------------------------------------------------

    def search(self, text: str, lang: str, limit: int = 30) -> list[SearchHit]:
        """Courses for what a student typed (see kiosk.catalog.finder)."""
        from kiosk.catalog.finder import find_courses  # with the first search: not at launch

        return find_courses(self._rows, text, self.lang(lang), limit)

    # -- staff checks --------------------------------------------------------------------------

    def missing_translations(self, lang: str) -> list[tuple[str, str]]:
        """(table, item code) for student-facing items with no text at all in `lang`."""
        missing = []
        for table, key in (
            ("sector", "code"),
            ("pathway", "code"),
            ("course", "code"),
            ("career", "code"),
            ("interest", "code"),
            ("quiz_item", "code"),
            ("faq", "id"),
            ("school", "code"),
        ):
            sql = (
                f"SELECT x.{key} FROM {table} x WHERE NOT EXISTS (SELECT 1 FROM {table}_text "
                f"t WHERE t.id = x.id AND t.lang = ?) ORDER BY x.id"
            )
            missing += [(table, str(r[0])) for r in self._rows(sql, (lang,))]
        return missing

    def integrity(self) -> str:
        """SQLite's quick integrity check: "ok" for a sound file."""
        return str(self._rows("PRAGMA quick_check")[0][0])

    def count(self, table: str) -> int:
        if table not in COUNTED:
            raise ValueError(table)
        return int(self._rows(f"SELECT count(*) FROM {table}")[0][0])

    def _params(self, lang: str, where: BrowseFilter, **extra: object) -> dict[str, object]:
        return {
            "lang": self.lang(lang),
            "school": where.school,
            "summer": int(where.summer),
            "college": int(where.college_credit),
            "cve": int(where.cve),
            **extra,
        }


def open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise CatalogError(f"{path}: no catalog file")
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        (app_id,) = db.execute("PRAGMA application_id").fetchone()
        (version,) = db.execute("PRAGMA user_version").fetchone()
        if app_id != APPLICATION_ID:
            raise CatalogError(f"{path.name}: not a catalog file")
        if version != SCHEMA_VERSION:
            raise CatalogError(
                f"{path.name}: catalog schema {version}, this app reads schema {SCHEMA_VERSION}"
            )
        db.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        db.close()
        raise CatalogError(f"{path.name}: not a readable catalog ({exc})") from exc
    except CatalogError:
        db.close()
        raise
    return db


def numbered(settings: Mapping[str, str], prefix: str) -> tuple[str, ...]:
    """The non-empty settings `<prefix>1`, `<prefix>2`, ... in their order."""
    return tuple(settings[k] for k in sorted(settings) if k.startswith(prefix) and settings[k])


def split_list(text: str | None) -> tuple[str, ...]:
    """The catalog's "A; B" lists (certifications) as their items."""
    return tuple(p.strip() for p in (text or "").split(";") if p.strip())


def _school(row: sqlite3.Row) -> School:
    return School(
        code=row["code"],
        name=row["name"],
        address=row["address"],
        phone=row["phone"],
        website=row["website"],
        counseling=CounselingOffice(row["location"], row["hours"], row["booking"]),
    )
