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
from tests.helpers.catalogs import Sheets, tiny, write_csv_folder
from tests.helpers.oewsfile import extract_rows, write_oews_xlsx

SAMPLE_WAGES = SAMPLE_CATALOG_SOURCE / "wages" / "oews_M2025_sample-extract.csv"
EXTRACT = Path(__file__).parents[1] / "data" / "oews" / "oews-may2025-extract-trimmed.csv"


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
    assert shown == 141
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
    assert db.execute("SELECT count(*) FROM career_pay").fetchone() == (141,)  # untouched


def _careers_for_the_workbook() -> Sheets:
    """The tiny catalog, its careers coded for each of the wage file's cases."""
    sheets = tiny()
    rn, cna, mech = sheets["careers"]
    rn["soc"] = "29-1141.00"
    mech.update(soc="49-3023.00", wage="52,000", wage_source="District survey 2026")
    sheets["careers"] = [rn, cna, mech]
    for code, title, soc in (
        ("CAR-ANESTH", "Anesthesiologist", "29-1211.00"),  # top-coded in the area: #
        ("CAR-FARM", "Farm labor contractor", "13-1074.00"),  # no area row: the state's
        ("CAR-MUSIC", "Musician", "27-2042.00"),  # HOURLY: BLS publishes only hourly pay
        ("CAR-TEACH", "High school teacher", "25-2031.00"),  # ANNUAL: only yearly pay
    ):
        sheets["careers"].append({"code": code, "title": title, "title_es": title, "soc": soc})
    sheets["courses"][0]["careers"] += "; CAR-ANESTH; CAR-TEACH"
    sheets["courses"][1]["careers"] += "; CAR-FARM; CAR-MUSIC"
    sheets["settings"].append({"key": "wage_area", "value": "40900"})
    return sheets


def test_blss_own_workbook_gives_the_careers_pay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = write_csv_folder(tmp_path / "book", _careers_for_the_workbook())
    occupations = ("29-1141", "29-1211", "13-1074", "27-2042", "25-2031", "49-3023")
    wanted = [(area, soc) for area in ("99", "06", "40900") for soc in occupations]
    rows = extract_rows(EXTRACT, wanted) + extract_rows(SAMPLE_WAGES, [("40900", "49-3023")])
    as_text = [("40900", "29-1141")]  # "171,460": figures saved as text with separators
    wages = write_oews_xlsx(tmp_path / "all_data_M_2025.xlsx", rows, as_text=as_text)
    assert main(["validate", str(book), "--wages", str(wages)]) == 0
    out = tmp_path / "district.catalog"
    assert main(["build", str(book), "-o", str(out), "--wages", str(wages)]) == 0
    assert "book: valid, 0 errors, 0 warnings" in capsys.readouterr().out  # every code found
    db = sqlite3.connect(out)
    shown = {
        code: rest
        for code, *rest in db.execute(
            "SELECT k.code, median, median_top, hourly, jobs, scope, place, occupation "
            "FROM career_pay JOIN career k ON k.id = career_id"
        )
    }
    sacramento = "Sacramento-Roseville-Folsom, CA"
    assert shown == {
        "CAR-RN": [171_460.0, 0, 0, 23_590, "area", sacramento, "29-1141"],
        "CAR-ANESTH": [239_200.0, 1, 0, None, "area", sacramento, "29-1211"],
        "CAR-FARM": [85_710.0, 0, 0, None, "state", "California", "13-1074"],
        "CAR-MECH": [52_000.0, 0, 0, None, "typed", "", ""],
        "CAR-MUSIC": [38.63, 0, 1, 110, "area", sacramento, "27-2042"],
        "CAR-TEACH": [105_060.0, 0, 0, 6_040, "area", sacramento, "25-2031"],
    }
    meta = dict(db.execute("SELECT key, value FROM meta WHERE key LIKE 'wage%'").fetchall())
    assert meta == {
        "wage_file": "all_data_M_2025.xlsx",
        "wage_release": "May 2025",
        "wage_area": "40900",
        "wage_area_title": sacramento,
    }


def test_an_area_given_for_the_build_wins_over_the_settings_sheet(tmp_path: Path) -> None:
    validation = validate(read_workbook(SAMPLE_CATALOG_SOURCE))  # its wage_area is 40900
    pay = join_pay(validation, open_wage_file(SAMPLE_WAGES), area="06")
    assert pay is not None and validation.ok
    assert (pay.area, pay.area_title) == ("06", "California")
    assert pay.pay["CAR-RN"].scope == "area" and pay.pay["CAR-RN"].place == "California"
    validation = validate(read_workbook(SAMPLE_CATALOG_SOURCE))
    assert join_pay(validation, open_wage_file(SAMPLE_WAGES), area="12345") is None
    (error,) = validation.errors
    assert 'wage_area "12345" is not an area of oews_M2025_sample-extract.csv' in str(error)
    assert error.row is None  # typed on the command line, not in a row of the workbook


def test_wage_area_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signing_key: Path
) -> None:
    folder = _copy(tmp_path)
    wages = ["--wages", str(SAMPLE_WAGES)]
    assert main(["validate", str(folder), *wages, "--wage-area", "23420"]) == 1
    printed = capsys.readouterr().out
    assert 'wage_area "23420" is not an area of oews_M2025_sample-extract.csv' in printed
    out = tmp_path / "state.catalog"
    assert main(["build", str(folder), "-o", str(out), *wages, "--wage-area", "6"]) == 0
    meta = dict(sqlite3.connect(out).execute("SELECT key, value FROM meta WHERE key LIKE 'wage%'"))
    assert (meta["wage_area"], meta["wage_area_title"]) == ("06", "California")
    publish = ["publish", str(folder), "--key", str(signing_key), "--out", str(tmp_path / "pub")]
    assert main([*publish, *wages, "--wage-area", "06"]) == 0
    published = sqlite3.connect(tmp_path / "pub" / "catalog-v1.catalog")
    assert published.execute("SELECT value FROM meta WHERE key = 'wage_area'").fetchone() == ("06",)
    capsys.readouterr()
    for verb in (["validate", str(folder)], ["build", str(folder), "-o", str(out)], publish):
        assert main([*verb, "--wage-area", "06"]) == 1
        assert (
            "--wage-area needs the wage file: give it with --wages FILE" in capsys.readouterr().out
        )
