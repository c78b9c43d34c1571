"""The wage file the build and publish benchmarks join, as staff run them with `--wages`."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

from kiosk.catalog.careerpay import join_pay, open_wage_file
from kiosk.catalog.validate import Validation, validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import SAMPLE_CATALOG_SOURCE

WAGE_FILE = SAMPLE_CATALOG_SOURCE / "wages" / "oews_M2025_sample-extract.csv"
WAGE_AREA = "40900"  # Sacramento-Roseville-Folsom, an area the sample extract holds


def wage_codes() -> list[str]:
    """The occupation codes the wage file has a row for, in its order, each once."""
    text = WAGE_FILE.read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text, newline=""))
    return list(dict.fromkeys(row["OCC_CODE"] for row in rows))


def checked_with_wages(workbook: Path) -> Validation:
    """Read and validate `workbook` and join the wage file to its careers (kiosk-admin build
    --wages); the benchmark measures it all."""
    validation = validate(read_workbook(workbook))
    validation.pay = join_pay(validation, open_wage_file(WAGE_FILE))
    if not validation.ok:
        raise AssertionError(f"the benchmark workbook is not valid: {validation.errors[:3]}")
    return validation


def assert_paid(catalog: Path) -> int:
    """Every career of the built `catalog` without a typed wage has its pay from the wage
    file, for WAGE_AREA (a benchmark that silently built without pay would measure less than
    staff run). Returns how many careers have it."""
    db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)
    try:
        (untyped,) = db.execute("SELECT count(*) FROM career WHERE wage IS NULL").fetchone()
        (paid,) = db.execute("SELECT count(*) FROM career_pay WHERE scope != 'typed'").fetchone()
        area = db.execute("SELECT value FROM meta WHERE key = 'wage_area'").fetchone()
    finally:
        db.close()
    assert untyped and paid == untyped, f"{paid} of {untyped} careers have pay from the file"
    assert area == (WAGE_AREA,), f"the catalog's wage area is {area}"
    return int(paid)
