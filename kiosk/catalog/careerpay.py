"""The pay each career shows, joined at build time from a BLS wage file (staff tools only).

Staff name their area in the settings sheet (`wage_area`, BLS's area code: 40900 for
Sacramento-Roseville-Folsom) and give the build BLS's file; each career's `soc` code finds its
row (kiosk.catalog.wages). A wage typed on the careers sheet wins and keeps its own source.
The workbook is never written to: the figures go only into the catalog file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog import wording as w
from kiosk.catalog.oews import Pay, read_oews
from kiosk.catalog.payrecords import CareerPay, PayJoin
from kiosk.catalog.records import Problem, Record, Validation
from kiosk.catalog.wages import WageTable
from kiosk.catalog.wording import Wording

# BLS names its downloads by release: MSA_M2025_dl.xlsx, state_M2025_dl.xlsx, oesm25ma.zip.
_RELEASE_IN_NAME = (re.compile(r"M_?(20\d\d)", re.IGNORECASE), re.compile(r"oesm(\d\d)", re.I))


@dataclass(frozen=True)
class WageFile:
    name: str
    table: WageTable
    release: str  # as BLS names it: "May 2025"; "" when neither the name nor a setting says


def open_wage_file(path: Path) -> WageFile:
    """Read BLS's file; raises WorkbookError naming the file, row and column of a bad cell."""
    return WageFile(path.name, WageTable(read_oews(path)), release_in_name(path.name))


def release_in_name(name: str) -> str:
    for pattern in _RELEASE_IN_NAME:
        found = pattern.search(name)
        if found:
            year = found.group(1)
            return f"May {year if len(year) == 4 else '20' + year}"
    return ""


def join_pay(validation: Validation, wages: WageFile, area: str | None = None) -> PayJoin | None:
    """The file's figures for `validation`'s careers, for BLS area code `area` if given, else
    the settings sheet's wage_area. Problems go into `validation`: an area the file does not
    hold, or no release, is an error (and None); a career code the file lacks is a warning."""
    settings = {str(r.values.get("key")): r for r in validation.records.get("settings", [])}
    setting = settings.get("wage_area")
    if area:
        code, row = area, None  # chosen for this check or build, not typed in the workbook
    else:
        code, row = (setting.text("value"), setting.row) if setting else ("", None)
    area = _area(code, row, wages, validation.problems)
    release = _release(settings.get("wage_release"), wages, validation.problems)
    if area is None or release is None:
        return None
    pay = {}
    for record in validation.records.get("careers", []):
        soc = record.values.get("soc")
        if not isinstance(soc, str) or record.values.get("wage") is not None:
            continue  # a typed wage wins over the file
        found = wages.table.pay_for(soc, area)
        if found is None:
            validation.problems.append(_not_in_file(record, soc, wages))
            continue
        w = found.wage
        pay[str(record.values["code"])] = CareerPay(
            w.median, w.p25, w.p75, w.hourly, w.jobs, found.scope, w.area_title, release, w.soc
        )
    title = wages.table.area_titles()[area]
    return PayJoin(wages.name, release, area, title, pay)


def typed_pay(record: Record) -> CareerPay | None:
    """The wage typed on the careers sheet, if any."""
    wage = record.values.get("wage")
    if not isinstance(wage, int | float):
        return None
    return CareerPay(Pay(float(wage)), source=record.text("wage_source"))


def _area(typed: str, row: int | None, wages: WageFile, problems: list[Problem]) -> str | None:
    titles = wages.table.area_titles()
    held = "; ".join(f"{code} {title}" for code, title in list(titles.items())[:6])
    more = len(titles) > 6
    listed = {"file": wages.name, "areas": held, "count": len(titles) - 6}
    code = typed.strip().removesuffix(".0")
    if not code:
        template = w.WAGE_AREA_EXPECTED_MORE if more else w.WAGE_AREA_EXPECTED
        problems.append(
            Problem.worded(
                "settings",
                None,
                "key",
                Wording.of(w.NO_WAGE_AREA),
                Wording.of(template, **listed),
            )
        )
        return None
    code = code.zfill(2) if code.isdigit() and len(code) < 2 else code
    if code not in titles:
        template = w.AREA_EXPECTED_MORE if more else w.AREA_EXPECTED
        problems.append(
            Problem.worded(
                "settings",
                row,
                "value",
                Wording.of(w.NOT_AN_AREA, code=code, file=wages.name),
                Wording.of(template, **listed),
            )
        )
        return None
    return code


def _release(setting: Record | None, wages: WageFile, problems: list[Problem]) -> str | None:
    typed = setting.text("value").strip() if setting else ""
    if typed or wages.release:
        return typed or wages.release
    problems.append(
        Problem.worded(
            "settings",
            None,
            "key",
            Wording.of(w.NO_RELEASE, file=wages.name),
            Wording.of(w.RELEASE_EXPECTED),
        )
    )
    return None


def _not_in_file(record: Record, soc: str, wages: WageFile) -> Problem:
    return Problem.worded(
        "careers",
        record.row,
        "soc",
        Wording.of(w.NOT_IN_WAGE_FILE, soc=soc, file=wages.name),
        Wording.of(w.NOT_IN_WAGE_FILE_EXPECTED),
        warning=True,
    )
