"""Turn a validated workbook into one immutable, compact, integrity-checked catalog file.

The file is written under a temporary name next to the target and renamed only when complete,
so a failed build leaves nothing behind and never touches an existing catalog.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from kiosk.catalog.buildpay import write_pay
from kiosk.catalog.buildsearch import write_search_index
from kiosk.catalog.cells import parse_bool
from kiosk.catalog.gcpause import collector_paused
from kiosk.catalog.identify import is_catalog_file
from kiosk.catalog.languages import FALLBACK, LANGUAGES
from kiosk.catalog.payrecords import PayJoin
from kiosk.catalog.schema import APPLICATION_ID, DDL, SCHEMA_VERSION
from kiosk.catalog.search import code_key, fold
from kiosk.catalog.validate import Record, Validation
from kiosk.files import replace_retrying, unlink_retrying

_RowMaker = Callable[[Record, int], tuple[object, ...]]


class BuildError(Exception):
    """The catalog could not be built (invalid input, or the output cannot be written)."""


class NotACatalogError(BuildError):
    """The output path holds a file that is not a catalog, so it is left alone."""


@collector_paused()
def build_catalog(
    validation: Validation,
    target: Path,
    *,
    catalog_version: int = 1,
    created: dt.datetime | None = None,
    force: bool = False,
) -> Path:
    """Build `target`. An existing file there is replaced only if it is a catalog file (any
    file with `force`): staff keep workbooks and notes next to their catalogs. The careers'
    pay comes from `validation.pay` (a BLS wage file's, kiosk.catalog.careerpay) and from
    wages typed on the careers sheet."""
    if not validation.ok:
        raise BuildError(f"the workbook has {len(validation.errors)} errors; fix them first")
    created = created or dt.datetime.now(dt.UTC)
    target = target.resolve()
    if not target.parent.is_dir():
        raise BuildError(f"{target.parent}: no such folder")
    if target.is_dir():
        raise BuildError("that is a folder, not a file")
    if target.exists() and not force and not is_catalog_file(target):
        raise NotACatalogError("the file exists and is not a catalog file")
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        _write(validation.records, temp, catalog_version, created, validation.pay)
        replace_retrying(temp, target)  # a virus scanner may hold the new file a moment
    except sqlite3.Error as exc:
        raise BuildError(f"could not write {target.name}: {exc}") from exc
    except OSError as exc:
        raise BuildError(f"could not write {target.name}: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):  # a scanner still holding it: only a hidden leftover
            unlink_retrying(temp, missing_ok=True)
    return target


def _write(
    records: dict[str, list[Record]],
    path: Path,
    version: int,
    created: dt.datetime,
    pay: PayJoin | None,
) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(DDL)
        db.execute("BEGIN")
        writer = _Writer(db, records)
        writer.write_all()
        write_pay(db, records["careers"], pay)
        _write_meta(db, records, version, created, writer.languages)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        db.execute("COMMIT")
        db.execute("VACUUM")
        (result,) = db.execute("PRAGMA integrity_check").fetchone()
        if result != "ok":
            raise BuildError(f"the built file failed its integrity check: {result}")
    finally:
        db.close()
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _write_meta(
    db: sqlite3.Connection,
    records: dict[str, list[Record]],
    version: int,
    created: dt.datetime,
    languages: Sequence[str],
) -> None:
    settings = {str(r.values["key"]): r for r in records["settings"]}

    def setting(key: str) -> str:
        record = settings.get(key)
        return record.text("value") if record else ""

    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "catalog_version": str(version),
        "created": created.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "district": setting("district"),
        "is_sample": "1" if parse_bool(setting("is_sample")) else "0",
        "source": setting("source"),
        "languages": ",".join(languages),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO setting_text VALUES (?, ?, ?)",
        (
            (key, lang, text)
            for key, record in settings.items()
            for lang, text in record.texts.get("value", {}).items()
        ),
    )


class _Writer:
    """Inserts the records sheet by sheet, remembering the ids it gave each code."""

    def __init__(self, db: sqlite3.Connection, records: dict[str, list[Record]]) -> None:
        self.db = db
        self.records = records
        self.ids: dict[str, dict[str, int]] = {}
        self.seen_languages: set[str] = {FALLBACK}

    @property
    def languages(self) -> list[str]:
        return [lang for lang in LANGUAGES if lang in self.seen_languages]

    def write_all(self) -> None:
        """Every table, each after the ones its rows point to."""
        self._sectors_and_pathways()
        self._courses()
        self._schools()
        self._offerings()
        self._careers()
        self._course_careers()
        self._entities(
            "interests", "interest", ("label",), lambda r, i: (i, r.values["code"], _icon(r), i)
        )
        self._interest_pathways()
        self._entities(
            "quiz",
            "quiz_item",
            ("statement",),
            lambda r, i: (i, r.values["code"], r.values["area"], i),
        )
        self._entities("faq", "faq", ("question", "answer"), lambda r, i: (i, r.values["kind"], i))
        self._search_index()

    def _sectors_and_pathways(self) -> None:
        self._entities(
            "sectors",
            "sector",
            ("name", "description"),
            lambda r, i: (i, r.values["code"], _icon(r), i),
        )
        self._entities(
            "pathways",
            "pathway",
            # Positional: the keywords go in the column `aliases` (see kiosk.catalog.schema).
            ("name", "description", "keywords"),
            lambda r, i: (
                i,
                r.values["code"],
                self._id("sectors", r, "sector"),
                r.values.get("riasec") or "",
                i,
            ),
        )

    def _schools(self) -> None:
        self._entities(
            "schools",
            "school",
            ("counseling_location", "counseling_hours", "counseling_booking"),
            lambda r, i: (
                i,
                r.values["code"],
                r.text("name") or r.values["code"],
                r.text("address") or None,
                r.text("phone") or None,
                r.text("website") or None,
                i,
            ),
        )

    def _careers(self) -> None:
        self._entities(
            "careers",
            "career",
            ("title", "description", "education"),
            lambda r, i: (
                i,
                r.values["code"],
                r.values.get("wage"),
                r.text("wage_source") or None,
                r.values.get("outlook"),
                r.text("outlook_source") or None,
                r.values.get("soc"),
                r.text("soc_note") or None,
            ),
        )

    def _id(self, sheet: str, record: Record, column: str) -> int:
        return self.ids[sheet][str(record.values[column])]

    def _entities(self, sheet: str, table: str, text_fields: Sequence[str], row: _RowMaker) -> None:
        rows = []
        ids: dict[str, int] = {}
        for index, record in enumerate(self.records[sheet], start=1):
            rows.append(row(record, index))
            if "code" in record.values:
                ids[str(record.values["code"])] = index
        self.ids[sheet] = ids
        marks = ", ".join("?" * len(rows[0])) if rows else ""
        if rows:
            self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        self._texts(
            f"{table}_text",
            text_fields,
            ((i, r) for i, r in enumerate(self.records[sheet], start=1)),
        )

    def _texts(
        self, table: str, fields: Sequence[str], items: Iterable[tuple[int, Record]]
    ) -> None:
        marks = ", ".join("?" * (len(fields) + 2))
        rows = []
        nothing: dict[str, str] = {}
        for item_id, record in items:
            texts = [record.texts.get(f, nothing) for f in fields]
            langs = {FALLBACK}.union(*texts)
            self.seen_languages |= langs
            for lang in langs:
                rows.append((item_id, lang, *[t.get(lang) for t in texts]))
        self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def _courses(self) -> None:
        courses = self.records["courses"]
        order = sorted(range(len(courses)), key=lambda i: fold(courses[i].text("title")))
        sort = {index: position for position, index in enumerate(order)}

        def row(r: Record, i: int) -> tuple[object, ...]:
            return (
                i,
                r.values["code"],
                code_key(str(r.values["code"])),
                self._id("pathways", r, "pathway"),
                r.values["level"],
                r.values["grade_min"],
                r.values["grade_max"],
                r.values.get("hs_credits"),
                int(bool(r.values.get("college_credit"))),
                r.text("partner_college") or None,
                int(bool(r.values.get("cve"))),
                sort[i - 1],
            )

        self._entities(
            "courses",
            "course",
            ("title", "description", "prerequisites", "certifications", "keywords"),
            row,
        )

    def _offerings(self) -> None:
        courses, schools = self.ids["courses"], self.ids["schools"]
        rows = [
            (
                i,
                courses[str(r.values["course"])],
                schools[str(r.values["school"])],
                r.values["term"],
            )
            for i, r in enumerate(self.records["offerings"], start=1)
        ]
        self.db.executemany("INSERT INTO offering VALUES (?, ?, ?, ?)", rows)
        self._texts("offering_text", ("notes",), enumerate(self.records["offerings"], start=1))

    def _course_careers(self) -> None:
        careers = self.ids["careers"]
        rows = [
            (course_id, careers[code], position)
            for course_id, r in enumerate(self.records["courses"], start=1)
            for position, code in enumerate(_unique(r.items("careers")))
        ]
        self.db.executemany("INSERT INTO course_career VALUES (?, ?, ?)", rows)

    def _interest_pathways(self) -> None:
        pathways = self.ids["pathways"]
        rows = {
            (interest_id, pathways[code]): weight
            for interest_id, r in enumerate(self.records["interests"], start=1)
            for code, weight in r.items("pathways")
        }
        self.db.executemany(
            "INSERT INTO interest_pathway VALUES (?, ?, ?)",
            [(i, p, w) for (i, p), w in rows.items()],
        )

    def _search_index(self) -> None:
        write_search_index(self.db, self.seen_languages)


def _icon(record: Record) -> str:
    return record.text("icon") or str(record.values["code"]).lower()


def _unique(codes: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(codes))
