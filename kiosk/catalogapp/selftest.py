"""`kiosk-catalog --self-test`: the real window opens a workbook without being shown, waits
for its check and reports what it found as one JSON object, so IT and the frozen-bundle smoke
test can check the Catalog program on a machine without a screen."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication

from kiosk import __version__
from kiosk.catalog.languages import LANGUAGES
from kiosk.catalogapp import toolcheck
from kiosk.catalogapp.checker import Checked
from kiosk.catalogapp.window import CatalogWindow
from kiosk.paths import TRANSLATIONS

# A check normally takes well under a second; a large workbook on a slow PC, a few.
TIMEOUT_MS = 60_000
# Enough to see what is wrong; the counts say how many there are in all.
PROBLEMS_SHOWN = 20


def report(
    window: CatalogWindow,
    workbook: Path,
    timeout_ms: int = TIMEOUT_MS,
    *,
    scratch: Path | None = None,
) -> tuple[bool, dict[str, Any]]:
    """Open `workbook` in `window` and wait for its check. Passed means the check ran and
    found no errors (warnings are allowed, as for publishing) and, given a `scratch` folder,
    that a new workbook can be written there and `workbook` published there."""
    outcome = wait_for_check(window, workbook, timeout_ms)
    result: dict[str, Any] = {
        "program": "kiosk-catalog",
        "app_version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform_plugin": QGuiApplication.platformName(),
        "workbook": str(window.session.source or workbook),
        "checked": outcome is not None,
        "errors": outcome.errors if outcome else 0,
        "warnings": outcome.warnings if outcome else 0,
        "unreadable": outcome.unreadable if outcome else "",
        "crashed": outcome.crashed if outcome else False,
        "problems": [str(p) for p in outcome.problems[:PROBLEMS_SHOWN]] if outcome else [],
        "count_line": window.count_label.text(),
        "translations": translations(),
    }
    passed = outcome is not None and _clean(outcome)
    if scratch is not None and passed:
        result["template"] = toolcheck.template_works(scratch) or "ok"
        result["publishing"] = toolcheck.publishing_works(workbook, scratch) or "ok"
        passed = result["template"] == result["publishing"] == "ok"
    result["passed"] = passed
    return passed, result


def wait_for_check(window: CatalogWindow, workbook: Path, timeout_ms: int) -> Checked | None:
    """The first check of `workbook`, or None if it did not end within `timeout_ms`."""
    loop = QEventLoop(window)
    outcomes: list[Checked] = []

    def checked(outcome: Checked) -> None:
        outcomes.append(outcome)
        loop.quit()

    window.session.checked.connect(checked)
    QTimer.singleShot(timeout_ms, loop, loop.quit)
    window.session.open(workbook)
    loop.exec()  # the result comes through the event loop, never before it runs
    window.session.checked.disconnect(checked)
    return outcomes[0] if outcomes else None


def translations() -> dict[str, bool]:
    """Which interface translations load from the program's resources, without installing
    any (the window keeps its own language)."""
    loaded = {}
    for language in LANGUAGES:
        translator = QTranslator()
        loaded[language] = translator.load(str(TRANSLATIONS / f"kiosk_{language}.qm"))
    return loaded


def _clean(outcome: Checked) -> bool:
    return not (outcome.unreadable or outcome.crashed or outcome.errors)
