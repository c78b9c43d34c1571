"""The problems of one check as a table: severity, sheet, row, column, what is wrong, what is
expected; sortable through a proxy that sorts by value (row 9 before row 10)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kiosk.catalog.records import Problem
from kiosk.catalog.visible import shown

SEVERITY, SHEET, ROW, COLUMN, WRONG, EXPECTED = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ProblemTable", "Severity"),
        QCoreApplication.translate("ProblemTable", "Sheet"),
        QCoreApplication.translate("ProblemTable", "Row"),
        QCoreApplication.translate("ProblemTable", "Column"),
        QCoreApplication.translate("ProblemTable", "What is wrong"),
        QCoreApplication.translate("ProblemTable", "What is expected"),
    )


class ProblemTable(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: tuple[Problem, ...] = ()

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def set_problems(self, problems: tuple[Problem, ...]) -> None:
        self.beginResetModel()
        self._problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(problem, index.column())
        if role == SORT_ROLE:
            return self._key(problem, index.column())
        return None

    def _text(self, problem: Problem, column: int) -> str:
        if column == SEVERITY:
            if problem.warning:
                return QCoreApplication.translate("ProblemTable", "Warning")
            return QCoreApplication.translate("ProblemTable", "Error")
        if column == ROW:
            return "" if problem.row is None else str(problem.row)
        # As `kiosk-admin validate` prints them: characters nobody can see are written out.
        values = {SHEET: problem.sheet, COLUMN: problem.column or "", WRONG: problem.message}
        return shown(values.get(column, problem.expected))

    def _key(self, problem: Problem, column: int) -> Any:
        if column == SEVERITY:
            return int(problem.warning)  # errors first
        if column == ROW:
            return -1 if problem.row is None else problem.row
        return self._text(problem, column).casefold()


def sorted_view_of(table: ProblemTable) -> QSortFilterProxyModel:
    """A proxy that sorts by value; its sort is stable, so errors stay in the core's order."""
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(table)
    proxy.setSortRole(SORT_ROLE)
    return proxy
