"""The area's figure first, then the state's, then the nation's (May 2025 extract, trimmed)."""

from __future__ import annotations

from pathlib import Path

from kiosk.catalog.oews import Pay, read_oews
from kiosk.catalog.wages import WageTable

EXTRACT = Path(__file__).parents[1] / "data" / "oews" / "oews-may2025-extract-trimmed.csv"


def table() -> WageTable:
    return WageTable(read_oews(EXTRACT))


def test_the_area_figure_comes_first() -> None:
    found = table().pay_for("29-1141.00", "40900")  # an O*NET-SOC code reads as its SOC code
    assert found is not None and found.scope == "area"
    assert found.wage.median == Pay(171_460.0) and found.wage.jobs == 23590


def test_a_top_coded_area_figure_is_the_areas_own() -> None:
    found = table().pay_for("29-1211", "40900")
    assert found is not None and found.scope == "area" and found.wage.median.at_least


def test_an_occupation_the_area_lacks_falls_back_to_the_state_then_the_nation() -> None:
    wages = read_oews(EXTRACT)
    tables = WageTable(wages)
    assert tables.state_of("40900") == "06" and tables.state_of("06") == ""
    farm = tables.pay_for("13-1074", "40900")  # farm labor contractors: no Sacramento row
    assert farm is not None and farm.scope == "state" and farm.wage.median == Pay(85_710.0)
    del wages[("06", "13-1074")]
    farm = WageTable(wages).pay_for("13-1074", "40900")
    assert farm is not None and farm.scope == "nation" and farm.wage.area_title == "U.S."
    assert WageTable(wages).pay_for("99-9999", "40900") is None  # never a zero


def test_an_area_row_without_a_median_falls_back(tmp_path: Path) -> None:
    lines = EXTRACT.read_text(encoding="utf-8").splitlines()
    edited = [
        line.replace(",171460,", ",*,") if line.startswith("40900") and "29-1141" in line else line
        for line in lines
    ]
    path = tmp_path / "edited.csv"
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    found = WageTable(read_oews(path)).pay_for("29-1141", "40900")
    assert found is not None and found.scope == "state" and found.wage.median == Pay(140_270.0)


def test_occupations_bls_publishes_together_take_the_joint_figure() -> None:
    wages = table()
    # Teacher assistants (25-9042) are published with special-education ones as 25-9045.
    aides = wages.pay_for("25-9042.00", "40900")
    assert aides is not None and aides.wage.soc == "25-9045" and aides.scope == "area"
    # Medical technologists (29-2011) only under their broad group, 29-2010.
    lab = wages.pay_for("29-2011.00", "40900")
    assert lab is not None and lab.wage.soc == "29-2010" and lab.scope == "area"
    # An occupation the file holds itself keeps its own code.
    assert wages.published_code("29-1141.00") == "29-1141"
    assert wages.published_code("29-1142") is None  # no row, no neighbour guessed


def test_the_files_areas_are_named() -> None:
    named = table().area_titles()
    assert named["40900"] == "Sacramento-Roseville-Folsom, CA" and named["99"] == "U.S."
    assert set(named) == {"99", "06", "40900", "23420", "31080"}
