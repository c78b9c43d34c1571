"""Checks across rows and sheets: references to codes that exist, grade ranges, settings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from kiosk.catalog import wording as w
from kiosk.catalog.cells import parse_bool
from kiosk.catalog.records import Problem, Record, Validation
from kiosk.catalog.sheets import REQUIRED_SETTINGS, SHEETS
from kiosk.catalog.wording import Wording


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
    listed = ", ".join(str(r) for r in rows[1:11]) + (", ..." if len(rows) > 11 else "")
    also = {1: w.CODE_FROM, 2: w.CODE_FROM_ONE_MORE}.get(len(rows), w.CODE_FROM_MORE)
    result.problems.append(
        Problem.worded(
            sheet,
            rows[0],
            column,
            _unknown_code(ref, code),
            Wording.of(also, sheet=ref, count=len(rows) - 1, rows=listed),
        )
    )


def _unknown_code(ref: str, code: str) -> Wording:
    """'unknown pathway "AG-XX"'."""
    if ref in w.UNKNOWN_BY_SHEET:
        return Wording.of(w.UNKNOWN_BY_SHEET[ref], code=code)
    return Wording.of(w.UNKNOWN_CODE, thing=ref.rstrip("s"), code=code)


def _refer_to_unreadable(
    result: Validation, sheet: str, column: str, ref: str, records: list[Record]
) -> None:
    rows = [r.row for r in records if _referenced(r.values.get(column))]
    if rows:
        template = w.ONE_ROW_NAMES_UNREADABLE if len(rows) == 1 else w.ROWS_NAME_UNREADABLE
        result.problems.append(
            Problem.worded(
                sheet,
                None,
                column,
                Wording.of(template, count=len(rows), sheet=ref),
                Wording.of(w.UNREADABLE_FIRST, sheet=ref),
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
        message: Wording,
        expected: Wording,
        warning: bool = False,
    ) -> None: ...


def check_cross_fields(result: Validation) -> None:
    def add(
        sheet: str,
        row: int | None,
        column: str | None,
        message: Wording,
        expected: Wording,
        warning: bool = False,
    ) -> None:
        result.problems.append(Problem.worded(sheet, row, column, message, expected, warning))

    for course in result.records.get("courses", []):
        low, high = course.values.get("grade_min"), course.values.get("grade_max")
        if isinstance(low, int) and isinstance(high, int) and low > high:
            add(
                "courses",
                course.row,
                "grade_max",
                Wording.of(w.GRADES_REVERSED, high=high, low=low),
                Wording.of(w.GRADES_EXPECTED),
            )
        if course.values.get("college_credit") and not course.text("partner_college"):
            add(
                "courses",
                course.row,
                "partner_college",
                Wording.of(w.NO_PARTNER_COLLEGE),
                Wording.of(w.PARTNER_COLLEGE_EXPECTED),
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
            Wording.of(w.NO_NOTICE),
            Wording.of(w.NOTICE_EXPECTED),
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
                Wording.of(w.SETTING_MISSING, key=key),
                Wording.of(w.SETTING_EXPECTED, key=key),
            )
    sample = present.get("is_sample")
    if sample is not None and parse_bool(sample.text("value")) is None:
        add(
            "settings",
            sample.row,
            "value",
            Wording.of(w.NOT_YES_OR_NO, cell=sample.text("value")),
            Wording.of(w.SAMPLE_EXPECTED),
        )
    url = present.get("qr_base_url")
    if url is not None and url.text("value") and not re.match(r"https?://\S+$", url.text("value")):
        add(
            "settings",
            url.row,
            "value",
            Wording.of(w.NOT_AN_ADDRESS, cell=url.text("value")),
            Wording.of(w.HTTPS_EXPECTED),
        )
    elif url is not None and re.search(r"[?#]", url.text("value")):
        add(
            "settings",
            url.row,
            "value",
            Wording.of(w.NOT_A_FOLDER_ADDRESS, cell=url.text("value")),
            Wording.of(w.FOLDER_ADDRESS_EXPECTED),
        )
    elif url is not None and url.text("value").startswith("http://"):
        add(
            "settings",
            url.row,
            "value",
            Wording.of(w.NOT_HTTPS, cell=url.text("value")),
            Wording.of(w.HTTPS_EXPECTED),
            warning=True,
        )
