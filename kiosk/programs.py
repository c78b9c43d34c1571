"""How one of the installed programs starts another: in a frozen install the program beside
this one (so a preview or a screenshot runs the very code the career center runs), else this
Python's package of the same name."""

from __future__ import annotations

import sys
from pathlib import Path

KIOSK = ("kiosk", "kiosk")
CATALOG = ("kiosk-catalog", "kiosk.catalogapp")


def command(
    program: tuple[str, str],
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    platform: str | None = None,
) -> list[str]:
    """The command line that starts `program` (its file name and its Python module)."""
    name, module = program
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    platform = platform or sys.platform
    if frozen:
        file = f"{name}.exe" if platform.startswith("win") else name
        return [str(Path(executable).resolve().parent / file)]  # beside it, links followed
    return [executable, "-m", module]
