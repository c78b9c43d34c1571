"""The kiosk program's command line."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kiosk", description="The CTE Career Kiosk.")
    parser.add_argument(
        "--windowed",
        action="store_true",
        help="preview in a normal window instead of locked-down full screen",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="one folder for everything the kiosk keeps or reads on this machine: its "
        "catalogs, logs/ and config/kiosk.toml (instead of the platform's folders)",
    )
    parser.add_argument("--config", type=Path, help="a configuration file (TOML) to use last")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="print a JSON health report and exit (0 only when healthy)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For kiosk-admin screenshots and the benchmarks; not for people.
    parser.add_argument("--screenshots", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--lang", default="en", help=argparse.SUPPRESS)
    parser.add_argument("--size", default="1920x1080", help=argparse.SUPPRESS)
    parser.add_argument("--look", default="100-standard", help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-first-frame", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)
