"""The Catalog window's tools on the open workbook, driven offscreen on real files: See it as a
student (the preview's folder, its language, a workbook with errors, a kiosk that does not
start), New workbook from the template, and Wages from BLS's file for an area."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kiosk.admin.cli import main
from kiosk.catalog.languages import NATIVE_NAMES
from kiosk.catalogapp.previewfolder import prepare_preview, preview_folders
from kiosk.catalogapp.wagesdialog import WagesDialog
from kiosk.catalogapp.window import CatalogWindow
from kiosk.services.catalog import CatalogService
from kiosk.sync.store import CatalogStore
from tests.helpers.catalogs import Sheets, tiny, write_csv_folder, write_xlsx
from tests.helpers.catalogwindow import (
    CHECK_MS,
    MakeCatalogWindow,
    open_and_wait,
    settings_in,
    with_problems,
)

EXTRACT = Path(__file__).parents[1] / "data" / "oews" / "oews-may2025-extract-trimmed.csv"


@pytest.fixture
def window(make_catalog_window: MakeCatalogWindow) -> CatalogWindow:
    return make_catalog_window()


SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]  # stands in for a kiosk


def prepare_window(window: CatalogWindow, tmp_path: Path, command: list[str]) -> Path:
    window.tools.previewer.root = tmp_path / "previews"
    window.tools.previewer.command = command
    return window.tools.previewer.root


def preview_and_wait(qtbot: QtBot, window: CatalogWindow, words: str) -> str:
    """Click See it as a student; the line staff read once it is built (and started)."""
    with qtbot.waitSignal(
        window.tools.previewer.reported,
        timeout=CHECK_MS,
        check_params_cb=lambda text: words in text,
    ):
        qtbot.mouseClick(window.tools.preview_button, Qt.MouseButton.LeftButton)
    assert window.tools.label.isVisible()
    return window.tools.label.text()


# -- See it as a student ---------------------------------------------------------------------


def test_the_preview_runs_on_the_workbooks_catalog_and_goes_with_the_window(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    root = prepare_window(window, tmp_path, SLEEPER)
    leftover = root / "preview-left-by-a-killed-window"
    leftover.mkdir(parents=True)
    busy = root / "preview-of-a-kiosk-still-running"
    busy.mkdir()
    held = QLockFile(str(busy / "kiosk.lock"))  # as a running kiosk holds its data folder
    assert held.tryLock(0)
    assert not window.tools.preview_button.isEnabled()  # nothing open yet
    sheets = tiny()
    sheets["courses"][0]["title"] = "Nursing Basics, as typed today"
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", sheets))
    text = preview_and_wait(qtbot, window, "its own window")
    assert text == "The kiosk opens in its own window, as a student sees it."
    (folder,) = window.tools.previewer.running.values()
    assert sorted(preview_folders(root)) == sorted([folder, busy])  # the leftover went
    service = CatalogService(CatalogStore(folder), None, 30_000)  # as the kiosk opens it
    service.apply_pending()
    assert service.available
    course = service.repo.course("HS-110", "en")
    assert course is not None and course.title == "Nursing Basics, as typed today"
    service.repo.close()
    window.close()  # the preview ends with the window, and its folder goes
    assert window.tools.previewer.running == {}
    assert preview_folders(root) == [busy]
    held.unlock()


def test_a_workbook_with_errors_is_not_previewed(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    root = prepare_window(window, tmp_path, SLEEPER)
    open_and_wait(qtbot, window, write_xlsx(tmp_path / "catalog.xlsx", with_problems()))
    text = preview_and_wait(qtbot, window, "cannot be previewed")
    # "2 errors" once the English plural forms are compiled; the count is what matters here.
    assert text.startswith("The workbook has 2 error")
    assert text.endswith(
        ", so it cannot be previewed yet: fix them (see Problems), then try again."
    )
    assert window.tools.previewer.running == {}
    assert preview_folders(root) == []
    assert window.tools.preview_button.isEnabled()  # ready for the next try


@pytest.mark.allow_log(r"^the preview kiosk could not be started", level="ERROR")
def test_a_kiosk_that_does_not_start_is_said_calmly(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    root = prepare_window(window, tmp_path, [str(tmp_path / "no-kiosk-here")])
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", tiny()))
    text = preview_and_wait(qtbot, window, "could not be started")
    assert text.startswith("The kiosk could not be started: ")
    assert text.endswith(". The details are in the log file.")
    assert window.tools.previewer.running == {}
    assert preview_folders(root) == []


def test_the_preview_language_is_offered_by_its_own_name_and_remembered(
    qtbot: QtBot, make_catalog_window: MakeCatalogWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_catalog_window()
    combo = first.tools.preview_language
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["English", "Español", "Hmoob", "繁體中文", "Tiếng Việt", "简体中文"]
    assert combo.currentData() == "en"
    prepare_window(first, tmp_path, SLEEPER)
    open_and_wait(qtbot, first, write_xlsx(tmp_path / "catalog.xlsx", with_problems()))
    combo.setCurrentIndex(combo.findData("vi"))
    preview_and_wait(qtbot, first, "cannot be previewed")
    first.close()
    again = make_catalog_window(settings_in(tmp_path))  # the same file, read anew
    assert again.tools.preview_language.currentText() == NATIVE_NAMES["vi"]


def test_the_prepared_folder_opens_in_the_kiosks_catalog_service_in_spanish(
    qapp: object, tmp_path: Path
) -> None:
    folder = prepare_preview(write_csv_folder(tmp_path / "book", tiny()), tmp_path, "es").folder
    assert folder is not None
    service = CatalogService(CatalogStore(folder), None, 30_000)
    service.apply_pending()
    course = service.repo.course("HS-110", "es")
    assert course is not None and course.title == "Enfermería básica"
    service.repo.close()


# -- New workbook ----------------------------------------------------------------------------


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Staff type `path` in the Save dialog (which asks itself before replacing a file)."""
    asked: list[str] = []

    def save(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return asked


def test_a_new_workbook_is_the_template_and_opens(
    qtbot: QtBot,
    window: CatalogWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "district catalog.xlsx"
    asked = answer_save_dialog(monkeypatch, path)
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        qtbot.mouseClick(window.tools.new_button, Qt.MouseButton.LeftButton)
    assert asked == ["Excel workbooks (*.xlsx)"]
    assert window.session.source == path
    assert window.tools.label.text() == (
        "district catalog.xlsx is a new workbook: fill it in with Open in Excel."
    )
    assert window.table.problems  # an empty catalog is not ready: say what it needs
    capsys.readouterr()
    assert main(["validate", str(path)]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[:-1] == [str(problem) for problem in window.table.problems]
    assert printed[-1].startswith("district catalog.xlsx: NOT valid, ")


def test_a_new_workbook_must_be_an_xlsx_file(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, tmp_path / "catalog.csv")
    qtbot.mouseClick(window.tools.new_button, Qt.MouseButton.LeftButton)
    assert window.tools.label.text() == (
        "catalog.csv was not written: a new workbook must be an .xlsx file."
    )
    assert not (tmp_path / "catalog.csv").exists()
    assert window.session.source is None


# -- Wages -----------------------------------------------------------------------------------


def wage_file(tmp_path: Path) -> Path:
    """BLS's figures under a name of BLS's (which says the release: May 2025)."""
    return Path(shutil.copy(EXTRACT, tmp_path / "MSA_M2025_dl.csv"))


def with_pay(area: str) -> Sheets:
    sheets = tiny()
    sheets["careers"][0]["soc"] = "29-1141.00"  # registered nurses: in the file
    sheets["careers"][1]["soc"] = "11-1011.00"  # chief executives: not in it
    sheets["settings"].append({"key": "wage_area", "value": area})
    return sheets


def open_wages(qtbot: QtBot, window: CatalogWindow, path: Path) -> WagesDialog:
    qtbot.mouseClick(window.tools.wages_button, Qt.MouseButton.LeftButton)
    dialog = window.tools.wages_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.areas_listed, timeout=CHECK_MS):
        dialog.choose_file(path)
    return dialog


def messages(window: CatalogWindow) -> list[str]:
    return [str(problem) for problem in window.table.problems]


def test_the_wage_file_lists_its_areas(qtbot: QtBot, window: CatalogWindow, tmp_path: Path) -> None:
    dialog = open_wages(qtbot, window, wage_file(tmp_path))
    combo = dialog.area_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "As the workbook's settings say (wage_area)",
        "California (06)",
        "Fresno, CA (23420)",
        "Los Angeles-Long Beach-Anaheim, CA (31080)",
        "Sacramento-Roseville-Folsom, CA (40900)",
        "U.S. (99)",
    ]
    assert dialog.area is None and dialog.ok_button.isEnabled()
    assert dialog.message_label.isHidden()


def test_an_area_chosen_in_the_window_is_the_checks_as_on_the_command_line(
    qtbot: QtBot,
    window: CatalogWindow,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    book = write_csv_folder(tmp_path / "book", with_pay("12345"))  # an area BLS has not
    wages = wage_file(tmp_path)
    open_and_wait(qtbot, window, book)
    assert window.table.problems == ()  # without a wage file, pay is not checked
    dialog = open_wages(qtbot, window, wages)
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        dialog.ok_button.click()  # as the settings sheet says
    assert messages(window) == [
        'settings, row 6, column "value": wage_area "12345" is not an area of MSA_M2025_dl.csv '
        "(expected one of its areas: 99 U.S.; 06 California; 40900 Sacramento-Roseville-Folsom, "
        "CA; 23420 Fresno, CA; 31080 Los Angeles-Long Beach-Anaheim, CA; or download your "
        "area's file)"
    ]
    dialog = open_wages(qtbot, window, wages)
    assert dialog.choose_area("40900")
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        dialog.ok_button.click()
    assert (window.session.wages, window.session.wage_area) == (wages, "40900")
    assert window.tools.wages_label.text() == "Pay from MSA_M2025_dl.csv, area 40900"
    assert messages(window) == [
        'warning: careers, row 3, column "soc": 11-1011.00 is not in MSA_M2025_dl.csv, so this '
        "career shows no pay (expected an occupation code BLS publishes (check it at "
        "onetonline.org), or a typed wage)"
    ]
    capsys.readouterr()
    assert main(["validate", str(book), "--wages", str(wages), "--wage-area", "40900"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [*messages(window), "book: valid, 0 errors, 1 warning"]


def test_the_wage_file_and_area_are_kept_for_the_next_start(
    qtbot: QtBot, make_catalog_window: MakeCatalogWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_catalog_window()
    wages = wage_file(tmp_path)
    dialog = open_wages(qtbot, first, wages)
    dialog.choose_area("23420")
    dialog.ok_button.click()
    first.close()
    again = make_catalog_window(settings_in(tmp_path))  # the same file, read anew
    assert (again.session.wages, again.session.wage_area) == (wages, "23420")
    assert again.tools.wages_label.text() == "Pay from MSA_M2025_dl.csv, area 23420"
    dialog = open_wages(qtbot, again, wages)
    assert dialog.area == "23420"
    with qtbot.waitSignal(again.session.checked, timeout=CHECK_MS):
        again.session.open(write_csv_folder(tmp_path / "book", with_pay("12345")))
    assert [p.message for p in again.table.problems] == [
        "11-1011.00 is not in MSA_M2025_dl.csv, so this career shows no pay"
    ]


def test_an_unreadable_wage_file_shows_its_message(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    lines = EXTRACT.read_text(encoding="utf-8").splitlines()
    header, first = lines[0], lines[1].split(",")
    first[header.split(",").index("TOT_EMP")] = "lots"
    bad = tmp_path / "MSA_M2025_dl.csv"
    bad.write_text("\n".join([header, ",".join(first)]) + "\n", encoding="utf-8")
    dialog = open_wages(qtbot, window, bad)
    assert dialog.message_label.isVisible()
    assert dialog.message_label.text() == (
        "This wage file cannot be used: MSA_M2025_dl.csv: row 2, column TOT_EMP: 'lots' is "
        "not a number, *, ** or #"
    )
    assert not dialog.ok_button.isEnabled()
    assert dialog.area_combo.count() == 1
    dialog.reject()
    assert window.session.wages is None
    assert window.tools.wages_label.text() == "No wage file"
