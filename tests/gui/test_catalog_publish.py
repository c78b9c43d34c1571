"""The Catalog window's Publish tab, driven offscreen on real workbooks, real signing keys and
real publish folders: what changes, publishing, the first-run key, the one-fifth guard, and a
kiosk's `kiosk-admin sync` installing what the window published."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import kiosk
from kiosk.admin.cli import main
from kiosk.catalogapp.keysetup import KeySetupDialog
from kiosk.catalogapp.publishpage import PublishPage
from kiosk.catalogapp.window import CatalogWindow
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from kiosk.sync.keys import PRIVATE_NAME, PUBLIC_NAME
from kiosk.sync.manifest import MANIFEST_NAME
from tests.helpers.catalogs import read_csv_folder, tiny, write_csv_folder
from tests.helpers.catalogwindow import MakeCatalogWindow
from tests.helpers.checks import folder_state

WORK_MS = 30_000  # reading, comparing and building the sample; well under that normally
ROOT = Path(kiosk.__file__).resolve().parent.parent
MakeWindow = Callable[..., CatalogWindow]


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "kiosk-catalog.ini"


@pytest.fixture
def key_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "keys"


@pytest.fixture
def make_window(
    make_catalog_window: MakeCatalogWindow, settings_file: Path, key_dir: Path
) -> MakeWindow:
    # A new QSettings on the same file each time: as at the next start of the program.
    return lambda: make_catalog_window(
        QSettings(str(settings_file), QSettings.Format.IniFormat), key_dir=key_dir
    )


@pytest.fixture
def signing_key(key_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The staff computer's key, made earlier with `kiosk-admin keygen`."""
    assert main(["keygen", "--out", str(key_dir)]) == 0
    capsys.readouterr()
    return key_dir / PRIVATE_NAME


@pytest.fixture
def window(make_window: MakeWindow, signing_key: Path) -> CatalogWindow:
    return make_window()


def cli_publish(source: Path, key: Path, folder: Path, *more: str) -> None:
    assert main(["publish", str(source), "--key", str(key), "--out", str(folder), *more]) == 0


def open_workbook(qtbot: QtBot, window: CatalogWindow, source: Path) -> None:
    with qtbot.waitSignal(window.session.checked, timeout=WORK_MS):
        window.session.open(source)


def show_publish_page(qtbot: QtBot, window: CatalogWindow, folder: Path) -> PublishPage:
    """Choose `folder` and come to the Publish tab; returns once the changes are shown."""
    page = window.publish_page
    page.choose(folder)  # what the folder dialog does with the folder picked
    with qtbot.waitSignal(page.publisher.previewed, timeout=WORK_MS):
        window.tabs.setCurrentWidget(page)
    return page


def publish(qtbot: QtBot, page: PublishPage) -> None:
    assert page.publish_button.isEnabled()
    with qtbot.waitSignal(page.publisher.published, timeout=WORK_MS):
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.publisher.busy, timeout=WORK_MS)


def manifest_version(folder: Path) -> int:
    return int(json.loads((folder / MANIFEST_NAME).read_text())["manifest"]["catalog_version"])


def edited_sample(folder: Path) -> Path:
    """The sample with one course added, one course's title changed, three offerings gone."""
    sheets = read_csv_folder(SAMPLE_CATALOG_SOURCE)
    courses = sheets["courses"]
    courses[0]["title"] = "A New Title"
    courses.append(dict(courses[1], code="ZZ-999", title="A Brand New Course"))
    sheets["offerings"] = sheets["offerings"][3:]
    return write_csv_folder(folder, sheets)


