"""Kiosk status figures for the fleet tests: a healthy kiosk, changed where a test says."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.fleet.figures import KioskFigures
from kiosk.fleet.statusfile import write_status


def healthy(name: str = "kiosk-a", **changes: Any) -> KioskFigures:
    now = time.time()
    figures = KioskFigures(
        name=name,
        app_version="0.1.0",
        catalog_version=4,
        catalog_created="2026-11-30T09:00:00+00:00",
        catalog_sample=False,
        in_service=True,
        sync_last_result="current",
        sync_reason="version 4 is already installed",
        sync_last_check=now - 600,
        sync_last_success=now - 600,
        sessions_today=12,
        errors_total=0,
        started=now - 86_400,
        printer_ready=True,
        speech_ready=True,
        display_awake=True,
        interval_seconds=60,
        written=now - 30,
    )
    return replace(figures, **changes)


def drop(folder: Path, figures: KioskFigures) -> Path:
    """A status file as a kiosk writes it, keeping the figures' own `written` time."""
    folder.mkdir(parents=True, exist_ok=True)
    return write_status(folder, figures)
