"""The Catalog window's pictures for `kiosk-admin screenshots` (catalog-*.png): the real
window, offscreen, on copies of the sample catalog in a scratch folder: opened, with
problems, what changes against an earlier publish, the publish result and the signing key
step. Staff and the docs see exactly what the program shows."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.admin.publishing import publish_workbook
from kiosk.catalogapp.keysetup import KeySetupDialog
from kiosk.catalogapp.signing import SigningKeys
from kiosk.catalogapp.window import CatalogWindow
from kiosk.paths import SAMPLE_CATALOG_SOURCE

WAIT_MS = 60_000
SIZE = (1100, 700)
Edit = Callable[[dict[str, list[dict[str, str]]]], None]


def render(
    out: Path,
    language: str,
    scratch: Path,
    create: Callable[..., CatalogWindow],
) -> list[Path]:
    """Write the pictures into `out` (named catalog-NN-what-LANG.png) and return them."""
    keys = scratch / "keys"
    SigningKeys(keys).create()
    settings = QSettings(str(scratch / "kiosk-catalog.ini"), QSettings.Format.IniFormat)
    window = create(settings, language, key_dir=keys)
    window.resize(*SIZE)
    window.show()
    shots: list[Path] = []

    def shot(name: str, widget: QWidget | None = None) -> None:
        QApplication.processEvents()
        path = out / f"catalog-{name}-{language}.png"
        (widget or window).grab().save(str(path))
        shots.append(path)

    try:
        books = scratch / "Career Center"
        _open(window, _copy_sample(books / "catalog", _nothing))
        shot("01-open")
        _open(window, _copy_sample(books / "catalog-with-mistakes", _mistakes))
        shot("02-problems")
        publish = scratch / "publish"
        publish_workbook(books / "catalog", publish, keys / "catalog-signing.key")
        _open(window, _copy_sample(books / "catalog-next-year", _next_year))
        page = window.publish_page
        page.choose(publish)
        _wait(page.publisher.previewed, lambda: window.tabs.setCurrentWidget(page))
        shot("03-changes")
        _wait(page.publisher.published, page.publish_button.click)
        _settle(lambda: not page.publisher.busy)
        shot("04-published")
        dialog = KeySetupDialog(SigningKeys(scratch / "new-keys"), None, window)
        dialog.show()
        shot("05-first-key", dialog)
        dialog.close()
        page.key_button.click()
        _settle(lambda: page.key_dialog is not None and page.key_dialog.isVisible())
        assert page.key_dialog is not None
        shot("06-key", page.key_dialog)
        page.key_dialog.close()
    finally:
        window.close()
    return shots


def _open(window: CatalogWindow, book: Path) -> None:
    _wait(window.session.checked, lambda: window.session.open(book))
    window.tabs.setCurrentIndex(0)


def _wait(signal: SignalInstance, start: Callable[[], object]) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(WAIT_MS, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


def _settle(done: Callable[[], bool]) -> None:
    for _ in range(WAIT_MS // 10):
        if done():
            return
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def _copy_sample(folder: Path, edit: Edit) -> Path:
    shutil.copytree(SAMPLE_CATALOG_SOURCE, folder, dirs_exist_ok=True)
    sheets: dict[str, list[dict[str, str]]] = {}
    for name in ("courses", "offerings"):
        with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            sheets[name] = list(csv.DictReader(handle))
    edit(sheets)
    for name, rows in sheets.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return folder


def _nothing(sheets: dict[str, list[dict[str, str]]]) -> None:
    pass


def _mistakes(sheets: dict[str, list[dict[str, str]]]) -> None:
    """Mistakes staff make: a grade typed as a word, a level misspelt, a school code typo,
    a column of their own."""
    courses, offerings = sheets["courses"], sheets["offerings"]
    courses[1]["grade_min"] = "eleven"
    courses[2]["level"] = "advanced"
    offerings[2]["school"] = offerings[2]["school"][:-1] + "X"
    for row in courses:
        row["room"] = ""  # a column the catalog does not know: a warning


def _next_year(sheets: dict[str, list[dict[str, str]]]) -> None:
    """A new course, a renamed one and a course no longer offered anywhere."""
    courses, offerings = sheets["courses"], sheets["offerings"]
    courses[0]["title"] = courses[0]["title"] + " and Design"
    new = {key: "" if key.startswith("title_") else value for key, value in courses[1].items()}
    courses.append(dict(new, code=courses[1]["code"] + "N", title="Drone Piloting"))
    gone = courses.pop(3)["code"]
    sheets["offerings"] = [row for row in offerings if row["course"] != gone]
