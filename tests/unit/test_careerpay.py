"""BLS's figures joined to the careers at build time: the sample's, typed wages, bad areas."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.admin.cli import main
from kiosk.catalog.build import build_catalog
from kiosk.catalog.careerpay import join_pay, open_wage_file, release_in_name
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import SAMPLE_CATALOG_SOURCE

SAMPLE_WAGES = SAMPLE_CATALOG_SOURCE / "wages" / "oews_M2025_sample-extract.csv"


def test_most_sample_careers_get_a_sacramento_or_state_figure(tmp_path: Path) -> None:
    validation = validate(read_workbook(SAMPLE_CATALOG_SOURCE))
    pay = validation.pay = join_pay(validation, open_wage_file(SAMPLE_WAGES))
    assert pay is not None and validation.ok
    careers = validation.records["careers"]
    assert all(r.values.get("soc") for r in careers)  # every sample career has its code
    local = [p for p in pay.pay.values() if p.scope in ("area", "state")]
    share = len(local) / len(careers)
    print(f"sample careers with a Sacramento-area or state figure: {len(local)}/{len(careers)}")
    assert share >= 0.9
    nurses = pay.pay["CAR-RN"]
    assert (nurses.median.amount, nurses.jobs, nurses.scope) == (171_460.0, 23_590, "area")
    assert (pay.release, pay.area, pay.area_title) == (
        "May 2025",
        "40900",
        "Sacramento-Roseville-Folsom, CA",
    )
    target = build_catalog(validation, tmp_path / "s.catalog")
    db = sqlite3.connect(target)
    meta = dict(db.execute("SELECT key, value FROM meta WHERE key LIKE 'wage%'").fetchall())
    assert meta["wage_release"] == "May 2025" and meta["wage_area"] == "40900"
    (rows,) = db.execute("SELECT count(*) FROM career_pay").fetchone()
    assert rows == len(pay.pay)


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "book"
    shutil.copytree(SAMPLE_CATALOG_SOURCE, folder, ignore=shutil.ignore_patterns("wages"))
    return folder


def test_a_typed_wage_wins_over_the_file(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    careers = folder / "careers.csv"
    lines = careers.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("CAR-RN,"))
    assert lines[index].endswith(",29-1141.00,,,,,")
    lines[index] = lines[index].removesuffix(",,,,") + ",150000,District survey 2026,,"
    careers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    validation = validate(read_workbook(folder))
    pay = validation.pay = join_pay(validation, open_wage_file(SAMPLE_WAGES))
    assert pay is not None and "CAR-RN" not in pay.pay
    db = sqlite3.connect(build_catalog(validation, tmp_path / "t.catalog"))
    shown = db.execute(
        "SELECT median, scope, source FROM career_pay JOIN career k ON k.id = career_id "
        "WHERE k.code = 'CAR-RN'"
    ).fetchone()
    assert shown == (150_000.0, "typed", "District survey 2026")


def test_an_area_the_file_lacks_is_an_error_and_a_missing_code_a_warning(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    settings = folder / "settings.csv"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("wage_area,40900,", "wage_area,12345,"),
        encoding="utf-8",
    )
    validation = validate(read_workbook(folder))
    assert join_pay(validation, open_wage_file(SAMPLE_WAGES)) is None
    (error,) = validation.errors
    assert 'wage_area "12345" is not an area of oews_M2025_sample-extract.csv' in str(error)
    assert "40900 Sacramento-Roseville-Folsom, CA" in str(error)
    trimmed = tmp_path / "MSA_M2025_dl.csv"
    lines = SAMPLE_WAGES.read_text(encoding="utf-8").splitlines()
    trimmed.write_text(
        "\n".join(line for line in lines if ",29-1141," not in line) + "\n", encoding="utf-8"
    )
    validation = validate(read_workbook(SAMPLE_CATALOG_SOURCE))
    pay = join_pay(validation, open_wage_file(trimmed))
    assert pay is not None and validation.ok and "CAR-RN" not in pay.pay
    assert any(
        "29-1141.00 is not in MSA_M2025_dl.csv, so this career shows no pay" in str(w)
        for w in validation.warnings
    )


def test_the_release_is_read_from_blss_file_names() -> None:
    assert release_in_name("MSA_M2025_dl.xlsx") == "May 2025"
    assert release_in_name("oesm24ma.zip") == "May 2024"
    assert release_in_name("wages.csv") == ""


def test_staff_give_the_wage_file_to_validate_and_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _copy(tmp_path)
    wages = ["--wages", str(SAMPLE_WAGES)]
    assert main(["validate", str(folder), *wages]) == 0
    out = tmp_path / "district.catalog"
    assert main(["build", str(folder), "-o", str(out), *wages]) == 0
    db = sqlite3.connect(out)
    (shown,) = db.execute("SELECT count(*) FROM career_pay").fetchone()
    assert shown == 142
    settings = folder / "settings.csv"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace("wage_area,40900,", "wage_area,23420,"),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["build", str(folder), "-o", str(out), *wages]) == 1
    printed = capsys.readouterr().out
    assert 'wage_area "23420" is not an area of oews_M2025_sample-extract.csv' in printed
    assert "nothing was built" in printed
    assert db.execute("SELECT count(*) FROM career_pay").fetchone() == (142,)  # untouched
