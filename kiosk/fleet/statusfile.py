"""The status drop: each kiosk's figures as NAME.json in a shared folder, for districts
without Prometheus (`kiosk-admin fleet` reads the folder)."""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.files import read_shared, write_atomically
from kiosk.fleet.figures import FiguresError, KioskFigures

SUFFIX = ".json"


def write_status(folder: Path, figures: KioskFigures) -> Path:
    path = folder / f"{figures.name}{SUFFIX}"
    data = json.dumps(figures.as_json(), indent=2, sort_keys=True) + "\n"
    write_atomically(path, data.encode("utf-8"))
    return path


def read_status(path: Path) -> KioskFigures:
    """A kiosk's status file; FiguresError says why it cannot be used."""
    try:
        data = json.loads(read_shared(path).decode("utf-8"))
    except OSError as exc:
        raise FiguresError(f"cannot be read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise FiguresError(f"not JSON ({exc})") from exc
    return KioskFigures.from_json(data)
