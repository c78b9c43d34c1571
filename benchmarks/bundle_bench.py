"""The frozen bundle: its size, and how its launch compares with the unfrozen app."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.kiosk_bench import ROOT, first_frame_ms
from benchmarks.suite import CACHE, SUITE, Result
from kiosk import __version__

RUNS = 10


def build() -> Path:
    subprocess.run([sys.executable, "scripts/translations.py", "build"], cwd=ROOT, check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(CACHE / "dist"),
            "--workpath",
            str(CACHE / "pyinstaller"),
            str(ROOT / "build_kiosk.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return CACHE / "dist" / f"cte-kiosk-{__version__}"


def folder_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


@SUITE.register("bundle")
def bundle() -> list[Result]:
    folder = build()
    size = folder_mb(folder)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        for _ in range(2):  # build the sample, warm the disk cache for both
            first_frame_ms(data, [str(folder / "kiosk")])
            first_frame_ms(data)
        frozen, unfrozen = [], []
        for _ in range(RUNS):  # interleaved, so both see the same machine
            frozen.append(first_frame_ms(data, [str(folder / "kiosk")]))
            unfrozen.append(first_frame_ms(data))
    ratio = statistics.median(frozen) / statistics.median(unfrozen)
    return [
        Result(
            "bundle_mb",
            size,
            "MB",
            150,
            f"onedir folder {folder.name}, both programs, "
            "stripped, trimmed of WebEngine, QML, the virtual keyboard and PDF",
        ),
        Result(
            "frozen_first_frame_ratio",
            ratio,
            "x",
            1.25,
            f"median frozen {statistics.median(frozen):.0f} ms / unfrozen "
            f"{statistics.median(unfrozen):.0f} ms, spawn to first frame, n={RUNS} each",
        ),
    ]
