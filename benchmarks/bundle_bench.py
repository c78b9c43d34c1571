"""The frozen bundle: its size, and how its launch compares with the unfrozen app."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
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


def frozen_first_frame_ms(bundle: Path, data: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(bundle / "kiosk"), "--windowed", "--data-dir", str(data), "--exit-after-first-frame"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    process.wait(timeout=30)
    if not line.startswith("first-frame"):
        raise RuntimeError(f"the frozen kiosk did not report its first frame: {line!r}")
    return elapsed


@SUITE.register("bundle")
def bundle() -> list[Result]:
    folder = build()
    size = folder_mb(folder)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        for _ in range(2):  # build the sample, warm the disk cache for both
            frozen_first_frame_ms(folder, data)
            first_frame_ms(data)
        frozen, unfrozen = [], []
        for _ in range(RUNS):  # interleaved, so both see the same machine
            frozen.append(frozen_first_frame_ms(folder, data))
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