def test_what_changes_counts_against_the_earlier_publish(
    qtbot: QtBot,
    window: CatalogWindow,
    signing_key: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pub = tmp_path / "pub"
    cli_publish(SAMPLE_CATALOG_SOURCE, signing_key, pub)
    source = edited_sample(tmp_path / "book")
    open_workbook(qtbot, window, source)
    page = show_publish_page(qtbot, window, pub)
    summary = page.changes.summary_label.text().splitlines()
    assert summary == [
        "Changes from the published catalog-v1.catalog:",
        "courses: 1 added, 0 removed, 1 changed",
        "offerings: 0 added, 3 removed, 0 changed",
    ]
    details = page.changes.details.toPlainText().splitlines()
    assert "courses: added ZZ-999" in details
    renamed = [line for line in details if line.endswith('-> "A New Title"')]
    assert len(renamed) == 1 and renamed[0].startswith("courses: changed ")
    assert sum(line.startswith("offerings: removed ") for line in details) == 3
    # The same lines, word for word, as kiosk-admin diff prints for the same two catalogs.
    capsys.readouterr()
    assert main(["diff", str(pub / "catalog-v1.catalog"), str(source)]) == 0
    assert capsys.readouterr().out.splitlines() == details + summary[1:]
    assert page.publish_button.isEnabled()
    assert page.message_label.isHidden()


def test_publishing_writes_a_signed_catalog_that_kiosk_admin_sync_installs(
    qtbot: QtBot, window: CatalogWindow, signing_key: Path, tmp_path: Path
) -> None:
    pub = tmp_path / "share" / "catalog"
    open_workbook(qtbot, window, write_csv_folder(tmp_path / "book", tiny()))
    page = show_publish_page(qtbot, window, pub)
    assert page.changes.summary_label.text() == (
        "Nothing is published in this folder yet: the whole workbook is new."
    )
    publish(qtbot, page)
    list_page = ["list.html", "list.css", "list.js", "list-v1.json", "list-v1-0.json"]
    assert sorted(p.name for p in pub.iterdir()) == sorted(
        ["catalog-v1.catalog", MANIFEST_NAME, *list_page]
    )
    assert page.result_heading.text() == "Published catalog version 1"
    key_line = (signing_key.parent / PUBLIC_NAME).read_text().strip()
    result = page.result_label.text()
    assert result.startswith("2 course")  # the tiny workbook's two courses
    assert str(pub) in result
    assert "pick it up at their next check" in result and "every 60 minutes" in result
    assert result.splitlines()[-1].startswith("The folder also holds the list page")
    assert page.changes.summary_label.text().splitlines()[-1] == "No changes"  # compared again
    data = tmp_path / "kiosk-data"
    kiosk_admin = [sys.executable, "-m", "kiosk.admin.cli"]
    synced = subprocess.run(
        [*kiosk_admin, "sync", "--source", str(pub), "--data-dir", str(data), "--trust", key_line],
        cwd=ROOT,  # the code under test, not an installed copy
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
        check=False,
    )
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert synced.stdout.strip() == "sync: updated: installed catalog version 1"
    status = subprocess.run(
        [*kiosk_admin, "status", "--data-dir", str(data), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert json.loads(status.stdout)["current"]["version"] == 1


def test_the_first_run_makes_the_key_and_the_next_start_finds_it(
    qtbot: QtBot, make_window: MakeWindow, key_dir: Path, tmp_path: Path
) -> None:
    first = make_window()
    first.tabs.setCurrentWidget(first.publish_page)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KeySetupDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, KeySetupDialog)
    assert not key_dir.exists()  # nothing is made before staff ask for it
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    private, public = key_dir / PRIVATE_NAME, key_dir / PUBLIC_NAME
    assert private.is_file() and public.is_file()
    if sys.platform != "win32":
        assert private.stat().st_mode & 0o777 == 0o600
    assert dialog.public_edit.text() == public.read_text(encoding="utf-8").strip()
    assert dialog.public_edit.isReadOnly()
    assert str(private) in dialog.backup_label.text()
    assert "Keep it secret" in dialog.backup_label.text()
    copy = next(b for b in dialog.findChildren(type(dialog.close_button)) if b.text() == "C&opy")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == public.read_text(encoding="utf-8").strip()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    key_id = first.publish_page.key.key_id  # type: ignore[union-attr]
    assert key_id in first.publish_page.key_label.text()
    first.close()

    second = make_window()
    second.tabs.setCurrentWidget(second.publish_page)
    QApplication.processEvents()  # a dialog offered on showing would be open by now
    assert QApplication.activeModalWidget() is None
    page = second.publish_page
    assert page.key_dialog is None
    assert key_id in page.key_label.text()
    qtbot.mouseClick(page.key_button, Qt.MouseButton.LeftButton)  # the line again, for IT
    shown = page.key_dialog
    assert shown is not None and shown.isVisible()
    assert shown.public_edit.text() == public.read_text(encoding="utf-8").strip()
    shown.accept()


def half_saved_sample(folder: Path) -> Path:
    sheets = read_csv_folder(SAMPLE_CATALOG_SOURCE)
    sheets["offerings"] = sheets["offerings"][:150]  # as if Excel stopped saving at row 151
    return write_csv_folder(folder, sheets)


def answer(qtbot: QtBot, page: PublishPage, button: QMessageBox.StandardButton) -> str:
    """Wait for the guard's question, answer it; its text."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    question = box.text()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    return question


def test_the_one_fifth_guard_asks_and_no_publishes_nothing(
    qtbot: QtBot, window: CatalogWindow, signing_key: Path, tmp_path: Path
) -> None:
    pub = tmp_path / "pub"
    cli_publish(SAMPLE_CATALOG_SOURCE, signing_key, pub)
    open_workbook(qtbot, window, half_saved_sample(tmp_path / "half"))
    page = show_publish_page(qtbot, window, pub)
    assert "This removes 77 of 227 offerings" in page.changes.summary_label.text()
    before = folder_state(pub)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    question = answer(qtbot, page, QMessageBox.StandardButton.No)
    assert question.startswith("This removes 77 of 227 offerings (more than a fifth")
    assert "A half-saved workbook is the usual cause." in question
    assert page.result_heading.text() == "Not published"
    qtbot.waitUntil(lambda: not page.publisher.busy)
    assert folder_state(pub) == before

    with qtbot.waitSignal(page.publisher.published, timeout=WORK_MS):
        qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
        answer(qtbot, page, QMessageBox.StandardButton.Yes)
    assert manifest_version(pub) == 2
    assert page.result_heading.text() == "Published catalog version 2"


def test_a_workbook_with_errors_cannot_be_published(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    sheets = tiny()
    sheets["courses"][1]["grade_min"] = "eleven"
    sheets["offerings"][2]["school"] = "ZZZ"
    pub = tmp_path / "pub"
    open_workbook(qtbot, window, write_csv_folder(tmp_path / "book", sheets))
    page = window.publish_page
    page.choose(pub)
    window.tabs.setCurrentWidget(page)
    assert not page.publish_button.isEnabled()
    assert page.message_label.isVisible()
    assert page.message_label.text().startswith("This workbook has 2 error")
    assert "fix them first" in page.message_label.text()
    assert not pub.exists()
    # Fixed and saved: the window checks it again, and Publish can be pressed.
    with qtbot.waitSignal(page.publisher.previewed, timeout=WORK_MS):
        write_csv_folder(tmp_path / "book", tiny())
    assert page.publish_button.isEnabled()
    assert page.message_label.isHidden()


def test_a_publish_folder_inside_the_workbook_is_refused_before_publishing(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    book = write_csv_folder(tmp_path / "book", tiny())
    open_workbook(qtbot, window, book)
    page = show_publish_page(qtbot, window, book / "out")
    assert page.message_label.text() == (
        "The publish folder is inside the workbook's CSV folder: choose another folder."
    )
    assert not page.publish_button.isEnabled()


def test_the_folder_is_remembered_for_the_next_start(
    qtbot: QtBot, make_window: MakeWindow, signing_key: Path, tmp_path: Path
) -> None:
    first = make_window()
    first.publish_page.choose(tmp_path / "usb" / "catalog")
    first.close()
    second = make_window()
    assert second.publish_page.folder_edit.text() == str(tmp_path / "usb" / "catalog")
    assert not second.publish_page.publish_button.isEnabled()  # no workbook open yet
    assert second.publish_page.message_label.text() == "Open a workbook first."


def test_every_control_has_a_name_and_a_key(window: CatalogWindow) -> None:
    page = window.publish_page
    for button in (page.choose_button, page.key_button, page.publish_button):
        assert button.accessibleName()
        assert "&" in button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    for widget in (page.folder_edit, page.changes.details, page.changes.summary_label):
        assert widget.accessibleName()
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "P&ublish"


def test_not_now_makes_no_key_and_publish_offers_it_again(
    qtbot: QtBot, make_window: MakeWindow, key_dir: Path, tmp_path: Path
) -> None:
    window = make_window()
    open_workbook(qtbot, window, write_csv_folder(tmp_path / "book", tiny()))
    page = show_publish_page(qtbot, window, tmp_path / "pub")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KeySetupDialog))
    offered = QApplication.activeModalWidget()
    assert isinstance(offered, KeySetupDialog)
    offered.reject()  # Not now
    assert not key_dir.exists()
    assert page.key_label.text() == "This computer has no signing key yet."
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    again = page.key_dialog
    assert again is not None and again is not offered and again.isVisible()
    qtbot.mouseClick(again.create_button, Qt.MouseButton.LeftButton)
    again.accept()
    publish(qtbot, page)  # with the key just made
    assert manifest_version(tmp_path / "pub") == 1


def test_an_unreadable_key_is_said_and_nothing_is_published(
    qtbot: QtBot, make_window: MakeWindow, key_dir: Path, tmp_path: Path
) -> None:
    key_dir.mkdir(parents=True)
    (key_dir / PRIVATE_NAME).write_text("not a key")
    window = make_window()
    open_workbook(qtbot, window, write_csv_folder(tmp_path / "book", tiny()))
    page = show_publish_page(qtbot, window, tmp_path / "pub")
    assert page.key_label.text().startswith("The signing key cannot be read: ")
    assert "not a signing key written by kiosk-admin keygen" in page.message_label.text()
    assert not page.publish_button.isEnabled()
    assert page.key_button.isHidden()
    assert QApplication.activeModalWidget() is None  # nothing offered over a key that is there
