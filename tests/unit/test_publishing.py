"""The publishing core that `kiosk-admin publish` and the Catalog window share: the comparison
with what is published, each step's reason for stopping, the guard's hold, and the publish."""

from __future__ import annotations

from pathlib import Path

from kiosk.admin.publishing import (
    compare_with_published,
    finish,
    prepare,
    publish_workbook,
)
from kiosk.catalog.checking import read_and_check
from kiosk.catalog.diff import Shrinkage
from kiosk.catalog.repository import Repository
from kiosk.sync.manifest import MANIFEST_NAME
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.checks import folder_state


def without_a_course(folder: Path) -> Path:
    """The tiny workbook without TR-210 (one of its two courses) and its offering."""
    sheets = tiny()
    sheets["courses"] = [c for c in sheets["courses"] if c["code"] != "TR-210"]
    sheets["offerings"] = [o for o in sheets["offerings"] if o["course"] != "TR-210"]
    sheets["courses"][0]["title"] = "Nursing Basics, renamed"
    return write_csv_folder(folder, sheets)


def test_nothing_published_yet_is_nothing_to_compare(tmp_path: Path) -> None:
    validation = read_and_check(write_csv_folder(tmp_path / "book", tiny()))
    comparison = compare_with_published(validation, tmp_path / "pub")
    assert comparison.published is None and comparison.diff is None
    assert comparison.shrinkage == ()
    assert not comparison.needs_yes


def test_the_comparison_counts_the_changes_and_the_large_removals(
    tmp_path: Path, signing_key: Path
) -> None:
    pub = tmp_path / "pub"
    first = publish_workbook(write_csv_folder(tmp_path / "book", tiny()), pub, signing_key)
    assert first.manifest is not None and first.manifest.catalog_version == 1
    comparison = compare_with_published(read_and_check(without_a_course(tmp_path / "less")), pub)
    assert comparison.published == pub / "catalog-v1.catalog"
    assert comparison.diff is not None
    courses = comparison.diff.sheet("courses")
    assert (courses.added, courses.removed) == ((), ("TR-210",))
    assert [item.key for item in courses.changed] == ["HS-110"]
    assert comparison.diff.sheet("offerings").removed == ("TR-210 / BBB / school_year",)
    # One of two courses and one of three offerings: both more than a fifth.
    assert comparison.shrinkage == (Shrinkage("courses", 1, 2), Shrinkage("offerings", 1, 3))
    assert comparison.needs_yes


def test_the_guard_holds_until_yes_and_then_publishes_what_was_compared(
    tmp_path: Path, signing_key: Path
) -> None:
    pub = tmp_path / "pub"
    assert publish_workbook(write_csv_folder(tmp_path / "book", tiny()), pub, signing_key).manifest
    before = folder_state(pub)
    prepared = prepare(without_a_course(tmp_path / "less"), pub, signing_key)
    assert prepared.key is not None and prepared.valid and prepared.courses == 1
    held = finish(prepared)
    assert held.held and held.manifest is None
    assert folder_state(pub) == before
    done = finish(prepared, yes=True)
    assert not done.held
    assert done.manifest is not None and done.manifest.catalog_version == 2
    with Repository(pub / done.manifest.file) as repo:
        assert repo.count("course") == 1


def test_an_unreadable_published_catalog_needs_yes(tmp_path: Path, signing_key: Path) -> None:
    pub = tmp_path / "pub"
    book = write_csv_folder(tmp_path / "book", tiny())
    assert publish_workbook(book, pub, signing_key).manifest
    (pub / "catalog-v1.catalog").unlink()
    comparison = compare_with_published(read_and_check(book), pub)
    assert comparison.diff is None
    assert comparison.unreadable == "the published catalog-v1.catalog is missing"
    assert comparison.needs_yes


def test_each_step_says_why_it_stopped(tmp_path: Path, signing_key: Path) -> None:
    book = write_csv_folder(tmp_path / "book", tiny())
    inside = prepare(book, book / "out", signing_key)
    assert inside.clash == "inside the workbook's CSV folder"
    assert inside.validation is None  # the workbook is not even read
    assert "not a signing key" in prepare(book, tmp_path / "pub", book / "courses.csv").key_problem
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert "isn't a valid Excel workbook" in prepare(broken, tmp_path / "pub", None).unreadable
    sheets = tiny()
    sheets["courses"][0]["level"] = "expert"
    invalid = prepare(write_csv_folder(tmp_path / "bad", sheets), tmp_path / "pub", signing_key)
    assert invalid.validation is not None and not invalid.valid
    assert finish(invalid) == invalid  # nothing to publish
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / MANIFEST_NAME).write_text("not ours")
    unreadable = prepare(book, tmp_path / "junk", signing_key)
    assert unreadable.failed.startswith(f"{tmp_path / 'junk' / MANIFEST_NAME}: cannot read")
    assert finish(unreadable, yes=True).manifest is None


def test_a_preview_without_a_key_cannot_be_published(tmp_path: Path) -> None:
    preview = prepare(write_csv_folder(tmp_path / "book", tiny()), tmp_path / "pub", None)
    assert preview.comparison is not None and preview.key is None
    assert finish(preview).failed == "no signing key was given"
    assert not (tmp_path / "pub").exists()
