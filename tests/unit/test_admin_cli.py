"""kiosk-admin template / validate / build: exit codes, messages, and the one summary line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.admin.cli import main
from kiosk.catalog.repository import Repository
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from tests.helpers.catalogs import tiny, write_csv_folder


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
        "sample.catalog: built catalog version 3 (15 sectors, 58 pathways, 86 courses, 10 schools, "
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
    assert courses["A2"].number_format == "@"  # codes stay text
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


@pytest.mark.parametrize("verb", ["template", "validate", "build"])
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


def test_screenshots_of_every_screen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "shots"
    code, lines = run(capsys, "screenshots", str(out), "--lang", "es", "--size", "1366x768")
    assert (code, lines) == (0, ["shots: 16 screenshots written"])
    pictures = sorted(p.name for p in out.glob("*.png"))
    assert pictures[0] == "01-attract-es-1366x768.png"
    assert "11-counselor-es-1366x768.png" in pictures
    assert pictures[-1] == "16-admin-panel-es-1366x768.png"
    image = QImage(str(out / "02-home-es-1366x768.png"))
    assert (image.width(), image.height()) == (1366, 768)


def test_screenshots_refuses_a_bad_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(capsys, "screenshots", str(tmp_path), "--size", "big")
    assert code == 1
    assert lines == ["screenshots: NOT written: --size 'big' is not WIDTHxHEIGHT (e.g. 1920x1080)"]
