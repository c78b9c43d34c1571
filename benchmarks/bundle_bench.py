"""The frozen bundle: its size, and how its launch compares with the unfrozen app."""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from benchmarks.kiosk_bench import first_frame_ms
from benchmarks.suite import CACHE, SUITE, Result
from scripts import package

RUNS = 10


def folder_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


@SUITE.register("bundle")
def bundle() -> list[Result]:
    folder = package.build(CACHE / "dist", CACHE / "pyinstaller")
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
            f"onedir folder {folder.name}, all three programs, "
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
