"""Judging a fleet from its status files: each kiosk ok, behind, silent or failing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.fleet.figures import FiguresError, KioskFigures
from kiosk.fleet.statusfile import SUFFIX, read_status


class Verdict(StrEnum):
    """Worst first: the order rows are listed in."""

    FAILING = "failing"  # out of service, its sync failing, or its status file unusable
    SILENT = "silent"  # not heard from for more than twice its report interval
    BEHIND = "behind"  # shows an older catalog than the newest published
    OK = "ok"


RANK = {verdict: rank for rank, verdict in enumerate(Verdict)}


@dataclass(frozen=True)
class KioskRow:
    name: str
    verdict: Verdict
    why: str  # "" when ok
    figures: KioskFigures | None  # None when the status file could not be used


def judge(figures: KioskFigures, now: float, newest: int | None) -> tuple[Verdict, str]:
    """`newest`: the newest published catalog version, None when not asked."""
    quiet = now - figures.written
    if quiet > 2 * figures.interval_seconds:
        return Verdict.SILENT, f"not seen for {duration(quiet)}"
    if not figures.in_service:
        return Verdict.FAILING, "out of service"
    if figures.sync_last_result == "failed":
        return Verdict.FAILING, f"sync failing: {figures.sync_reason}"
    if newest is not None and figures.catalog_version < newest:
        return Verdict.BEHIND, f"catalog {figures.catalog_version}, published {newest}"
    return Verdict.OK, ""


def read_fleet(folder: Path, now: float, newest: int | None) -> list[KioskRow]:
    """Every status file of `folder`, judged, worst first then by name. OSError when the
    folder itself cannot be read."""
    rows = []
    for path in sorted(folder.iterdir()):
        if path.suffix != SUFFIX or path.name.startswith(".") or not path.is_file():
            continue
        try:
            figures = read_status(path)
        except FiguresError as exc:
            rows.append(KioskRow(path.stem, Verdict.FAILING, f"status file: {exc}", None))
            continue
        verdict, why = judge(figures, now, newest)
        rows.append(KioskRow(figures.name, verdict, why, figures))
    return sorted(rows, key=lambda row: (RANK[row.verdict], row.name.casefold()))


def duration(seconds: float) -> str:
    """`45 s`, `12 min`, `3 h 5 min`, `2 days 4 h`."""
    whole = max(0, int(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes, hours, days = whole // 60, whole // 3600, whole // 86400
    if hours == 0:
        return f"{minutes} min"
    if days == 0:
        return f"{hours} h {minutes % 60} min"
    return f"{days} day{'s' if days != 1 else ''} {hours % 24} h"
