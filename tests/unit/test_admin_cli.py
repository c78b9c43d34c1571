"""kiosk-admin template / validate / build / publish: exit codes, messages, the one summary line,
and never a staff file overwritten."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.admin.cli import main
from kiosk.catalog.repository import Repository
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from kiosk.sync.listpage import page_files
from tests.helpers.catalogs import tiny, write_csv_folder, write_xlsx
from tests.helpers.checks import folder_state


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().out.splitlines()


def test_validate_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(capsys, "validate", str(SAMPLE_CATALOG_SOURCE))
    assert code == 0
    assert lines[-1] == "sample-catalog: valid, 0 errors, 0 warnings"


def test_validate_lists_every_error_then_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = tiny()
    sheets["courses"][0]["level"] = "expert"
    sheets["offerings"][1]["school"] = "NOPE"
    sheets["courses"][0]["room"] = "7"
    code, lines = run(capsys, "validate", str(write_csv_folder(tmp_path / "book", sheets)))
    assert code == 1
    assert lines[:2] == [
        'courses, row 2, column "level": "expert" is not a valid level (expected one of: '
        "introductory, concentrator, capstone)",
        'offerings, row 3, column "school": unknown school "NOPE" (expected a code from the '
        "schools sheet)",
    ]
    assert lines[2].startswith('warning: courses, row 1, column "room": unknown column')
    assert lines[-1] == "book: NOT valid, 2 errors, 1 warning"


def test_validate_a_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "catalog.xlsx"
    bad.write_bytes(b"not a zip")
    code, lines = run(capsys, "validate", str(bad))
    assert code == 1
    assert lines == [
        "catalog.xlsx: NOT valid: catalog.xlsx: this file isn't a valid Excel "
        "workbook; open it in Excel and save it again as .xlsx"
    ]


def test_build_the_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sample.catalog"
    code, lines = run(
        capsys, "build", str(SAMPLE_CATALOG_SOURCE), "-o", str(out), "--catalog-version", "3"
    )
    assert code == 0
    assert lines[-1].startswith(
        "sample.catalog: built catalog version 3 (15 sectors, 58 pathways, 91 courses, 11 schools, "
    )
    with Repository(out) as repo:
        assert repo.info().catalog_version == 3


def test_build_refuses_an_invalid_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = tiny()
    sheets["courses"][0]["grade_min"] = "99"
    out = tmp_path / "x.catalog"
    code, lines = run(
        capsys, "build", str(write_csv_folder(tmp_path / "book", sheets)), "-o", str(out)
    )
    assert code == 1
    assert lines[-1] == "book: NOT valid, 1 error, 0 warnings; nothing was built"
    assert not out.exists()


def test_template_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "catalog.xlsx"
    code, lines = run(capsys, "template", str(out))
    assert (code, lines) == (0, ["catalog.xlsx: template written"])
    book = load_workbook(out)
    assert book.sheetnames[0] == "instructions"
    assert book.sheetnames[1:] == [
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
    courses = book["courses"]
    headers = [c.value for c in courses[1]]
    assert headers[:4] == ["code", "pathway", "title", "title_es"]
    assert courses.column_dimensions["A"].number_format == "@"  # codes stay text, every row
    rules = {str(r.sqref): r.formula1 for r in courses.data_validations.dataValidation}
    level_col = courses.cell(row=1, column=headers.index("level") + 1).column_letter
    assert rules[f"{level_col}2:{level_col}20000"] == '"introductory,concentrator,capstone"'
    assert courses.freeze_panes == "A2"
    # The empty template reads back as a workbook with no rows, not as a broken file.
    code, lines = run(capsys, "validate", str(out))
    assert code == 1
    assert "courses: sheet has 0 rows (expected at least 1)" in lines


def test_template_will_not_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "catalog.xlsx"
    out.write_text("precious")
    code, lines = run(capsys, "template", str(out))
    assert code == 1 and out.read_text() == "precious"
    assert lines == ["catalog.xlsx: NOT written: the file exists (use --force to replace it)"]


@pytest.mark.parametrize("verb", ["template", "validate", "build", "diff", "publish"])
def test_every_verb_has_help(verb: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([verb, "--help"])
    assert exit_info.value.code == 0
    assert f"usage: kiosk-admin {verb}" in capsys.readouterr().out


def test_installed_command_exit_codes(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("kiosk-admin")
    ok = subprocess.run(
        [script, "validate", SAMPLE_CATALOG_SOURCE], capture_output=True, text=True, check=False
    )
    assert ok.returncode == 0, ok.stderr
    missing = subprocess.run(
        [script, "validate", tmp_path / "nope.xlsx"], capture_output=True, text=True, check=False
    )
    assert missing.returncode == 1
    assert "Traceback" not in missing.stdout + missing.stderr
    assert missing.stdout.strip().endswith("no such file or folder")


def test_screenshots_refuses_a_bad_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(capsys, "screenshots", str(tmp_path), "--size", "big")
    assert code == 1
    assert lines == ["screenshots: NOT written: --size 'big' is not WIDTHxHEIGHT (e.g. 1920x1080)"]


def test_build_refuses_to_write_over_its_own_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = write_xlsx(tmp_path / "mine.xlsx", tiny())
    before = book.read_bytes()
    code, lines = run(capsys, "build", str(book), "-o", str(tmp_path / "." / "mine.xlsx"))
    assert (code, lines) == (
        1,
        ["mine.xlsx: NOT built: the output is the workbook itself; give another file name with -o"],
    )
    code, lines = run(capsys, "build", str(book), "-o", str(book), "--force")
    assert code == 1  # --force never means "replace the workbook"
    assert book.read_bytes() == before


def test_build_knows_its_workbook_by_another_name_even_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A hard link stands in for a UNC path vs its mapped drive, or an 8.3 short name.
    book = write_xlsx(tmp_path / "mine.xlsx", tiny())
    before = book.read_bytes()
    (tmp_path / "other").mkdir()
    link = tmp_path / "other" / "copy.xlsx"
    os.link(book, link)
    code, lines = run(capsys, "build", str(book), "-o", str(link), "--force")
    assert (code, lines) == (
        1,
        ["copy.xlsx: NOT built: the output is the workbook itself; give another file name with -o"],
    )
    assert book.read_bytes() == before
    assert link.read_bytes() == before
    assert book.stat().st_nlink == 2  # still one file: nothing was written over the link


def test_build_refuses_an_output_in_the_csv_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = write_csv_folder(tmp_path / "book", tiny())
    courses = (book / "courses.csv").read_bytes()
    for target in (book / "courses.csv", book / "out.catalog", book):
        code, lines = run(capsys, "build", str(book), "-o", str(target), "--force")
        assert code == 1
        assert lines[0].startswith(f"{target.name}: NOT built: the output is ")
    assert lines == [
        "book: NOT built: the output is the workbook folder itself; give another file name with -o"
    ]
    assert (book / "courses.csv").read_bytes() == courses
    assert sorted(p.name for p in book.iterdir()) == sorted(f"{s}.csv" for s in tiny())


def test_build_replaces_a_catalog_but_not_another_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = write_csv_folder(tmp_path / "book", tiny())
    notes = tmp_path / "notes.txt"
    notes.write_text("room numbers for next year\n")
    before = notes.read_bytes()
    code, lines = run(capsys, "build", str(book), "-o", str(notes))
    assert (code, lines) == (
        1,
        [
            "notes.txt: NOT built: the file exists and is not a catalog file; "
            "choose another name or use --force"
        ],
    )
    assert notes.read_bytes() == before
    out = tmp_path / "tiny.catalog"
    assert run(capsys, "build", str(book), "-o", str(out))[0] == 0
    assert run(capsys, "build", str(book), "-o", str(out), "--catalog-version", "2")[0] == 0
    with Repository(out) as repo:
        assert repo.info().catalog_version == 2
    assert run(capsys, "build", str(book), "-o", str(notes), "--force")[0] == 0
    with Repository(notes) as repo:
        assert repo.integrity() == "ok"


def test_first_publish_has_nothing_to_compare(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    pub = tmp_path / "pub"
    code, lines = run(
        capsys, "publish", str(SAMPLE_CATALOG_SOURCE), "--key", str(signing_key), "--out", str(pub)
    )
    assert code == 0
    assert lines[0] == f"publish: nothing to compare: no catalog is published in {pub} yet"
    assert lines[1].startswith("publish: catalog version 1 (")
    page = sum(p.stat().st_size for p in page_files(pub, 1))
    assert lines[2] == (
        f"publish: the list page and its data (5 files, {page:,} bytes): set qr_base_url on "
        "the settings sheet to the folder's public address, and the kiosk's QR code opens it"
    )
    code, lines = run(
        capsys, "publish", str(SAMPLE_CATALOG_SOURCE), "--key", str(signing_key), "--out", str(pub)
    )
    assert code == 0
    assert lines[:2] == ["publish: changes from the published catalog-v1.catalog:", "no changes"]
    assert lines[2].startswith("publish: catalog version 2 (")


def test_publish_names_the_list_page_the_qr_code_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    sheets = tiny()
    sheets["settings"] = [s for s in sheets["settings"] if s["key"] != "qr_base_url"]
    sheets["settings"].append({"key": "qr_base_url", "value": "https://cte.example.org/kiosk/"})
    book, pub = write_csv_folder(tmp_path / "book", sheets), tmp_path / "pub"
    code, lines = run(capsys, "publish", str(book), "--key", str(signing_key), "--out", str(pub))
    assert code == 0
    assert lines[-1].endswith(": the kiosk's QR code opens https://cte.example.org/kiosk/list.html")
    assert (pub / "list.html").is_file()


def test_publish_never_writes_into_the_workbook_or_over_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    book = write_csv_folder(tmp_path / "book", tiny())
    before = folder_state(book)
    for out in (book, book / "pub"):
        code, lines = run(
            capsys, "publish", str(book), "--key", str(signing_key), "--out", str(out)
        )
        assert code == 1
        assert lines[0].startswith("publish: NOT published: the publish folder is ")
    assert lines == [
        "publish: NOT published: the publish folder is inside the workbook's CSV folder; "
        "give another with --out"
    ]
    assert folder_state(book) == before
    pub = tmp_path / "pub"
    pub.mkdir()
    (pub / "catalog-v1.catalog").write_text("my notes, not a catalog")
    (pub / "catalog-vold.catalog").write_text("older notes")
    code, lines = run(capsys, "publish", str(book), "--key", str(signing_key), "--out", str(pub))
    assert (code, lines) == (
        1,
        [
            f"publish: nothing to compare: no catalog is published in {pub} yet",
            f"publish: NOT published: catalog-v1.catalog in {pub} exists and is not a catalog "
            "file; move it away first",
        ],
    )
    (pub / "catalog-v1.catalog").unlink()
    code, lines = run(capsys, "publish", str(book), "--key", str(signing_key), "--out", str(pub))
    assert code == 0
    assert (pub / "catalog-vold.catalog").read_text() == "older notes"  # not swept away as old


def test_publish_never_replaces_a_manifest_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    pub = tmp_path / "pub"
    pub.mkdir()
    (pub / "manifest.json").write_text("a list, not a manifest")
    before = folder_state(pub)
    code, lines = run(
        capsys,
        "publish",
        str(write_csv_folder(tmp_path / "book", tiny())),
        "--key",
        str(signing_key),
        "--out",
        str(pub),
    )
    assert code == 1
    assert lines[-1].startswith(f"publish: NOT published: {pub / 'manifest.json'}: cannot read")
    assert folder_state(pub) == before


def test_publish_refuses_the_workbook_file_and_the_folder_that_holds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    staff = tmp_path / "staff"
    staff.mkdir()
    book = write_xlsx(staff / "catalog.xlsx", tiny())
    before = folder_state(staff)
    publish = ["publish", str(book), "--key", str(signing_key), "--out"]
    code, lines = run(capsys, *publish, str(staff))
    assert (code, lines) == (
        1,
        [
            "publish: NOT published: the publish folder is the folder that holds the workbook; "
            "give another with --out"
        ],
    )
    code, lines = run(capsys, *publish, str(book))
    assert (code, lines) == (
        1,
        [
            "publish: NOT published: the publish folder is the workbook itself; "
            "give another with --out"
        ],
    )
    assert folder_state(staff) == before
    assert run(capsys, *publish, str(tmp_path / "pub"))[0] == 0
