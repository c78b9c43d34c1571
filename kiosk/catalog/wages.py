"""Which BLS figure a career shows: its area's, else its state's, else the nation's.

A figure counts as published when BLS gives a median, or says it is at the top of its range;
an area row with no median (`*`) falls back like a missing row.

OEWS publishes a few occupations only together with their neighbours: under the SOC broad
group's code (Buyers and Purchasing Agents, 13-1020, for 13-1021 to 13-1023), or under a code of
its own that joins some occupations of a broad group (Teaching Assistants, Except
Postsecondary, 25-9045). A career coded with one of the joined occupations shows that figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.catalog.oews import NATION, STATE, OccupationWage

Wages = dict[tuple[str, str], OccupationWage]

# OEWS's own combined codes (May 2019 and later releases): SOC 2018 occupation -> OEWS code.
COMBINED = {
    "21-1011": "21-1018",
    "21-1014": "21-1018",
    "25-2055": "25-2052",
    "25-2056": "25-2052",
    "25-9042": "25-9045",
    "25-9043": "25-9045",
    "51-2022": "51-2028",
    "51-2023": "51-2028",
    "53-1042": "53-1047",
    "53-1043": "53-1047",
    "53-1044": "53-1047",
    "53-1049": "53-1047",
}


@dataclass(frozen=True)
class Found:
    wage: OccupationWage  # wage.soc is the code BLS publishes the figure under
    scope: str  # "area", "state" or "nation": where the figure is from


class WageTable:
    """A wage file's rows by (area, SOC code), with what lookups need worked out once."""

    def __init__(self, rows: Wages) -> None:
        self.rows = rows
        self.occupations = frozenset(soc for _, soc in rows)
        self.areas: dict[str, OccupationWage] = {}  # area code -> one of its rows
        for (area, _), wage in rows.items():
            self.areas.setdefault(area, wage)
        states = {w.state: code for code, w in self.areas.items() if w.area_type == STATE}
        self._states = states

    def pay_for(self, soc: str, area: str) -> Found | None:
        """The figure for occupation `soc` (SOC 2018, or O*NET-SOC whose first 7 characters
        are it) in `area`, or the nearest wider one; None where BLS publishes none at all."""
        code = self.published_code(soc)
        if code is None:
            return None
        for scope, where in (("area", area), ("state", self.state_of(area)), ("nation", "99")):
            wage = self.rows.get((where, code)) if where else None
            if wage is not None and wage.median.amount is not None:
                return Found(wage, scope)
        return None

    def published_code(self, soc: str) -> str | None:
        """The code the file publishes occupation `soc` under: its own, OEWS's combined code,
        or its broad group's; None when the file holds none of them."""
        code = soc[:7]
        for candidate in (code, COMBINED.get(code, ""), code[:6] + "0"):
            if candidate in self.occupations:
                return candidate
        return None

    def state_of(self, area: str) -> str:
        """The state area code (06) of a metropolitan area (40900), found in the file itself:
        the state row that shares the metro area's main state. "" when the file holds none."""
        row = self.areas.get(area)
        if row is None or row.area_type in (NATION, STATE):
            return ""
        return self._states.get(row.state, "")

    def area_titles(self) -> dict[str, str]:
        """The file's areas: code -> title (for `validate` to name an area the file lacks)."""
        return {code: w.area_title for code, w in self.areas.items()}
