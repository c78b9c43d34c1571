"""Search queries: code matches, then text matches level by level (whole words before
prefixes, titles before the rest of a course's text), each level read in index order over a
bounded candidate set (see kiosk.catalog.search for the query text).

Every language's documents are searched, so a bilingual student finds a course by whatever
word comes to mind. The interface language's documents come first at each level, and before
whole-word matches in other languages unless what was typed is plainly a whole word.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.catalog.languages import LANGUAGES
from kiosk.catalog.models import CourseSummary, SearchHit
from kiosk.catalog.queries import COURSE_SUMMARY
from kiosk.catalog.rowmap import as_model
from kiosk.catalog.schema import LANG_SHIFT
from kiosk.catalog.search import Query, parse_query

SEARCH_CANDIDATES = 200
# A word in more than a quarter of this many documents (the first in title order) is common:
# it says nothing about a course ("the", "and", "de"), so its whole-word matches in course
# text do not come before prefix matches in titles.
COMMON_SAMPLE = 200
Rows = Callable[[str, Mapping[str, Any]], list[Any]]
Span = tuple[int, int]  # a rowid range of the index


@dataclass(frozen=True)
class _Level:
    column: str | None  # "title" (a course's title and keywords) or None (all its text)
    whole: bool  # whole words (singular or plural) rather than prefixes
    spans: tuple[Span, ...]
    rare_only: bool = False  # skipped for common words (COMMON_SAMPLE)

    @property
    def kind(self) -> str:
        return "title" if self.column else "text"


def find_courses(rows: Rows, text: str, lang: str, limit: int) -> list[SearchHit]:
    """Courses for what a student typed: code matches first, then text matches level by
    level, until `limit` courses are found."""
    query = parse_query(text)
    found: dict[int, str] = {}
    if query.code:
        codes = rows(
            "SELECT id FROM course WHERE code_key >= :k AND code_key < :k || '[' "
            "ORDER BY code_key <> :k, code_key LIMIT :n",
            {"k": query.code, "n": limit},
        )
        found.update((r[0], "code") for r in codes)
    if query.tokens:
        ranked = _has_rank_words(rows)
        for level in _levels(query, lang):
            if len(found) >= limit:
                break
            wanted, rank = limit - len(found), ranked and level.column is not None
            found.update(
                (cid, level.kind) for cid in _level(rows, query, level, rank, wanted, found)
            )
    ids = list(found)[:limit]
    summaries = dict(_summaries_by_id(rows, ids, lang))
    return [SearchHit(summaries[cid], found[cid]) for cid in ids]


def _levels(query: Query, lang: str) -> list[_Level]:
    """The levels of match, best first, for this query."""
    index = LANGUAGES.index(lang)
    low, high = index << LANG_SHIFT, ((index + 1) << LANG_SHIFT) - 1
    own = ((low, high),)
    # Other languages in index order: the ranges below and above the interface language's.
    others = tuple(
        span
        for span in ((0, low - 1), (high + 1, (len(LANGUAGES) << LANG_SHIFT) - 1))
        if span[0] <= span[1]
    )
    # Typed alone, a word of one or two letters is the start of a longer one ("an" for
    # "animal"), and one of three letters as likely a syllable of another language
    # (Vietnamese "com", pinyin "she") as a word of it.
    several = len(query.tokens) > 1
    words = several or query.longest >= 3
    foreign = several or query.longest >= 4
    own_title_prefix = _Level("title", False, own)
    levels = [
        _Level("title", True, own) if words else None,
        # Several words all in a title, even as beginnings of words, before the same words
        # found apart in the rest of a course's text.
        own_title_prefix if several else None,
        _Level(None, True, own, rare_only=True) if words else None,
        _Level("title", True, others) if foreign else None,
        _Level(None, True, others, rare_only=True) if foreign else None,
        None if several else own_title_prefix,
        _Level(None, False, own),
        _Level("title", False, others),
        _Level(None, False, others),
    ]
    return [level for level in levels if level is not None and level.spans]


def _level(
    rows: Rows, query: Query, level: _Level, ranked: bool, wanted: int, seen: Mapping[int, str]
) -> list[int]:
    """Courses matching at `level` and not yet `seen`, span by span, until `wanted` are in
    hand; title matches are ranked within each span over a bounded candidate set."""
    match = query.match_words(level.column) if level.whole else query.match(level.column)
    if level.rare_only and _common(rows, match, level.spans[0]):
        return []
    ids: dict[int, None] = {}
    # Enough rows that the courses already found cannot crowd out the `wanted` new ones.
    count = SEARCH_CANDIDATES if ranked else wanted + len(seen)
    for span in level.spans:
        hits = _fts(rows, match, span, count, ranked)
        if ranked:
            hits.sort(key=lambda hit: query.rank(hit[1]))
        ids.update((cid, None) for cid, _ in hits if cid not in seen)
        if len(ids) >= wanted:
            break
    return list(ids)


def _fts(rows: Rows, match: str, span: Span, limit: int, ranked: bool) -> list[tuple[int, str]]:
    words = "d.words" if ranked else "''"
    sql = f"""SELECT d.course_id, {words} FROM (
                 SELECT rowid AS r FROM course_fts
                  WHERE course_fts MATCH :m AND rowid BETWEEN :lo AND :hi
                  ORDER BY rowid LIMIT :n) JOIN search_doc d ON d.rowid = r ORDER BY r"""
    params = {"m": match, "n": limit, "lo": span[0], "hi": span[1]}
    return [(r[0], r[1]) for r in rows(sql, params)]


def _common(rows: Rows, match: str, span: Span) -> bool:
    """Whether `match` matches more than a quarter of the first COMMON_SAMPLE documents of
    `span`."""
    window = {"m": match, "lo": span[0], "hi": min(span[1], span[0] + COMMON_SAMPLE - 1)}
    sql = """SELECT (SELECT count(*) FROM course_fts
                      WHERE course_fts MATCH :m AND rowid BETWEEN :lo AND :hi),
                    (SELECT count(*) FROM search_doc WHERE rowid BETWEEN :lo AND :hi)"""
    matches, documents = rows(sql, window)[0]
    return bool(matches * 4 > documents)


def _has_rank_words(rows: Rows) -> bool:
    # Catalogs built before the index kept each title's words have no such column; they
    # are still searched, their title matches in index order.
    sql = "SELECT 1 FROM pragma_table_info('search_doc') WHERE name = 'words'"
    return bool(rows(sql, {}))


def _summaries_by_id(rows: Rows, ids: list[int], lang: str) -> list[tuple[int, CourseSummary]]:
    sql = (
        COURSE_SUMMARY.replace("SELECT ", "SELECT c.id AS course_id, ", 1)
        + " WHERE c.id IN (SELECT value FROM json_each(:ids))"
    )
    return [
        (r["course_id"], as_model(CourseSummary, r, skip=("course_id",)))
        for r in rows(sql, {"lang": lang, "ids": json.dumps(ids)})
    ]
