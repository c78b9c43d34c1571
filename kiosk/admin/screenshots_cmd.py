"""`kiosk-admin screenshots DIR [--lang xx] [--size WxH]`: every screen as PNG, offscreen.

The kiosk itself renders them (this staff tool never loads Qt): it is started with the
offscreen platform and throwaway data folders (its --data-dir, and the one holding the sample
catalog), so only the --config given here applies.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from kiosk import programs
from kiosk.catalog.languages import LANGUAGES


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "screenshots",
        help="render every kiosk screen to PNG files",
        description="Render every kiosk screen (with sample content: a list, a quiz result, "
        "a search with results) to PNG files, offscreen. By default in English "
        "and Spanish at 1920x1080. At the standard text size and contrast, also the staff's "
        "Catalog window (catalog-*.png: a workbook open, its problems, what changes, the "
        "publish result and the signing key).",
    )
    p.add_argument("output", type=Path, help="the folder to write the pictures into")
    p.add_argument(
        "--lang",
        action="append",
        choices=LANGUAGES,
        help="a language to render (may be repeated; default: en and es)",
    )
    p.add_argument("--size", default="1920x1080", help="window size as WIDTHxHEIGHT")
    p.add_argument(
        "--text-size",
        type=int,
        choices=(100, 150, 200),
        default=100,
        help="the students' text size in percent (pictures named ...-200)",
    )
    p.add_argument(
        "--contrast",
        choices=("standard", "high"),
        default="standard",
        help="the students' contrast (pictures named ...-high)",
    )
    p.add_argument(
        "--config",
        type=Path,
        help="a kiosk configuration (TOML) to render with, e.g. its languages or speech engine",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not re.fullmatch(r"\d{3,5}x\d{3,5}", args.size):
        print(
            f"screenshots: NOT written: --size {args.size!r} is not WIDTHxHEIGHT (e.g. 1920x1080)"
        )
        return 1
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # A throwaway --data-dir: the machine's site configuration and log folder stay out of it.
    with tempfile.TemporaryDirectory(prefix="kiosk-screenshots-") as data:
        return _render(args, environment, Path(data))


def _render(args: argparse.Namespace, environment: dict[str, str], data: Path) -> int:
    # The staff's Catalog window has one look; its pictures come with the standard one.
    catalog_too = (args.text_size, args.contrast) == (100, "standard")
    for lang in args.lang or ["en", "es"]:
        kiosk = [
            *programs.command(programs.KIOSK),
            *("--data-dir", str(data), "--screenshots", str(args.output), "--lang", lang),
            *("--size", args.size, "--look", f"{args.text_size}-{args.contrast}"),
            *(["--config", str(args.config)] if args.config else []),
        ]
        catalog = [
            *programs.command(programs.CATALOG),
            *("--data-dir", str(data / "catalog"), "--screenshots", str(args.output)),
            *("--lang", lang),
        ]
        for command in [kiosk, catalog] if catalog_too else [kiosk]:
            result = subprocess.run(
                command, env=environment, capture_output=True, text=True, check=False
            )
            if result.returncode != 0:
                reason = (result.stderr.strip().splitlines() or ["no output"])[-1]
                print(f"screenshots: NOT written ({lang}): {reason}")
                return 1
    count = len(list(args.output.glob("*.png")))
    print(f"{args.output.name}: {count} screenshots written")
    return 0
