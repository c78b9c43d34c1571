"""The frozen bundle: its size (its launch is measured beside the unfrozen one by launch)."""

from __future__ import annotations

import functools
from pathlib import Path

from benchmarks.suite import CACHE, SUITE, Result
from scripts import package


@functools.cache
def bundle_folder() -> Path:
    """The onedir bundle of the current sources, built once per run (PyInstaller reuses its
    work folder in the cache, so a rebuild with few changes is quicker)."""
    return package.build(CACHE / "dist", CACHE / "pyinstaller")


def folder_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


@SUITE.register("bundle")
def bundle() -> list[Result]:
    folder = bundle_folder()
    return [
        Result(
            "bundle_mb",
            folder_mb(folder),
            "MB",
            150,
            f"onedir folder {folder.name}, all three programs, "
            "stripped, trimmed of WebEngine, QML, the virtual keyboard and PDF",
        ),
    ]
