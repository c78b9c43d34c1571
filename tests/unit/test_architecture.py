"""The Qt-free core never imports Qt or the UI, so staff tools and most tests run without it."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk

PACKAGE = Path(kiosk.__file__).parent
QT_FREE = ["catalog", "sync", "admin", "config.py", "pin.py", "usage.py"]
FORBIDDEN = ("PySide6", "kiosk.ui", "kiosk.services", "shiboken6")


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def qt_free_files() -> list[Path]:
    files: list[Path] = []
    for entry in QT_FREE:
        target = PACKAGE / entry
        if target.is_dir():
            files += sorted(target.rglob("*.py"))
        elif target.exists():
            files.append(target)
    return files


def test_the_core_does_not_import_qt_or_the_ui() -> None:
    files = qt_free_files()
    assert any(f.parent.name == "catalog" for f in files)  # the walk really found the core
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_the_check_catches_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport kiosk.ui.theme\n")
    assert [n for n in imported_modules(bad) if n.startswith(FORBIDDEN)] == [
        "PySide6.QtCore",
        "kiosk.ui.theme",
    ]
