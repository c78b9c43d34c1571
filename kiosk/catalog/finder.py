"""Search queries: code matches, then title matches, then matches anywhere else, each read
in index order over a bounded candidate set (see kiosk.catalog.search for the query text)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kiosk.catalog.languages import FALLBACK, LANGUAGES
from kiosk.catalog.models import CourseSummary, SearchHit
from kiosk.catalog.queries import COURSE_SUMMARY
from kiosk.catalog.schema import LANG_SHIFT
from kiosk.catalog.search import parse_query

SEARCH_CANDIDATES = 200
Rows = Callable[[str, Mapping[str, Any]], list[Any]]


def find_courses(rows: Rows, text: str, lang: str, limit: int) -> list[SearchHit]:
    """Courses for what a student typed: code matches, then title matches, then matches
    anywhere else (description, pathway, careers...), each over a bounded candidate set."""
    query = parse_query(text)
    found: dict[int, str] = {}
    if query.code:
        codes = rows(
            "SELECT id FROM course WHERE code_key >= :k AND code_key < :k || '[' "
            "ORDER BY code_key <> :k, code_key LIMIT :n",
            {"k": query.code, "n": limit},
        )
        found.update((r[0], "code") for r in codes)
    if query.tokens and len(found) < limit:
        # The language's own documents, then the English ones of courses not written in it.
        spans = [_span(lang)] + ([_span(FALLBACK)] if lang != FALLBACK else [])
        titles = _unique(_fts(rows, query.match("title"), s, SEARCH_CANDIDATES) for s in spans)
        summaries = dict(_summaries_by_id(rows, titles, lang))
        titles.sort(key=lambda cid: query.rank(summaries[cid].title))
        found.update((cid, "title") for cid in titles if cid not in found)
        if len(found) < limit:
            rest = _unique(_fts(rows, query.match(), s, limit + len(found)) for s in spans)
            found.update((cid, "text") for cid in rest if cid not in found)
    ids = list(found)[:limit]
    summaries = dict(_summaries_by_id(rows, ids, lang))
    return [SearchHit(summaries[cid], found[cid]) for cid in ids]


def _span(lang: str) -> dict[str, int]:
    low = LANGUAGES.index(lang) << LANG_SHIFT
    return {"lo": low, "hi": low + (1 << LANG_SHIFT) - 1}


def _unique(lists: Iterable[list[int]]) -> list[int]:
    return list(dict.fromkeys(cid for ids in lists for cid in ids))


def _fts(rows: Rows, match: str, span: Mapping[str, int], limit: int) -> list[int]:
    sql = """SELECT d.course_id FROM (
                 SELECT rowid AS r FROM course_fts
                  WHERE course_fts MATCH :m AND rowid BETWEEN :lo AND :hi
                  ORDER BY rowid LIMIT :n) JOIN search_doc d ON d.rowid = r ORDER BY r"""
    return [r[0] for r in rows(sql, {"m": match, "n": limit, **span})]


def _summaries_by_id(rows: Rows, ids: list[int], lang: str) -> list[tuple[int, CourseSummary]]:
    sql = (
        COURSE_SUMMARY.replace("SELECT ", "SELECT c.id, ", 1)
        + " WHERE c.id IN (SELECT value FROM json_each(:ids))"
    )
    return [
        (r[0], CourseSummary(*r[1:])) for r in rows(sql, {"lang": lang, "ids": json.dumps(ids)})
    ]
