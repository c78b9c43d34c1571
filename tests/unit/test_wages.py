"""The area's figure first, then the state's, then the nation's (May 2025 extract, trimmed)."""

from __future__ import annotations

from pathlib import Path

from kiosk.catalog.oews import Pay, read_oews
from kiosk.catalog.wages import areas, pay_for, state_of

EXTRACT = Path(__file__).parents[1] / "data" / "oews" / "oews-may2025-extract-trimmed.csv"


def test_the_area_figure_comes_first() -> None:
    wages = read_oews(EXTRACT)
    found = pay_for("29-1141.00", wages, "40900")  # an O*NET-SOC code reads as its SOC code
    assert found is not None and found.scope == "area"
    assert found.wage.median == Pay(171_460.0) and found.wage.jobs == 23590


def test_a_top_coded_area_figure_is_the_areas_own() -> None:
    found = pay_for("29-1211", read_oews(EXTRACT), "40900")
    assert found is not None and found.scope == "area" and found.wage.median.at_least


def test_an_occupation_the_area_lacks_falls_back_to_the_state_then_the_nation(
    tmp_path: Path,
) -> None:
    wages = read_oews(EXTRACT)
    assert state_of("40900", wages) == "06" and state_of("06", wages) == ""
    farm = pay_for("13-1074", wages, "40900")  # farm labor contractors: no Sacramento row
    assert farm is not None and farm.scope == "state" and farm.wage.median == Pay(85_710.0)
    del wages[("06", "13-1074")]
    farm = pay_for("13-1074", wages, "40900")
    assert farm is not None and farm.scope == "nation" and farm.wage.area_title == "U.S."
    assert pay_for("99-9999", wages, "40900") is None  # never a zero


def test_an_area_row_without_a_median_falls_back(tmp_path: Path) -> None:
    lines = EXTRACT.read_text(encoding="utf-8").splitlines()
    edited = [
        line.replace(",171460,", ",*,") if line.startswith("40900") and "29-1141" in line else line
        for line in lines
    ]
    path = tmp_path / "edited.csv"
    path.write_text("\n".join(edited) + "\n", encoding="utf-8")
    found = pay_for("29-1141", read_oews(path), "40900")
    assert found is not None and found.scope == "state" and found.wage.median == Pay(140_270.0)


def test_the_files_areas_are_named() -> None:
    named = areas(read_oews(EXTRACT))
    assert named["40900"] == "Sacramento-Roseville-Folsom, CA" and named["99"] == "U.S."
    assert set(named) == {"99", "06", "40900", "23420", "31080"}
