"""Which BLS figure a career shows: its area's, else its state's, else the nation's.

A figure counts as published when BLS gives a median, or says it is at the top of its range;
an area row with no median (`*`) falls back like a missing row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kiosk.catalog.oews import NATION, STATE, OccupationWage

Wages = dict[tuple[str, str], OccupationWage]


@dataclass(frozen=True)
class Found:
    wage: OccupationWage
    scope: str  # "area", "state" or "nation": where the figure is from


def pay_for(soc: str, wages: Wages, area: str) -> Found | None:
    """The figure for occupation `soc` (SOC 2018, or O*NET-SOC whose first 7 characters are
    it) in `area`, or the nearest wider one; None where BLS publishes none at all."""
    code = soc[:7]

    def places() -> Iterator[tuple[str, str]]:
        yield "area", area
        yield "state", state_of(area, wages)  # looked up only where the area has no figure
        yield "nation", "99"

    for scope, where in places():
        wage = wages.get((where, code)) if where else None
        if wage is not None and wage.median.amount is not None:
            return Found(wage, scope)
    return None


def state_of(area: str, wages: Wages) -> str:
    """The state area code (06) of a metropolitan area (40900), found in the file itself: the
    state row that shares the metro area's main state. "" when the file holds no such row."""
    row = next((w for (code, _), w in wages.items() if code == area), None)
    if row is None or row.area_type in (NATION, STATE):
        return ""
    postal = row.state
    return next(
        (code for (code, _), w in wages.items() if w.area_type == STATE and w.state == postal), ""
    )


def areas(wages: Wages) -> dict[str, str]:
    """The file's areas: code -> title (for `validate` to name an area the file lacks)."""
    return {code: w.area_title for (code, _), w in wages.items()}
