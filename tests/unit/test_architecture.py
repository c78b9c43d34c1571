"""The Qt-free core never imports Qt or the UI, so staff tools and most tests run without it."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk

PACKAGE = Path(kiosk.__file__).parent
QT_FREE = [
    "catalog",
    "sync",
    "admin",
    "fleet",
    "files.py",
    "config.py",
    "configdoc.py",
    "pin.py",
    "usage.py",
]
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


# -- the house rules -------------------------------------------------------------------------
# Each allowlist names today's exceptions; a new one is a decision, written down here.

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
LONG_FUNCTIONS: set[str] = {
    "kiosk.app.create",  # the composition root: one list of every part and its wiring
}
# (importer prefix, imported prefix): a layer never imports the other.
LAYERS = [
    ("kiosk.ui", "kiosk.app"),  # the composition root builds the UI, never the reverse
    ("kiosk.services", "kiosk.ui"),
    ("kiosk.catalog", "kiosk.sync"),
    ("kiosk.catalog", "kiosk.config"),
    ("kiosk", "tests"),
    ("kiosk", "benchmarks"),
]
LAYER_EXCEPTIONS: set[tuple[str, str]] = set()
OUTSIDE = {"tests", "benchmarks"}  # beside the package: the kiosk never depends on them
CIRCLES_ALLOWED: list[list[str]] = []


def module_name(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules(package: Path = PACKAGE) -> dict[str, Path]:
    return {module_name(p, package.parent): p for p in sorted(package.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The project modules `name` imports, those under TYPE_CHECKING and inside functions
    included: a circle held together by either is still a circle."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # a module, or not
    modules = {t for t in found if t.split(".")[0] in OUTSIDE}  # kept whole: never allowed
    for target in found:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            modules.add(target)
    return modules


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    modules = project_modules(package)
    return {name: imports_of(name, path, set(modules)) for name, path in modules.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for other in sorted(graph.get(module, ())):
            if other not in order:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], order[other])
        if low[module] == order[module]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return sorted(found)


def layer_breaches(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    def under(module: str, prefix: str) -> bool:
        return module == prefix or module.startswith(prefix + ".")

    return {
        (importer, imported)
        for importer, targets in graph.items()
        for imported in targets
        for low, high in LAYERS
        if under(importer, low) and under(imported, high) and not under(importer, high)
    }


def long_functions(package: Path = PACKAGE) -> dict[str, int]:
    found = {}
    for name, path in project_modules(package).items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    found[f"{name}.{node.name}"] = length
    return found


def test_no_import_circles() -> None:
    assert circles(import_graph()) == CIRCLES_ALLOWED


def test_layers_import_only_downwards() -> None:
    assert layer_breaches(import_graph()) == LAYER_EXCEPTIONS


def test_modules_and_functions_stay_small() -> None:
    long_modules = {
        name: lines
        for name, path in project_modules().items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long_modules == {}
    assert set(long_functions()) == LONG_FUNCTIONS


def test_the_rules_catch_a_circle_a_breach_and_a_long_function(tmp_path: Path) -> None:
    package = tmp_path / "kiosk"
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "app.py").write_text("from kiosk.ui import window\n")
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    (package / "ui" / "window.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..app import create\n"
        f"def build():\n{body}\n"
    )
    (package / "catalog.py").write_text("def f():\n    import tests.helpers.catalogs\n")
    graph = import_graph(package)
    assert circles(graph) == [["kiosk.app", "kiosk.ui.window"]]
    assert layer_breaches(graph) == {
        ("kiosk.ui.window", "kiosk.app"),
        ("kiosk.catalog", "tests.helpers.catalogs"),
    }
    assert long_functions(package) == {"kiosk.ui.window.build": MAX_FUNCTION_LINES + 1}
