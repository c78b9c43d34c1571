"""Debian's Chromium, headless, driven by Playwright, for the list page's tests; and axe-core,
the accessibility checker, from the npm registry (.ci/setup installs all three)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.helpers.ci import needs

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page
    from playwright.sync_api._generated import LocatorAssertions

CHROMIUM = Path("/usr/bin/chromium")
# .ci/setup: npm install --prefix .venv/node axe-core@<its exact version>
NODE_MODULES = Path(__file__).resolve().parents[2] / ".venv" / "node" / "node_modules"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
# Headless, and quiet: without these Chromium reaches out on its own (updates, sync, safe
# browsing lists), which a test machine's closed network answers slowly or not at all.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MISSING = [
    name
    for name, found in (
        ("chromium", CHROMIUM.is_file()),
        ("playwright (pip)", importlib.util.find_spec("playwright") is not None),
        ("axe-core (npm)", AXE.is_file()),
    )
    if not found
]
needs_browser = needs(MISSING, "a real browser and axe-core (.ci/setup installs them)")

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# WCAG 2.1 A and AA; what axe calls serious or critical is what fails a test.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAILING = {"serious", "critical"}


@contextmanager
def chromium() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def expect(locator: Locator) -> LocatorAssertions:
    """Playwright's waiting assertions (imported here: a machine without Playwright skips)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical WCAG 2.1 AA findings on `page` (whose context must
    bypass the page's own CSP, which would refuse the injected script)."""
    page.add_script_tag(path=str(AXE))
    options = json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}})
    results: dict[str, Any] = page.evaluate(f"axe.run(document, {options})")
    return [v for v in results["violations"] if v.get("impact") in FAILING]


def described(violations: list[dict[str, Any]]) -> str:
    """axe's findings as lines a person can act on."""
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}: "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    )
