"""The catalog file's SQLite schema.

A catalog file is built once by staff tools and then only read. Text students see lives in
`*_text` tables, one row per item and language; English rows always exist and are the fallback
field by field.
"""

from __future__ import annotations

# Within a schema version, tables only ever gain columns. An older app reads a newer file (it
# never asks for the new columns), and this one allows for their absence in an older file
# (course_text.keywords, search_doc.words, career.soc) and of tables added since (career_pay,
# pathway_pay): a kiosk keeps its catalog through an app update.
SCHEMA_VERSION = 1
# PRAGMA application_id marks the file as ours ("CTEK"), so a random SQLite file is refused.
APPLICATION_ID = 0x4354454B

DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE setting_text (key TEXT NOT NULL, lang TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (key, lang)) WITHOUT ROWID;

CREATE TABLE sector (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, icon TEXT NOT NULL,
    sort INTEGER NOT NULL);
CREATE TABLE sector_text (id INTEGER NOT NULL, lang TEXT NOT NULL, name TEXT,
    description TEXT, PRIMARY KEY (id, lang)) WITHOUT ROWID;

CREATE TABLE pathway (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,
    sector_id INTEGER NOT NULL REFERENCES sector(id), riasec TEXT NOT NULL, sort INTEGER NOT NULL);
CREATE INDEX pathway_sector ON pathway(sector_id);
-- `aliases` holds the pathways sheet's `keywords`, under that column's first name.
CREATE TABLE pathway_text (id INTEGER NOT NULL, lang TEXT NOT NULL, name TEXT,
    description TEXT, aliases TEXT, PRIMARY KEY (id, lang)) WITHOUT ROWID;

CREATE TABLE course (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,
    code_key TEXT NOT NULL, pathway_id INTEGER NOT NULL REFERENCES pathway(id),
    level TEXT NOT NULL, grade_min INTEGER NOT NULL, grade_max INTEGER NOT NULL,
    hs_credits REAL, college_credit INTEGER NOT NULL, partner_college TEXT,
    cve INTEGER NOT NULL, sort INTEGER NOT NULL);
CREATE INDEX course_pathway ON course(pathway_id, sort);
CREATE INDEX course_code_key ON course(code_key);
CREATE TABLE course_text (id INTEGER NOT NULL, lang TEXT NOT NULL, title TEXT,
    description TEXT, prerequisites TEXT, certifications TEXT, keywords TEXT,
    PRIMARY KEY (id, lang)) WITHOUT ROWID;

CREATE TABLE school (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    address TEXT, phone TEXT, website TEXT, sort INTEGER NOT NULL);
CREATE TABLE school_text (id INTEGER NOT NULL, lang TEXT NOT NULL, counseling_location TEXT,
    counseling_hours TEXT, counseling_booking TEXT, PRIMARY KEY (id, lang)) WITHOUT ROWID;

CREATE TABLE offering (id INTEGER PRIMARY KEY, course_id INTEGER NOT NULL REFERENCES course(id),
    school_id INTEGER NOT NULL REFERENCES school(id), term TEXT NOT NULL,
    UNIQUE (course_id, school_id, term));
CREATE INDEX offering_school ON offering(school_id, course_id);
CREATE INDEX offering_term ON offering(term, course_id);
CREATE TABLE offering_text (id INTEGER NOT NULL, lang TEXT NOT NULL, notes TEXT,
    PRIMARY KEY (id, lang)) WITHOUT ROWID;

CREATE TABLE career (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, wage REAL,
    wage_source TEXT, outlook TEXT, outlook_source TEXT, soc TEXT, soc_note TEXT);
CREATE TABLE career_text (id INTEGER NOT NULL, lang TEXT NOT NULL, title TEXT,
    description TEXT, education TEXT, PRIMARY KEY (id, lang)) WITHOUT ROWID;
-- The pay a career shows: BLS's figure for the catalog's area (scope area, state or nation:
-- where BLS had one), or the wage typed on the careers sheet (scope typed, with its source).
-- *_top: BLS says only that the figure is at least the top of its range.
CREATE TABLE career_pay (career_id INTEGER PRIMARY KEY REFERENCES career(id),
    median REAL NOT NULL, median_top INTEGER NOT NULL, p25 REAL, p25_top INTEGER NOT NULL,
    p75 REAL, p75_top INTEGER NOT NULL, hourly INTEGER NOT NULL, jobs INTEGER,
    scope TEXT NOT NULL, place TEXT NOT NULL, release TEXT NOT NULL, occupation TEXT NOT NULL,
    source TEXT NOT NULL);
-- Each pathway's range of yearly middle pay across the careers its courses lead to.
CREATE TABLE pathway_pay (pathway_id INTEGER PRIMARY KEY REFERENCES pathway(id),
    low REAL NOT NULL, high REAL NOT NULL, high_top INTEGER NOT NULL);
CREATE TABLE course_career (course_id INTEGER NOT NULL REFERENCES course(id),
    career_id INTEGER NOT NULL REFERENCES career(id), sort INTEGER NOT NULL,
    PRIMARY KEY (course_id, career_id)) WITHOUT ROWID;

CREATE TABLE interest (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, icon TEXT NOT NULL,
    sort INTEGER NOT NULL);
CREATE TABLE interest_text (id INTEGER NOT NULL, lang TEXT NOT NULL, label TEXT,
    PRIMARY KEY (id, lang)) WITHOUT ROWID;
CREATE TABLE interest_pathway (interest_id INTEGER NOT NULL REFERENCES interest(id),
    pathway_id INTEGER NOT NULL REFERENCES pathway(id), weight INTEGER NOT NULL,
    PRIMARY KEY (interest_id, pathway_id)) WITHOUT ROWID;

CREATE TABLE quiz_item (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, area TEXT NOT NULL,
    sort INTEGER NOT NULL);
CREATE TABLE quiz_item_text (id INTEGER NOT NULL, lang TEXT NOT NULL, statement TEXT,
    PRIMARY KEY (id, lang)) WITHOUT ROWID;

CREATE TABLE faq (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, sort INTEGER NOT NULL);
CREATE TABLE faq_text (id INTEGER NOT NULL, lang TEXT NOT NULL, question TEXT, answer TEXT,
    PRIMARY KEY (id, lang)) WITHOUT ROWID;

-- Search: one document per course and language. The rowid packs the language (high bits) and
-- the course's position in title order (low bits), so a language is a rowid range and
-- ORDER BY rowid LIMIT n stops after n matches instead of ranking every match. `words` is
-- the document's title column as search compares it (kiosk.catalog.search.words_of), for
-- ranking the title matches of a bounded candidate set.
CREATE VIRTUAL TABLE course_fts USING fts5(title, body, content='', columnsize=0,
    detail='column', tokenize="unicode61 remove_diacritics 2", prefix='1 2 3');
CREATE TABLE search_doc (rowid INTEGER PRIMARY KEY, course_id INTEGER NOT NULL,
    words TEXT NOT NULL);
"""

# rowid = language index << LANG_SHIFT | position
LANG_SHIFT = 32
