"""The staff panel names the BLS release and area each catalog's careers' pay comes from."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeKiosk
from tests.gui.test_admin import open_panel, with_pin
from tests.helpers.catalogs import as_before_pay
from tests.helpers.clocks import Clock
from tests.helpers.kiosk import seed_store


def test_the_panel_shows_where_each_catalogs_pay_comes_from(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path, sample_catalog: Path
) -> None:
    older = tmp_path / "older-v2.catalog"
    shutil.copy(sample_catalog, older)
    as_before_pay(older, version=2)
    data = tmp_path / "data0"  # the folder make_kiosk gives its first kiosk
    seed_store(data, sample_catalog)
    seed_store(data, older)
    kiosk = with_pin(make_kiosk, Clock(), seed=False)
    lines = open_panel(qtbot, kiosk).catalog_lines.text().splitlines()
    assert lines[0].startswith("Current: version 2, built ")
    assert lines[1] == "Careers' pay: none from BLS"
    assert lines[2].startswith("Previous: version 1, built ")
    assert lines[3] == "Careers' pay: BLS May 2025, Sacramento-Roseville-Folsom, CA (40900)"
