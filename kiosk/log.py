"""Logging: a rotating file in the log folder, and stderr when there is one."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup(log_dir: Path | None, level: int = logging.INFO, file_name: str = "kiosk.log") -> None:
    """Log to `file_name` in `log_dir` (each program its own file) and warnings to stderr."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            to_file = logging.handlers.RotatingFileHandler(
                log_dir / file_name, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
            to_file.setFormatter(logging.Formatter(FORMAT))
            root.addHandler(to_file)
        except OSError as exc:  # a read-only or missing log folder must not stop the kiosk
            print(f"kiosk: cannot write logs to {log_dir}: {exc}", file=sys.stderr)
    if sys.stderr is not None:  # windowed frozen builds have no stderr
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(logging.Formatter(FORMAT))
        console.setLevel(logging.WARNING)
        root.addHandler(console)
