"""The Catalog application's window, driven offscreen on real workbooks: open, check, check
again by itself when the file is saved, a broken file, the last workbook remembered, drops."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from benchmarks.synthetic import generate
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.catalogapp.problems import COLUMN, EXPECTED, ROW, SEVERITY, SHEET, WRONG
from kiosk.catalogapp.window import CatalogWindow
from tests.helpers.catalogs import tiny, write_csv_folder, write_xlsx
from tests.helpers.catalogwindow import (
    CHECK_MS,
    MakeCatalogWindow,
    open_and_wait,
    settings_in,
    with_problems,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return settings_in(tmp_path)


@pytest.fixture
def make_window(make_catalog_window: MakeCatalogWindow, settings: QSettings) -> MakeCatalogWindow:
    return lambda config=settings: make_catalog_window(config)


@pytest.fixture
def window(make_window: MakeCatalogWindow) -> CatalogWindow:
    return make_window()


def rows(window: CatalogWindow) -> list[tuple[str, ...]]:
    """The table as staff see it, in the view's order."""
    model = window.view.model()
    return [
        tuple(model.index(r, c).data() for c in (SEVERITY, SHEET, ROW, COLUMN))
        for r in range(model.rowCount())
    ]


def test_the_table_lists_every_problem_at_its_cell_errors_first(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    source = write_csv_folder(tmp_path / "book", with_problems())
    open_and_wait(qtbot, window, source)
    assert rows(window) == [
        ("Error", "courses", "3", "grade_min"),
        ("Error", "offerings", "4", "school"),
        ("Warning", "faq", "1", "bogus"),
    ]
    model = window.view.model()
    assert model.index(0, WRONG).data() == '"eleven" is not a number'
    assert model.index(0, EXPECTED).data() == "expected a whole number from 9 to 12"
    assert "2 error" in window.count_label.text()
    assert "1 warning" in window.count_label.text()
    assert window.message_label.isHidden()
    assert window.excel_button.isEnabled()


def test_an_error_stands_out_by_weight_and_sign_not_only_colour(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", with_problems()))
    model = window.view.model()
    error, warning = model.index(0, SEVERITY), model.index(2, SEVERITY)
    assert (error.data(), warning.data()) == ("Error", "Warning")
    assert error.data(Qt.ItemDataRole.FontRole).bold()
    assert warning.data(Qt.ItemDataRole.FontRole) is None
    error_sign = error.data(Qt.ItemDataRole.DecorationRole)
    warning_sign = warning.data(Qt.ItemDataRole.DecorationRole)
    assert not error_sign.isNull() and not warning_sign.isNull()
    assert error_sign.cacheKey() != warning_sign.cacheKey()
    assert model.index(0, WRONG).data(Qt.ItemDataRole.DecorationRole) is None  # only severity


def test_the_window_and_kiosk_admin_validate_find_the_same_problems(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    source = write_xlsx(tmp_path / "catalog.xlsx", with_problems())
    open_and_wait(qtbot, window, source)
    core = validate(read_workbook(source))
    assert window.table.problems == tuple(core.errors + core.warnings)


def test_sorting_by_row_sorts_by_number(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    sheets = with_problems()
    for number in range(8):  # rows 2..9 and 10: "10" must not sort before "9"
        sheets["offerings"].append({"course": "HS-110", "school": f"Z{number}", "term": "summer"})
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", sheets))
    window.view.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
    numbers = [int(r[2]) for r in rows(window)]
    assert numbers == sorted(numbers)
    assert numbers[-2:] == [11, 12]


def test_sorting_keeps_the_selected_problem_selected_and_equal_ones_in_order(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", with_problems()))
    window.view.selectRow(1)  # the offerings error
    window.view.sortByColumn(SEVERITY, Qt.SortOrder.DescendingOrder)
    assert rows(window) == [
        ("Warning", "faq", "1", "bogus"),
        ("Error", "courses", "3", "grade_min"),  # still in the order the check found them
        ("Error", "offerings", "4", "school"),
    ]
    assert [i.row() for i in window.view.selectionModel().selectedRows()] == [2]


def fitted(view: QTableView, row: int) -> bool:
    """The row is as high as its text needs (resizeRowToContents' height)."""
    needed = max(view.sizeHintForRow(row), view.verticalHeader().sectionSizeHint(row))
    return view.rowHeight(row) == needed


def test_a_row_far_down_a_long_table_fits_its_text_once_scrolled_to(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    sheets = tiny()
    for number in range(300):
        sheets["offerings"].append({"course": "HS-110", "school": f"Z{number}", "term": "summer"})
    # A warning, so the last row: its list of expected columns wraps over lines.
    sheets["courses"][0]["a_column_nobody_expects_here"] = "x"
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", sheets))
    view, header = window.view, window.view.horizontalHeader()
    last = view.model().rowCount() - 1
    column_name = view.model().index(last, COLUMN)
    assert column_name.data() == "a_column_nobody_expects_here"
    qtbot.waitUntil(lambda: fitted(view, 0))
    assert view.rowViewportPosition(last) > view.viewport().height()  # out of view at first
    view.scrollToBottom()
    qtbot.waitUntil(lambda: fitted(view, last))
    assert view.rowHeight(last) > view.rowHeight(0)
    assert header.sectionSize(COLUMN) >= view.sizeHintForIndex(column_name).width()


def test_fixing_a_csv_folder_checks_again_by_itself(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    source = write_csv_folder(tmp_path / "book", with_problems())
    open_and_wait(qtbot, window, source)
    assert window.view.model().rowCount() == 3
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        write_csv_folder(source, tiny())  # saved in place, file by file
    assert window.view.model().rowCount() == 0
    assert window.count_label.text() == "No problems: ready to publish"


def test_a_workbook_replaced_on_save_is_still_watched(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    """Excel and LibreOffice write a new file and rename it over the old one."""
    source = write_xlsx(tmp_path / "catalog.xlsx", tiny())
    open_and_wait(qtbot, window, source)
    assert window.count_label.text() == "No problems: ready to publish"
    for sheets, expected in ((with_problems(), 3), (tiny(), 0)):
        saved = write_xlsx(tmp_path / "saving.tmp", sheets)
        with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
            saved.replace(source)
        assert window.view.model().rowCount() == expected


def test_a_broken_workbook_is_shown_calmly_with_its_message(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    good = write_csv_folder(tmp_path / "book", with_problems())
    open_and_wait(qtbot, window, good)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a zip file")
    open_and_wait(qtbot, window, broken)
    assert window.count_label.text() == "This workbook cannot be checked"
    assert window.message_label.isVisible()
    assert window.message_label.text() == (
        "broken.xlsx: this file isn't a valid Excel workbook; open it in Excel and save it "
        "again as .xlsx"
    )
    assert window.message_label.textFormat() == Qt.TextFormat.PlainText
    assert window.view.model().rowCount() == 0  # nothing left over from the last workbook


def test_the_last_workbook_is_reopened_at_start(
    qtbot: QtBot, make_window, settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source = write_xlsx(tmp_path / "catalog.xlsx", with_problems())
    first = make_window()
    open_and_wait(qtbot, first, source)
    first.close()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)  # as at the next start
    second = make_window(again)
    with qtbot.waitSignal(second.session.checked, timeout=CHECK_MS):
        assert second.session.reopen_last()
    assert second.session.source == source
    assert second.view.model().rowCount() == 3
    second.close()
    source.unlink()  # gone by the next start: nothing to reopen, and no error
    third = make_window(QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert not third.session.reopen_last()
    assert third.count_label.text() == "No workbook open"


def drop(window: CatalogWindow, path: Path) -> bool:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, dropped)
    return dropped.isAccepted()


def test_dropping_a_file_opens_it(qtbot: QtBot, window: CatalogWindow, tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "catalog.xlsx", with_problems())
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        assert drop(window, source)
    assert window.session.source == source
    assert window.view.model().rowCount() == 3


def test_dropping_a_csv_sheet_opens_its_folder(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny())
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        assert drop(window, folder / "courses.csv")
    assert window.session.source == folder
    assert window.count_label.text() == "No problems: ready to publish"


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_in_excel_asks_the_system_to_open_the_workbook(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    source = write_xlsx(tmp_path / "catalog.xlsx", tiny())
    open_and_wait(qtbot, window, source)
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # instead of the real Excel
    try:
        qtbot.mouseClick(window.excel_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [QUrl.fromLocalFile(str(source))]


def test_controls_have_names_and_keys(window: CatalogWindow) -> None:
    for button in (window.open_button, window.folder_button, window.excel_button):
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.view.accessibleName() == "Problems"
    assert not window.excel_button.isEnabled()  # nothing open yet


def test_a_large_workbook_is_checked_without_blocking_the_window(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    source = generate(tmp_path / "large", 20_000)
    window._busy_timer.setInterval(0)  # the busy indicator's delay is not what is tested
    gaps: list[float] = []
    busy_seen: list[bool] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        busy_seen.append(window.busy.isVisible())

    timer = QTimer(window)
    timer.setInterval(2)
    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(window.session.checked, timeout=60_000):
        window.session.open(source)
        last[0] = time.perf_counter()
    timer.stop()
    assert window.count_label.text() == "No problems: ready to publish"
    assert len(gaps) > 20  # the event loop ran all along
    print(f"longest gap {max(gaps) * 1000:.0f} ms over {len(gaps)} ticks")
    assert max(gaps) < 0.2, f"the window froze for {max(gaps) * 1000:.0f} ms"
    assert any(busy_seen)  # shown while checking
    assert window.busy.isHidden()  # and gone once done


def test_a_quick_check_shows_no_busy_indicator(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    shown: list[bool] = []
    timer = QTimer(window)
    timer.setInterval(2)
    timer.timeout.connect(lambda: shown.append(window.busy.isVisible()))
    timer.start()
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", tiny()))
    timer.stop()
    assert shown  # it was looked at
    assert not any(shown)
    assert window.count_label.text() == "No problems: ready to publish"


def test_only_the_newest_check_is_shown(
    qtbot: QtBot, window: CatalogWindow, tmp_path: Path
) -> None:
    """Opening another workbook while one is being checked: the first one's result never
    shows (the one worker checks in order, so it arrives first and is dropped)."""
    large = generate(tmp_path / "large", 10_000)
    small = write_csv_folder(tmp_path / "book", with_problems())
    results: list[Path] = []
    window.session.checked.connect(lambda outcome: results.append(outcome.source))
    window.session.open(large)
    with qtbot.waitSignal(window.session.checked, timeout=CHECK_MS):
        window.session.open(small)
    assert results == [small]
    assert window.view.model().rowCount() == 3
