"""One kiosk's health at a moment: aggregate figures only, never anything about a student."""

from __future__ import annotations

import re
import socket
from dataclasses import asdict, dataclass, fields
from typing import Any

# What the last sync check did: the kiosk's words (kiosk.sync.outcome) plus two of ours.
SYNC_RESULTS = ("updated", "current", "failed", "never", "off")
FORMAT = 1  # the status file's layout; a reader refuses a newer one it cannot know


class FiguresError(Exception):
    """A status file does not hold a kiosk's figures; the message says what is wrong."""


@dataclass(frozen=True)
class KioskFigures:
    """Everything a status file and the Prometheus textfile say about a kiosk. Times are
    seconds since the epoch (UTC); 0 means never."""

    name: str
    app_version: str
    catalog_version: int  # -1: none open
    catalog_created: str  # ISO 8601, "" when none
    catalog_sample: bool
    in_service: bool  # a catalog is open and the configuration is valid
    sync_last_result: str  # one of SYNC_RESULTS
    sync_reason: str  # the last check's reason, as `kiosk-admin status` gives it
    sync_last_check: float
    sync_last_success: float
    sessions_today: int
    errors_total: int
    started: float
    printer_ready: bool
    speech_ready: bool
    display_awake: bool
    interval_seconds: int  # how often the kiosk reports
    written: float = 0.0  # when these figures were written (the writer fills it in)

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, **asdict(self)}

    @classmethod
    def from_json(cls, data: object) -> KioskFigures:
        """The figures of a status file's JSON object; FiguresError names what is wrong."""
        if not isinstance(data, dict):
            raise FiguresError("not a JSON object")
        if not isinstance(data.get("format"), int) or data["format"] > FORMAT:
            raise FiguresError(
                f"status format {data.get('format')!r} is not one this version reads"
            )
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in data:
                if item.name == "written":
                    continue
                raise FiguresError(f"{item.name} is missing")
            values[item.name] = _typed(item.name, str(item.type), data[item.name])
        return cls(**values)


_TYPES: dict[str, type | tuple[type, ...]] = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
}


def _typed(name: str, kind: str, value: object) -> object:
    if isinstance(value, bool) and kind != "bool":
        raise FiguresError(f"{name} is {value!r}, not a number or text")
    if not isinstance(value, _TYPES[kind]):
        raise FiguresError(f"{name} is {value!r}, expected {kind}")
    return float(value) if kind == "float" else value  # type: ignore[arg-type]


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def kiosk_name(configured: str) -> str:
    """The configured name, else the computer's, made safe as a file name on a share."""
    name = configured or socket.gethostname().split(".")[0]
    return _UNSAFE.sub("-", name).strip("-.")[:63] or "kiosk"
