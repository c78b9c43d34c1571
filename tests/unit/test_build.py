"""Building a catalog: one complete, read-only, integrity-checked file, or nothing at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.catalog import build as build_module
from kiosk.catalog.build import BuildError, NotACatalogError, build_catalog
from kiosk.catalog.repository import CatalogError, Repository
from kiosk.catalog.schema import APPLICATION_ID, SCHEMA_VERSION
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from kiosk.sync.store import CatalogStore, sample_name
from tests.helpers.catalogs import tiny, write_csv_folder


def test_built_file_is_stamped_and_sound(tiny_catalog: Path) -> None:
    db = sqlite3.connect(tiny_catalog)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0  # compacted
    meta = dict(db.execute("SELECT key, value FROM meta"))
    db.close()
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["catalog_version"] == "1"
    assert meta["district"] == "Test Unified"
    assert meta["languages"] == "en,es"
    assert not list(tiny_catalog.parent.glob(".*.tmp"))


def test_catalog_version_is_stamped(tiny_source: Path, tmp_path: Path) -> None:
    path = build_catalog(
        validate(read_workbook(tiny_source)), tmp_path / "v7.catalog", catalog_version=7
    )
    with Repository(path) as repo:
        assert repo.info().catalog_version == 7


def test_invalid_workbook_builds_nothing(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["level"] = "expert"
    result = validate(read_workbook(write_csv_folder(tmp_path / "bad", sheets)))
    with pytest.raises(BuildError, match="the workbook has 1 errors; fix them first"):
        build_catalog(result, tmp_path / "out.catalog")
    assert not (tmp_path / "out.catalog").exists()


def test_failure_midway_leaves_no_file_and_keeps_the_old_one(
    tiny_source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = validate(read_workbook(tiny_source))
    target = build_catalog(result, tmp_path / "current.catalog")
    before = target.read_bytes()

    def explode(self: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(build_module._Writer, "_search_index", explode)
    with pytest.raises(BuildError, match="could not write current.catalog: disk I/O error"):
        build_catalog(result, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current.catalog", "tiny"]


def test_missing_output_folder(tiny_source: Path, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="no such folder"):
        build_catalog(validate(read_workbook(tiny_source)), tmp_path / "nope" / "x.catalog")


def test_catalog_is_opened_read_only(tiny_catalog: Path) -> None:
    before = tiny_catalog.read_bytes()
    with (
        Repository(tiny_catalog) as repo,
        pytest.raises(sqlite3.OperationalError, match="readonly|read-only"),
    ):
        repo._db.execute("DELETE FROM course")
    assert tiny_catalog.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a catalog file"),
        (b"garbage" * 1000, "not a readable catalog"),
    ],
)
def test_non_catalog_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.catalog"
    path.write_bytes(content)
    with pytest.raises(CatalogError, match=message):
        Repository(path)


def test_other_sqlite_files_and_old_schemas_are_refused(tiny_catalog: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(CatalogError, match="not a catalog file"):
        Repository(other)
    newer = tmp_path / "newer.catalog"
    newer.write_bytes(tiny_catalog.read_bytes())
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(
        CatalogError,
        match=f"catalog schema {SCHEMA_VERSION + 1}, this app reads schema {SCHEMA_VERSION}",
    ):
        Repository(newer)


def test_missing_catalog_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no catalog file"):
        Repository(tmp_path / "absent.catalog")


def test_a_file_that_is_not_a_catalog_is_left_alone(tiny_source: Path, tmp_path: Path) -> None:
    result = validate(read_workbook(tiny_source))
    notes = tmp_path / "notes.catalog"
    notes.write_bytes(b"SQLite format 3\x00 but really my notes")
    with pytest.raises(NotACatalogError, match="the file exists and is not a catalog file"):
        build_catalog(result, notes)
    assert notes.read_bytes() == b"SQLite format 3\x00 but really my notes"
    with pytest.raises(BuildError, match="that is a folder"):
        build_catalog(result, tmp_path, force=True)
    with Repository(build_catalog(result, notes, force=True)) as repo:
        assert repo.integrity() == "ok"


def test_the_kiosk_rebuilds_its_own_damaged_sample(tmp_path: Path) -> None:
    store = CatalogStore(tmp_path / "data")
    store.folder.mkdir(parents=True)
    (store.folder / sample_name(SAMPLE_CATALOG_SOURCE)).write_bytes(b"\x00" * 4096)
    with Repository(store.ensure_sample(SAMPLE_CATALOG_SOURCE)) as repo:
        assert repo.integrity() == "ok"
