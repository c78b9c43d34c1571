"""Write the pay careers and pathways show into a catalog being built (kiosk.catalog.build)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from kiosk.catalog.careerpay import typed_pay
from kiosk.catalog.payrecords import CareerPay, PayJoin
from kiosk.catalog.records import Record


def write_pay(db: sqlite3.Connection, careers: Sequence[Record], pay: PayJoin | None) -> None:
    """career_pay, pathway_pay and the wage file's meta rows. Careers are numbered as the
    build numbers them (their order on the sheet, from 1); course_career is written."""
    joined = pay.pay if pay is not None else {}
    rows = []
    for career_id, record in enumerate(careers, start=1):
        shown = typed_pay(record) or joined.get(str(record.values["code"]))
        if shown is not None:
            rows.append((career_id, *_row(shown)))
    db.executemany(f"INSERT INTO career_pay VALUES ({', '.join('?' * 14)})", rows)
    for sql in PATHWAY_PAY_SQL:
        db.execute(sql)
    if pay is not None:
        db.executemany("INSERT INTO meta VALUES (?, ?)", _meta(pay).items())


def _meta(pay: PayJoin) -> dict[str, str]:
    """Where the careers' pay comes from, for About and `kiosk-admin status`."""
    return {
        "wage_file": pay.file,
        "wage_release": pay.release,
        "wage_area": pay.area,
        "wage_area_title": pay.area_title,
    }


def _row(pay: CareerPay) -> tuple[object, ...]:
    return (
        pay.median.amount,
        int(pay.median.at_least),
        pay.p25.amount,
        int(pay.p25.at_least),
        pay.p75.amount,
        int(pay.p75.at_least),
        int(pay.hourly),
        pay.jobs,
        pay.scope,
        pay.place,
        pay.release,
        pay.occupation,
        pay.source,
    )


# A pathway's pay range: the lowest and highest yearly middle pay of its courses' careers
# (hourly figures are left out rather than turned into a year nobody works); the high end is
# "or more" when that very figure is top-coded.
_PATHWAY_CAREER_PAY = """
  FROM course c
  JOIN course_career cc ON cc.course_id = c.id
  JOIN career_pay cp ON cp.career_id = cc.career_id
 WHERE cp.hourly = 0"""
PATHWAY_PAY_SQL = (
    f"""INSERT INTO pathway_pay SELECT c.pathway_id, min(cp.median), max(cp.median), 0
    {_PATHWAY_CAREER_PAY} GROUP BY c.pathway_id""",
    f"""UPDATE pathway_pay SET high_top = 1 WHERE EXISTS (SELECT 1 {_PATHWAY_CAREER_PAY}
       AND c.pathway_id = pathway_pay.pathway_id AND cp.median = pathway_pay.high
       AND cp.median_top = 1)""",
)
