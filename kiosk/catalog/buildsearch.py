"""Write the search index of a catalog being built (kiosk.catalog.build): one document per
course and language, in search_doc and the FTS5 table course_fts (kiosk.catalog.schema)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from kiosk.catalog.languages import LANGUAGES
from kiosk.catalog.pinyin import pinyin_words
from kiosk.catalog.schema import LANG_SHIFT
from kiosk.catalog.search import fold, index_text, words_of

# FTS5 keeps new terms in memory up to this size before writing them out as a segment. Its
# default (1 MB) writes a 100k catalog's index as dozens of segments that 'optimize' then
# merges again; in one buffer the index is written about once, in half the time. It is the
# build's setting, not the catalog's: it is taken out of the file again.
_FTS_BUFFER_BYTES = 64 << 20


def write_search_index(db: sqlite3.Connection, languages: Iterable[str]) -> None:
    """Index every course in each of `languages` (the catalog's) and merge the index into
    one compact segment; inside the build's transaction."""
    db.execute(
        "INSERT INTO course_fts(course_fts, rank) VALUES ('hashsize', ?)", (_FTS_BUFFER_BYTES,)
    )
    present = set(languages)
    for lang_index, lang in enumerate(LANGUAGES):
        if lang in present:
            _search_language(db, lang_index, lang)
    db.execute("INSERT INTO course_fts(course_fts) VALUES ('optimize')")
    db.execute("DELETE FROM course_fts_config WHERE k = 'hashsize'")


def _search_language(db: sqlite3.Connection, lang_index: int, lang: str) -> None:
    docs = []
    for course_id, title, keywords, *rest in db.execute(SEARCH_DOCS_SQL, {"lang": lang}):
        # A title's characters by two readings, a description's by one (pinyin_words).
        heading = _with_pinyin(_joined((title, keywords)), readings=2)
        body = _with_pinyin(_joined(rest), readings=1)
        docs.append((fold(title), course_id, heading, body))
    docs.sort(key=lambda d: d[0])
    base = lang_index << LANG_SHIFT
    db.executemany(
        "INSERT INTO search_doc VALUES (?, ?, ?)",
        ((base + pos, d[1], words_of(d[2])) for pos, d in enumerate(docs)),
    )
    db.executemany(
        "INSERT INTO course_fts(rowid, title, body) VALUES (?, ?, ?)",
        ((base + pos, index_text(d[2]), index_text(d[3])) for pos, d in enumerate(docs)),
    )


# One search document per course and language: its title and keywords, and a body of
# everything else a student might type (code, description, pathway and its keywords, sector,
# certifications, careers), each field falling back to English. A language indexes only the
# courses written in it: search reads every language's documents, so five languages do not
# mean five copies of every untranslated course.
SEARCH_DOCS_SQL = """
SELECT c.id, COALESCE(ct.title, ce.title), COALESCE(ct.keywords, ce.keywords), c.code,
       COALESCE(ct.description, ce.description), COALESCE(pt.name, pe.name),
       COALESCE(pt.aliases, pe.aliases), COALESCE(st.name, se.name),
       COALESCE(ct.certifications, ce.certifications),
       (SELECT group_concat(COALESCE(kt.title, ke.title), ' ')
          FROM course_career cc
          JOIN career_text ke ON ke.id = cc.career_id AND ke.lang = 'en'
          LEFT JOIN career_text kt ON kt.id = cc.career_id AND kt.lang = :lang
         WHERE cc.course_id = c.id)
  FROM course c
  JOIN course_text ce ON ce.id = c.id AND ce.lang = 'en'
  LEFT JOIN course_text ct ON ct.id = c.id AND ct.lang = :lang
  JOIN pathway p ON p.id = c.pathway_id
  JOIN pathway_text pe ON pe.id = p.id AND pe.lang = 'en'
  LEFT JOIN pathway_text pt ON pt.id = p.id AND pt.lang = :lang
  JOIN sector_text se ON se.id = p.sector_id AND se.lang = 'en'
  LEFT JOIN sector_text st ON st.id = p.sector_id AND st.lang = :lang
 WHERE :lang = 'en' OR ct.id IS NOT NULL
"""


def _joined(parts: Iterable[str | None]) -> str:
    return " ".join(filter(None, parts))


def _with_pinyin(text: str, readings: int) -> str:
    """Chinese text also as pinyin, for students typing on Latin keys (kiosk.catalog.pinyin)."""
    words = pinyin_words(text, readings)  # "" for text without Chinese: most text
    return f"{text} {words}" if words else text
