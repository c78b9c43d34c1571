"""Comparing catalogs: workbooks and built files read alike, `kiosk-admin diff` lists what
staff changed, sheet by sheet, in lines and in JSON, and publish refuses what it cannot check."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.admin.cli import main
from kiosk.catalog.build import build_catalog
from kiosk.catalog.diff import Shrinkage, compare, large_removals
from kiosk.catalog.identify import folder_overlap, is_catalog_file, overlap
from kiosk.catalog.readback import read_snapshot
from kiosk.catalog.repository import Repository
from kiosk.catalog.snapshot import Collector, snapshot_of
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from tests.helpers.catalogs import read_csv_folder, tiny, write_csv_folder, write_xlsx
from tests.helpers.checks import folder_state

EDIT_LINES = [
    "courses: removed AG-310",
    'courses: changed AG-110 title: "Introduction to Animal Science" -> "Animal Science Basics"',
    'courses: changed AG-110 title_es: "Introducción a la ciencia animal" -> '
    '"Ciencia animal básica"',
    "offerings: added AG-110 / CKM / school_year",
    "offerings: removed AG-310 / HJHS / school_year",
]
EDIT_SUMMARY = [
    "courses: 0 added, 1 removed, 1 changed",
    "offerings: 1 added, 1 removed, 0 changed",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().out.splitlines()


def edited_sample(folder: Path) -> Path:
    """A copy of the sample with one course gone (and its offering), one course retitled in
    English and Spanish, and one offering added."""
    sheets = read_csv_folder(SAMPLE_CATALOG_SOURCE)
    sheets["courses"] = [c for c in sheets["courses"] if c["code"] != "AG-310"]
    sheets["offerings"] = [o for o in sheets["offerings"] if o["course"] != "AG-310"]
    course = next(c for c in sheets["courses"] if c["code"] == "AG-110")
    course["title"], course["title_es"] = "Animal Science Basics", "Ciencia animal básica"
    sheets["offerings"].append({"course": "AG-110", "school": "CKM", "term": "school_year"})
    return write_csv_folder(folder, sheets)


def built(source: Path, target: Path) -> Path:
    result = validate(read_workbook(source))
    assert result.ok, [str(p) for p in result.errors]
    return build_catalog(result, target)


def test_the_sample_and_its_built_catalog_read_the_same(sample_catalog: Path) -> None:
    # The proof that the workbook reader and the catalog reader normalise alike.
    from_workbook = snapshot_of(validate(read_workbook(SAMPLE_CATALOG_SOURCE)))
    from_file = read_snapshot(sample_catalog)
    assert from_file == from_workbook
    assert len(from_file.items("courses")) == 91
    assert not compare(from_workbook, from_file).differs
    assert not compare(from_file, from_workbook).differs


def test_defaults_the_build_fills_in_and_xlsx_cells_read_the_same(tmp_path: Path) -> None:
    # tiny() leaves icons and some school fields empty; the build stores the icon's default.
    source = write_csv_folder(tmp_path / "tiny", tiny())
    from_workbook = snapshot_of(validate(read_workbook(source)))
    assert from_workbook.items("sectors")["HS"]["icon"] == "hs"
    assert read_snapshot(built(source, tmp_path / "tiny.catalog")) == from_workbook
    xlsx = write_xlsx(tmp_path / "tiny.xlsx", tiny())
    assert snapshot_of(validate(read_workbook(xlsx))) == from_workbook


def test_diff_lists_each_change_then_one_count_per_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write_csv_folder(tmp_path / "old", read_csv_folder(SAMPLE_CATALOG_SOURCE))
    new = edited_sample(tmp_path / "new")
    code, lines = run(capsys, "diff", str(old), str(new))
    assert code == 0
    assert lines == EDIT_LINES + EDIT_SUMMARY


def test_diff_between_a_workbook_and_a_built_catalog_either_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample_catalog: Path
) -> None:
    new_catalog = built(edited_sample(tmp_path / "new"), tmp_path / "new.catalog")
    code, lines = run(capsys, "diff", str(SAMPLE_CATALOG_SOURCE), str(new_catalog))
    assert (code, lines) == (0, EDIT_LINES + EDIT_SUMMARY)
    code, lines = run(capsys, "diff", str(tmp_path / "new"), str(sample_catalog))
    assert code == 0
    assert lines == [
        "courses: added AG-310",
        'courses: changed AG-110 title: "Animal Science Basics" -> '
        '"Introduction to Animal Science"',
        'courses: changed AG-110 title_es: "Ciencia animal básica" -> '
        '"Introducción a la ciencia animal"',
        "offerings: added AG-310 / HJHS / school_year",
        "offerings: removed AG-110 / CKM / school_year",
        "courses: 1 added, 0 removed, 1 changed",
        "offerings: 1 added, 1 removed, 0 changed",
    ]


def test_diff_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(
        capsys, "diff", "--json", str(SAMPLE_CATALOG_SOURCE), str(edited_sample(tmp_path / "new"))
    )
    assert code == 0
    report = json.loads("\n".join(lines))
    assert report["changes"] is True
    assert list(report["sheets"]) == [
        "sectors",
        "pathways",
        "courses",
        "schools",
        "offerings",
        "careers",
        "interests",
        "quiz",
        "faq",
        "settings",
    ]
    assert report["sheets"]["courses"] == {
        "added": [],
        "removed": ["AG-310"],
        "changed": [
            {
                "key": "AG-110",
                "fields": [
                    {
                        "field": "title",
                        "old": "Introduction to Animal Science",
                        "new": "Animal Science Basics",
                    },
                    {
                        "field": "title_es",
                        "old": "Introducción a la ciencia animal",
                        "new": "Ciencia animal básica",
                    },
                ],
            }
        ],
        "counts": {"added": 0, "removed": 1, "changed": 1},
    }
    assert report["sheets"]["offerings"]["counts"] == {"added": 1, "removed": 1, "changed": 0}
    assert report["sheets"]["careers"] == {
        "added": [],
        "removed": [],
        "changed": [],
        "counts": {"added": 0, "removed": 0, "changed": 0},
    }


def test_no_changes_is_one_line(capsys: pytest.CaptureFixture[str], sample_catalog: Path) -> None:
    code, lines = run(capsys, "diff", str(sample_catalog), str(SAMPLE_CATALOG_SOURCE))
    assert (code, lines) == (0, ["no changes"])
    code, lines = run(capsys, "diff", "--json", str(sample_catalog), str(sample_catalog))
    assert code == 0 and json.loads("\n".join(lines))["changes"] is False


def test_faq_settings_and_plain_values_are_keyed_and_shown_as_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = tiny()
    sheets["faq"][0]["answer_es"] = "Clases gratis."
    sheets["faq"][1]["question"] = "Equal access"
    sheets["settings"][0]["value"] = 'The "Test" District'
    sheets["courses"][0]["hs_credits"] = "7.5"
    sheets["courses"][0]["cve"] = "yes"
    sheets["courses"][0]["careers"] = "CAR-CNA; CAR-RN; CAR-CNA"
    sheets["interests"][1]["pathways"] = "HS-PC:1; TR-SDSR:2"
    new = write_csv_folder(tmp_path / "new", sheets)
    code, lines = run(capsys, "diff", str(write_csv_folder(tmp_path / "old", tiny())), str(new))
    assert code == 0
    assert lines == [
        'courses: changed HS-110 hs_credits: "10" -> "7.5"',
        'courses: changed HS-110 cve: "no" -> "yes"',
        'courses: changed HS-110 careers: "CAR-RN; CAR-CNA" -> "CAR-CNA; CAR-RN"',
        'interests: changed INT-CARS pathways: "TR-SDSR:3; HS-PC:1" -> "TR-SDSR:2; HS-PC:1"',
        "faq: added notice / Equal access",
        "faq: removed notice / Nondiscrimination",
        'faq: changed faq / What is it? answer_es: "Clases sin costo." -> "Clases gratis."',
        'settings: changed district value: "Test Unified" -> "The \\"Test\\" District"',
        "courses: 0 added, 0 removed, 1 changed",
        "interests: 0 added, 0 removed, 1 changed",
        "faq: 1 added, 1 removed, 1 changed",
        "settings: 0 added, 0 removed, 1 changed",
    ]


def test_diff_refuses_what_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample_catalog: Path
) -> None:
    sheets = tiny()
    sheets["courses"][0]["grade_min"] = "99"
    bad = write_csv_folder(tmp_path / "bad", sheets)
    code, lines = run(capsys, "diff", str(sample_catalog), str(bad))
    assert code == 1
    assert lines[-1] == "bad: NOT valid, 1 error, 0 warnings; nothing was compared"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    code, lines = run(capsys, "diff", str(other), str(sample_catalog))
    assert (code, lines) == (1, ["other.db: NOT compared: a database file, but not a catalog file"])
    code, lines = run(capsys, "diff", str(sample_catalog), str(tmp_path / "nope.xlsx"))
    assert code == 1
    assert lines == [f"nope.xlsx: NOT compared: {tmp_path / 'nope.xlsx'}: no such file or folder"]


def test_a_catalog_is_known_by_its_header_not_its_name(
    tmp_path: Path, sample_catalog: Path
) -> None:
    renamed = tmp_path / "catalog.xlsx"
    renamed.write_bytes(sample_catalog.read_bytes())
    assert is_catalog_file(renamed)
    other = tmp_path / "other.catalog"
    with sqlite3.connect(other) as db:
        db.execute("PRAGMA application_id = 1")
        db.execute("CREATE TABLE t (x)")
    db.close()
    notes = tmp_path / "notes.catalog"
    notes.write_text("SQLite format 3")
    (tmp_path / "empty.catalog").write_bytes(b"")
    assert not is_catalog_file(other)
    assert not is_catalog_file(notes)
    assert not is_catalog_file(tmp_path / "empty.catalog")
    assert not is_catalog_file(tmp_path)
    assert not is_catalog_file(tmp_path / "missing.catalog")


def test_an_output_may_not_be_the_workbook_or_lie_in_its_folder(tmp_path: Path) -> None:
    book = tmp_path / "book"
    book.mkdir()
    xlsx = tmp_path / "mine.xlsx"
    xlsx.write_bytes(b"x")
    assert overlap(xlsx, xlsx) == "the workbook itself"
    assert overlap(tmp_path / "." / "mine.xlsx", xlsx) == "the workbook itself"
    assert overlap(book, book) == "the workbook folder itself"
    assert overlap(book / "courses.csv", book) == "inside the workbook's CSV folder"
    assert overlap(book / "out" / "x.catalog", book) == "inside the workbook's CSV folder"
    assert overlap(tmp_path / "x.catalog", book) is None
    assert overlap(tmp_path / "x.catalog", xlsx) is None


def test_an_output_reached_by_another_name_is_still_the_workbook(tmp_path: Path) -> None:
    # A hard link stands in for a UNC path vs its mapped drive, or an 8.3 short name: another
    # path string, the same file.
    book = tmp_path / "book"
    book.mkdir()
    (book / "courses.csv").write_text("code\n")
    xlsx = tmp_path / "mine.xlsx"
    xlsx.write_bytes(b"x")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.link(xlsx, elsewhere / "linked.xlsx")
    os.link(book / "courses.csv", elsewhere / "courses-link.csv")
    assert overlap(elsewhere / "linked.xlsx", xlsx) == "the workbook itself"
    assert overlap(elsewhere / "courses-link.csv", book) == "inside the workbook's CSV folder"
    assert overlap(book / ".." / "x.catalog", book) is None
    assert overlap(elsewhere / "x.catalog", book) is None


def test_a_publish_folder_may_not_hold_the_workbook_file(tmp_path: Path) -> None:
    xlsx = tmp_path / "mine.xlsx"
    xlsx.write_bytes(b"x")
    book = write_csv_folder(tmp_path / "book", tiny())
    assert folder_overlap(tmp_path, xlsx) == "the folder that holds the workbook"
    assert (
        folder_overlap(tmp_path / "." / "sub" / "..", xlsx) == "the folder that holds the workbook"
    )
    assert folder_overlap(xlsx, xlsx) == "the workbook itself"
    assert folder_overlap(book / "pub", book) == "inside the workbook's CSV folder"
    assert folder_overlap(tmp_path / "pub", xlsx) is None
    assert folder_overlap(tmp_path / "pub", book) is None


def snapshot_with(courses: int) -> Collector:
    collector = Collector()
    for n in range(courses):
        collector.add("courses", [f"C-{n}"], {"title": f"Course {n}"})
    return collector


def test_removing_more_than_a_fifth_is_flagged_and_a_fifth_is_not() -> None:
    old = snapshot_with(10).snapshot()
    assert large_removals(compare(old, snapshot_with(8).snapshot())) == ()
    assert large_removals(compare(old, snapshot_with(7).snapshot())) == (
        Shrinkage("courses", 3, 10),
    )
    assert large_removals(compare(Collector().snapshot(), old)) == ()


def test_publish_refuses_to_remove_more_than_a_fifth_without_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    pub = tmp_path / "pub"
    publish = ["publish", "--key", str(signing_key), "--out", str(pub)]
    assert run(capsys, *publish, str(SAMPLE_CATALOG_SOURCE))[0] == 0
    sheets = read_csv_folder(SAMPLE_CATALOG_SOURCE)
    sheets["offerings"] = sheets["offerings"][:150]  # as if Excel stopped saving at row 151
    half_saved = write_csv_folder(tmp_path / "half", sheets)
    before = folder_state(pub)
    code, lines = run(capsys, *publish, str(half_saved))
    assert code == 1
    assert lines == [
        "publish: changes from the published catalog-v1.catalog:",
        "offerings: 0 added, 77 removed, 0 changed",
        "publish: NOT published: this catalog removes 77 of 227 offerings (more than a fifth); "
        "a half-saved workbook is the usual cause. Check it with kiosk-admin diff, then publish "
        "again with --yes if it is right",
    ]
    assert folder_state(pub) == before
    code, lines = run(capsys, *publish, str(half_saved), "--yes")
    assert code == 0
    assert lines[1] == "offerings: 0 added, 77 removed, 0 changed"
    assert lines[2].startswith("publish: catalog version 2 (")
    with Repository(pub / "catalog-v2.catalog") as repo:
        assert repo.count("offering") == 150


def test_publish_removing_a_fifth_or_less_needs_no_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    pub = tmp_path / "pub"
    publish = ["publish", "--key", str(signing_key), "--out", str(pub)]
    assert run(capsys, *publish, str(SAMPLE_CATALOG_SOURCE))[0] == 0
    sheets = read_csv_folder(SAMPLE_CATALOG_SOURCE)
    sheets["offerings"] = sheets["offerings"][:182]  # 45 of 227 removed: not more than a fifth
    code, lines = run(capsys, *publish, str(write_csv_folder(tmp_path / "fewer", sheets)))
    assert code == 0
    assert lines[1] == "offerings: 0 added, 45 removed, 0 changed"


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        (Path.unlink, "the published catalog-v1.catalog is missing"),
        (
            lambda p: p.write_text("overwritten by accident"),
            "the published catalog-v1.catalog: not a readable catalog (file is not a database)",
        ),
    ],
    ids=["missing", "unreadable"],
)
def test_publish_needs_yes_when_the_published_catalog_cannot_be_compared(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    signing_key: Path,
    damage: Callable[[Path], object],
    why: str,
) -> None:
    pub = tmp_path / "pub"
    publish = ["publish", str(write_csv_folder(tmp_path / "book", tiny()))]
    publish += ["--key", str(signing_key), "--out", str(pub)]
    assert run(capsys, *publish)[0] == 0
    damage(pub / "catalog-v1.catalog")
    before = folder_state(pub)
    code, lines = run(capsys, *publish)
    assert (code, lines) == (
        1,
        [
            f"publish: NOT published: {why}, so what this removes cannot be checked; publish "
            "again with --yes if it is right"
        ],
    )
    assert folder_state(pub) == before
    code, lines = run(capsys, *publish, "--yes")
    assert code == 0
    assert lines[0] == f"publish: nothing to compare: {why}"
    assert lines[1].startswith("publish: catalog version 2 (")
    with Repository(pub / "catalog-v2.catalog") as repo:
        assert repo.count("course") == len(tiny()["courses"])
