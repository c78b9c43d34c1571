"""Checks across rows and sheets: references to codes that exist, grade ranges, settings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from kiosk.catalog.records import Problem, Record, Validation
from kiosk.catalog.sheets import REQUIRED_SETTINGS, SHEETS


def check_references(result: Validation) -> None:
    codes = {
        name: {r.values.get("code") for r in records} for name, records in result.records.items()
    }
    for sheet in SHEETS:
        for column in sheet.columns:
            if not column.ref:
                continue
            known = codes.get(column.ref)
            if known is None:  # the referenced sheet is missing: already reported
                continue
            for record in result.records.get(sheet.name, []):
                for code in _referenced(record.values.get(column.name)):
                    if code not in known:
                        noun = column.ref.rstrip("s")
                        result.problems.append(
                            Problem(
                                sheet.name,
                                record.row,
                                column.name,
                                f'unknown {noun} "{code}"',
                                f"expected a code from the {column.ref} sheet",
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
    if sample is not None and sample.text("value").lower() not in {"yes", "no", ""}:
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
