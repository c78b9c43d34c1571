"""Careers' and pathways' pay read back from a catalog (kiosk.catalog.buildpay writes it).

A catalog built before pay was joined has no pay tables; it reads back with no pay at all
rather than failing, so a kiosk keeps its catalog through an app update.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.catalog.models import PayRange
from kiosk.catalog.payrecords import CareerPay, Pay

Rows = Callable[[str, Mapping[str, Any] | tuple[Any, ...]], list[sqlite3.Row]]

_CAREER_PAY = """
    SELECT cp.* FROM career_pay cp JOIN course_career cc ON cc.career_id = cp.career_id
     WHERE cc.course_id = ?"""


class PayReader:
    def __init__(self, rows: Rows) -> None:
        self._rows = rows
        tables = {r[0] for r in rows("SELECT name FROM sqlite_master WHERE type = 'table'", ())}
        self.present = {"career_pay", "pathway_pay"} <= tables
        # One row per pathway: small enough to hold, and every list of pathways shows it.
        self.pathways: dict[str, PayRange] = {}
        if self.present:
            sql = (
                "SELECT p.code, pp.low, pp.high, pp.high_top FROM pathway_pay pp "
                "JOIN pathway p ON p.id = pp.pathway_id"
            )
            self.pathways = {
                code: PayRange(low, high, bool(top)) for code, low, high, top in rows(sql, ())
            }

    def of_course(self, course_id: int) -> dict[int, CareerPay]:
        """The pay of a course's careers, by career id (careers without pay are absent)."""
        if not self.present:
            return {}
        return {row["career_id"]: career_pay(row) for row in self._rows(_CAREER_PAY, (course_id,))}


def career_pay(row: sqlite3.Row) -> CareerPay:
    """One career_pay row (by column name) as the figure a career shows."""
    return CareerPay(
        median=Pay(row["median"], bool(row["median_top"])),
        p25=Pay(row["p25"], bool(row["p25_top"])),
        p75=Pay(row["p75"], bool(row["p75_top"])),
        hourly=bool(row["hourly"]),
        jobs=row["jobs"],
        scope=row["scope"],
        place=row["place"],
        release=row["release"],
        occupation=row["occupation"],
        source=row["source"],
    )
