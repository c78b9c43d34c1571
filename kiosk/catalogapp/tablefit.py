"""Fits a table's rows to their wrapped text, and its short columns to their text, as the
rows come into view.

Fitting the whole table at once (resizeRowsToContents, or a column resized to its contents
over Qt's default of a thousand rows) measures each of those cells in the window's thread:
seconds for a workbook with thousands of problems. Only what is on screen is measured here,
again whenever the table scrolls, is sorted or refilled, or its columns change width. A
column only grows while staff scroll (a width that came and went would make the table
jump); a row nobody has scrolled to keeps one line's height."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QHeaderView, QTableView


class TableFitter(QObject):
    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._columns = tuple(columns)
        self._fresh = True  # the columns start again from the rows in view
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(0)  # sizeHintForColumn: the rows in view only
        for column in self._columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # Once the events of a change are all in: a resize or a scroll sends many at once.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        model = view.model()
        model.modelReset.connect(self._refilled)
        model.layoutChanged.connect(self._rows_changed)  # sorted: heights belong to rows
        view.verticalScrollBar().valueChanged.connect(self._later)
        header.sectionResized.connect(self._later)

    @Slot()
    def _refilled(self) -> None:
        self._fresh = True
        self._rows_changed()

    @Slot()
    def _rows_changed(self) -> None:
        # Every row back to one line: the heights measured were those of other problems.
        rows = self._view.verticalHeader()
        rows.setDefaultSectionSize(rows.defaultSectionSize())
        self._later()

    @Slot()
    def _later(self) -> None:
        self._pending.start()  # not connected straight: start(int) would take a signal's int

    @Slot()
    def fit(self) -> None:
        self._fit_columns()  # first: the rows' heights depend on the widths left to wrap in
        self._fit_rows()

    def _fit_columns(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        for column in self._columns:
            width = max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
            if not self._fresh:
                width = max(width, header.sectionSize(column))
            if width != header.sectionSize(column):
                header.resizeSection(column, width)
        self._fresh = False

    def _fit_rows(self) -> None:
        view = self._view
        row, rows, bottom = view.rowAt(0), view.model().rowCount(), view.viewport().height()
        if row < 0:
            return
        while row < rows and view.rowViewportPosition(row) < bottom:
            view.resizeRowToContents(row)
            row += 1
