"""Checks across rows and sheets: references to codes that exist, grade ranges, settings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from kiosk.catalog.cells import parse_bool
from kiosk.catalog.records import Problem, Record, Validation
from kiosk.catalog.sheets import REQUIRED_SETTINGS, SHEETS


def check_references(result: Validation) -> None:
    """Every code a row names exists on its sheet. Each unknown code is reported once, at its
    first row, with how many more rows name it; a sheet that could not be read is the one
    cause of every reference to it, so that is said once per column."""
    codes = {
        name: {r.values.get("code") for r in records} for name, records in result.records.items()
    }
    for sheet in SHEETS:
        for column in sheet.columns:
            if not column.ref:
                continue
            records = result.records.get(sheet.name, [])
            if column.ref in result.unreadable:
                _refer_to_unreadable(result, sheet.name, column.name, column.ref, records)
                continue
            known = codes.get(column.ref, set())
            unknown: dict[str, list[int]] = {}
            for record in records:
                for code in _referenced(record.values.get(column.name)):
                    if code not in known:
                        unknown.setdefault(code, []).append(record.row)
            for code, rows in unknown.items():
                _unknown(result, sheet.name, column.name, column.ref, code, rows)


def _unknown(
    result: Validation, sheet: str, column: str, ref: str, code: str, rows: list[int]
) -> None:
    also = ""
    if len(rows) > 1:
        listed = ", ".join(str(r) for r in rows[1:11]) + (", ..." if len(rows) > 11 else "")
        also = f"; also in {len(rows) - 1} more row{'s' * (len(rows) > 2)}: {listed}"
    result.problems.append(
        Problem(
            sheet,
            rows[0],
            column,
            f'unknown {ref.rstrip("s")} "{code}"',
            f"expected a code from the {ref} sheet{also}",
        )
    )


def _refer_to_unreadable(
    result: Validation, sheet: str, column: str, ref: str, records: list[Record]
) -> None:
    rows = [r.row for r in records if _referenced(r.values.get(column))]
    if rows:
        result.problems.append(
            Problem(
                sheet,
                None,
                column,
                f"{len(rows)} row{'s' * (len(rows) != 1)} name codes from the {ref} sheet, "
                "which is missing or could not be read",
                f"expected the {ref} sheet's problems above fixed first; these rows are "
                "checked against it then",
            )
        )


def _referenced(value: object) -> Iterable[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, tuple):
        return [v[0] if isinstance(v, tuple) else v for v in value]
    return []


class _Adder(Protocol):
    def __call__(
        self,
        sheet: str,
        row: int | None,
        column: str | None,
        message: str,
        expected: str,
        warning: bool = False,
    ) -> None: ...


def check_cross_fields(result: Validation) -> None:
    def add(
        sheet: str,
        row: int | None,
        column: str | None,
        message: str,
        expected: str,
        warning: bool = False,
    ) -> None:
        result.problems.append(Problem(sheet, row, column, message, expected, warning))

    for course in result.records.get("courses", []):
        low, high = course.values.get("grade_min"), course.values.get("grade_max")
        if isinstance(low, int) and isinstance(high, int) and low > high:
            add(
                "courses",
                course.row,
                "grade_max",
                f"grade_max {high} is below grade_min {low}",
                "expected grade_max to be at least grade_min",
            )
        if course.values.get("college_credit") and not course.text("partner_college"):
            add(
                "courses",
                course.row,
                "partner_college",
                "college_credit is yes but no partner college is named",
                "expected the college that grants the credit",
                warning=True,
            )
    if "settings" in result.records:
        _check_settings(result.records["settings"], add)
    faq = result.records.get("faq", [])
    if "faq" in result.records and not any(r.values.get("kind") == "notice" for r in faq):
        add(
            "faq",
            None,
            "kind",
            "there is no notice row",
            "expected the nondiscrimination notice as a row of kind notice",
            warning=True,
        )


def _check_settings(records: list[Record], add: _Adder) -> None:
    present = {r.values.get("key"): r for r in records}
    for key in REQUIRED_SETTINGS:
        if key not in present:
            add(
                "settings",
                None,
                "key",
                f'setting "{key}" is missing',
                f'expected a row with key "{key}"',
            )
    sample = present.get("is_sample")
    if sample is not None and parse_bool(sample.text("value")) is None:
        add(
            "settings",
            sample.row,
            "value",
            f'"{sample.text("value")}" is not yes or no',
            "expected yes or no for is_sample",
        )
    url = present.get("qr_base_url")
    if url is not None and url.text("value") and not re.match(r"https?://\S+$", url.text("value")):
        add(
            "settings",
            url.row,
            "value",
            f'"{url.text("value")}" is not a web address',
            "expected an address starting with https://",
        )
