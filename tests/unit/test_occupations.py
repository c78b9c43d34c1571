"""Careers carry an official occupation code, in the form SOC 2018 or O*NET-SOC give it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog.cells import BadValue, parse
from kiosk.catalog.sheets import SHEETS_BY_NAME
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import SAMPLE_CATALOG_SOURCE

SOC = SHEETS_BY_NAME["careers"].column("soc")


@pytest.mark.parametrize("cell", ["29-1141", "29-1141.00", " 19-1031.03 "])
def test_soc_and_onet_soc_codes_are_read(cell: str) -> None:
    assert SOC is not None and parse(SOC, cell) == cell.strip()


@pytest.mark.parametrize("cell", ["29 1141", "291141", "29-1141.0", "RN", "29-1141-00"])
def test_anything_else_is_refused_with_the_expected_form(cell: str) -> None:
    assert SOC is not None
    with pytest.raises(BadValue) as refused:
        parse(SOC, cell)
    assert "29-1141.00" in str(refused.value.expected)


def test_every_sample_career_has_a_code_and_closest_ones_say_why() -> None:
    careers = validate(read_workbook(SAMPLE_CATALOG_SOURCE)).records["careers"]
    assert len(careers) > 100
    assert [c.values["code"] for c in careers if not c.values.get("soc")] == []
    onet_form = [c for c in careers if str(c.values["soc"]).count(".") == 1]
    assert len(onet_form) == len(careers)  # the sample names O*NET's own codes
    explained = [c for c in careers if c.text("soc_note")]
    assert explained and all(len(c.text("soc_note")) > 20 for c in explained)


def test_the_code_survives_the_catalog_and_its_read_back(tmp_path: Path) -> None:
    from kiosk.catalog.build import build_catalog
    from kiosk.catalog.readback import read_snapshot
    from kiosk.catalog.snapshot import snapshot_of

    result = validate(read_workbook(SAMPLE_CATALOG_SOURCE))
    path = build_catalog(result, tmp_path / "sample.catalog")
    back = read_snapshot(path).sheets["careers"]
    assert back == snapshot_of(result).sheets["careers"]
    assert any(fields.get("soc") == "29-1141.00" for fields in back.values())


def test_a_catalog_built_before_the_code_existed_reads_back_without_it(tmp_path: Path) -> None:
    import sqlite3

    from kiosk.catalog.build import build_catalog
    from kiosk.catalog.readback import read_snapshot
    from kiosk.catalog.repository import Repository

    path = build_catalog(validate(read_workbook(SAMPLE_CATALOG_SOURCE)), tmp_path / "old.catalog")
    with sqlite3.connect(path) as db:  # as an older app built it
        db.execute("ALTER TABLE career DROP COLUMN soc_note")
        db.execute("ALTER TABLE career DROP COLUMN soc")
    db.close()
    careers = read_snapshot(path).sheets["careers"]
    assert careers and all(not fields.get("soc") for fields in careers.values())
    with Repository(path) as repo:  # and the kiosk still shows its careers
        course = repo.course("HS-310", "en")
        assert course is not None and course.careers
