"""Interface translations: `update` refreshes the .ts sources from the code (pyside6-lupdate),
`build` compiles them to the .qm files the kiosk loads (pyside6-lrelease).

    python scripts/translations.py update   # after changing interface strings
    python scripts/translations.py build    # part of setup and of the frozen build
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ["kiosk/ui", "kiosk/services"]


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"translations: {name} not found (it comes with PySide6-Essentials)")
    return found


def update() -> None:
    files = sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in (ROOT / d).rglob("*.py"))
    for ts in sorted(FOLDER.glob("kiosk_*.ts")):
        subprocess.run(
            [tool("pyside6-lupdate"), *files, "-ts", str(ts), "-no-obsolete"], cwd=ROOT, check=True
        )


def build() -> None:
    for ts in sorted(FOLDER.glob("kiosk_*.ts")):
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
