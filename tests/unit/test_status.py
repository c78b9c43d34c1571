"""`kiosk-admin status` names the BLS release and area each catalog's careers' pay comes from,
and says so when a catalog has none (built without a wage file, or before pay existed)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kiosk.admin.cli import main
from kiosk.sync.status import status_report
from kiosk.sync.store import CatalogStore
from tests.helpers.catalogs import as_before_pay

SACRAMENTO = "Sacramento-Roseville-Folsom, CA"


@pytest.fixture
def data(tmp_path: Path, sample_catalog: Path) -> Path:
    """A kiosk's data folder: now on an older-style catalog (version 2, no wage meta), with
    the sample as built with its wage file (version 1) as the previous one."""
    store = CatalogStore(tmp_path / "data")
    store.folder.mkdir(parents=True)
    shutil.copy(sample_catalog, store.folder / "paid-v1.catalog")
    shutil.copy(sample_catalog, store.folder / "older-v2.catalog")
    as_before_pay(store.folder / "older-v2.catalog", version=2)
    store.switch_to("paid-v1.catalog")
    store.switch_to("older-v2.catalog")
    return tmp_path / "data"


def test_status_says_where_each_catalogs_pay_comes_from(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--data-dir", str(data)]) == 0
    current, previous = capsys.readouterr().out.splitlines()[:2]
    assert current.startswith("current: version 2 (sample), built ")
    assert current.endswith("; pay: none joined")
    assert previous.startswith("previous: version 1 (sample), built ")
    assert previous.endswith(f"; pay: BLS May 2025, {SACRAMENTO} (40900)")


def test_status_json_gives_the_release_and_the_areas_code_and_title(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--data-dir", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    paid, older = report["previous"], report["current"]
    assert (paid["version"], paid["wage_release"]) == (1, "May 2025")
    assert (paid["wage_area"], paid["wage_area_title"]) == ("40900", SACRAMENTO)
    assert (older["version"], older["wage_release"]) == (2, "")
    assert older["wage_area"] == older["wage_area_title"] == ""


def test_the_pay_source_reads_as_staff_see_it(data: Path) -> None:
    report = status_report(CatalogStore(data), 60)
    assert report.previous is not None and report.current is not None
    assert report.previous.pay_source == f"BLS May 2025, {SACRAMENTO} (40900)"
    assert report.current.pay_source == ""
