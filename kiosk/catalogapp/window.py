"""The Catalog application's window: open a workbook (button or drop) and see its problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogapp.checker import Checked
from kiosk.catalogapp.problems import COLUMN, ROW, SEVERITY, SHEET, WRONG, ProblemTable
from kiosk.catalogapp.problemwords import translated
from kiosk.catalogapp.publishpage import Publishing, PublishPage
from kiosk.catalogapp.session import WorkbookSession
from kiosk.catalogapp.tablefit import TableFitter
from kiosk.catalogapp.tools import WorkbookTools
from kiosk.catalogapp.widgets import busy_bar, button, plain_label

# A check that ends sooner than this shows no busy indicator: a flash would only distract.
BUSY_AFTER_MS = 300


class CatalogWindow(QMainWindow):
    def __init__(self, session: WorkbookSession, publishing: Publishing) -> None:
        super().__init__()
        self.setObjectName("CatalogWindow")
        self.session = session
        self.publish_page = PublishPage(session, publishing)
        session.setParent(self)
        self.table = ProblemTable(self)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._build()
        self.setAcceptDrops(True)
        session.opened.connect(self._opened)
        session.started.connect(self._started)
        session.checked.connect(self._checked)
        self._nothing_open()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Catalog"))
        self.open_button = button(self.tr("&Open workbook..."), self._choose_file)
        self.open_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.folder_button = button(self.tr("Open CSV &folder..."), self._choose_folder)
        self.excel_button = button(self.tr("Open in &Excel"), self._open_in_excel)
        self.again_button = button(self.tr("Check &again"), self.session.check_again)
        self.again_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        # The row of actions on the open workbook; later buttons are added after these.
        self.actions_row = QHBoxLayout()
        for each in (self.open_button, self.folder_button, self.excel_button):
            self.actions_row.addWidget(each)
        self.actions_row.addStretch(1)
        self.source_label = plain_label("SourceLabel", role="muted")
        self.source_label.setAccessibleName(self.tr("Workbook"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("CatalogTabs")
        self.tabs.addTab(self._check_page(), self.tr("&Problems"))
        self.tabs.addTab(self.publish_page, self.tr("P&ublish"))
        layout = QVBoxLayout()
        layout.addLayout(self.actions_row)
        layout.addWidget(self.source_label)
        layout.addWidget(self.tabs, 1)
        page = QWidget()
        page.setLayout(layout)
        self.setCentralWidget(page)
        self.resize(1100, 700)
        self._add_workbook_actions(layout)

    def _add_workbook_actions(self, layout: QVBoxLayout) -> None:
        """New workbook, See it as a student and Wages, and the line that says how they went."""
        self.tools = WorkbookTools(self.session, self)
        self.tools.add_to(self.actions_row, layout)

    def _check_page(self) -> QWidget:
        """The check's result: a count line, why it cannot be checked, and every problem."""
        self.count_label = plain_label("CountLabel", role="h3")
        self.message_label = plain_label("MessageLabel")
        self.busy = busy_bar(self.tr("Checking"))
        status = QHBoxLayout()
        status.addWidget(self.count_label, 1)
        status.addWidget(self.busy)
        status.addWidget(self.again_button)
        self.view = self._problem_view()
        layout = QVBoxLayout()
        layout.addLayout(status)
        layout.addWidget(self.message_label)
        layout.addWidget(self.view, 1)
        self.count_label.setAccessibleName(self.tr("Result of the check"))
        self.message_label.setAccessibleName(self.tr("Why the workbook cannot be checked"))
        page = QWidget()
        page.setObjectName("CheckPage")
        page.setLayout(layout)
        return page

    def _problem_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("ProblemView")
        view.setAccessibleName(self.tr("Problems"))
        view.setModel(self.table)
        view.setSortingEnabled(True)
        view.sortByColumn(SEVERITY, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(WRONG, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        # The short columns and the rows' wrapped text fitted to what is in view.
        self.fitter = TableFitter(view, (SEVERITY, SHEET, ROW, COLUMN))
        return view

    # -- opening ---------------------------------------------------------------------------

    @Slot()
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a catalog workbook"),
            str(self.session.source.parent) if self.session.source else "",
            self.tr("Catalog workbooks (*.xlsx *.xlsm);;CSV sheets, opens their folder (*.csv)"),
        )
        if name:
            self.session.open(Path(name))

    @Slot()
    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of CSV sheets"))
        if name:
            self.session.open(Path(name))

    @Slot()
    def _open_in_excel(self) -> None:
        if self.session.source is not None:
            # The system's default program for the file: Excel, LibreOffice, or for a CSV
            # folder the file manager.
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.source)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.session.open(path)

    # -- showing what the session says -----------------------------------------------------

    def _nothing_open(self) -> None:
        self.excel_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.source_label.setText(
            self.tr("Open a workbook (.xlsx) or a folder of CSV sheets, or drop one here.")
        )
        self.count_label.setText(self.tr("No workbook open"))
        self.message_label.hide()

    @Slot(Path)
    def _opened(self, source: Path) -> None:
        self.setWindowTitle(self.tr("%1 - Catalog").replace("%1", source.name))
        self.source_label.setText(str(source))
        self.excel_button.setEnabled(True)
        self.again_button.setEnabled(True)

    @Slot(Path)
    def _started(self, source: Path) -> None:
        if not self._busy_timer.isActive() and not self.busy.isVisible():
            self._busy_timer.start()

    @Slot()
    def _show_busy(self) -> None:
        source = self.session.source
        if self.session.busy and source is not None:
            self.busy.show()
            self.count_label.setText(self.tr("Checking %1...").replace("%1", source.name))

    @Slot(object)
    def _checked(self, outcome: Checked) -> None:
        self._busy_timer.stop()
        self.busy.hide()
        self.table.set_problems(outcome.problems)  # its rows are fitted as they come into view
        self.count_label.setText(self._count(outcome))
        detail = translated(outcome.unreadable_wording, outcome.unreadable)
        if outcome.crashed:
            detail = self.tr("Something went wrong in the check itself; it is in the log file.")
        self.message_label.setText(detail)
        self.message_label.setVisible(bool(detail))

    def _count(self, outcome: Checked) -> str:
        if outcome.unreadable or outcome.crashed:
            return self.tr("This workbook cannot be checked")
        if not outcome.problems:
            return self.tr("No problems: ready to publish")
        warnings = self.tr("%n warning(s)", "", outcome.warnings)
        if not outcome.errors:
            return self.tr("%1: ready to publish").replace("%1", warnings)
        errors = self.tr("%n error(s)", "", outcome.errors)
        return self.tr("%1, %2").replace("%1", errors).replace("%2", warnings)

    def stop(self) -> None:
        """End the window's threads and previews (again is harmless): before Python ends."""
        self.session.stop()
        self.publish_page.stop()
        self.tools.stop()

    def closeEvent(self, event: object) -> None:
        self.stop()
        super().closeEvent(event)  # type: ignore[arg-type]


def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    local = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return Path(local[0]) if local else None
