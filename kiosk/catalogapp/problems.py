"""The problems of one check as a table: severity, sheet, row, column, what is wrong, what is
expected (in the window's language); sortable by value (row 9 before row 10).

The model sorts itself, in Python's sort over one key per problem: a sorting proxy would call
back into Python twice for each of its comparisons, which on thousands of problems holds the
window up for a noticeable time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from kiosk.catalog.records import Problem
from kiosk.catalog.visible import shown
from kiosk.catalogapp.problemwords import ProblemWords
from kiosk.ui.theme import PALETTES, STANDARD

SEVERITY, SHEET, ROW, COLUMN, WRONG, EXPECTED = range(6)
COLUMNS = EXPECTED + 1
Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
# An error stands out by more than its colour: a bold word and the system's error sign.
_MARK_ROLES = frozenset(
    {Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole}
)


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
        self._order: list[int] = []  # the problem shown in each row
        self._sorted_by = (SEVERITY, Qt.SortOrder.AscendingOrder)
        self._marks = SeverityMarks()
        self._words = ProblemWords()

    @property
    def problems(self) -> tuple[Problem, ...]:
        """In the core's order (errors first), whatever the table is sorted by."""
        return self._problems

    def set_problems(self, problems: tuple[Problem, ...]) -> None:
        self.beginResetModel()
        self._words = ProblemWords()  # in the language installed now
        self._problems = problems
        self._order = self._sorted_order(*self._sorted_by)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._order
        self._order = self._sorted_order(column, order)
        # The selection and the current row stay on their problems.
        row_of = {problem: row for row, problem in enumerate(self._order)}
        old = self.persistentIndexList()
        new = [self.index(row_of[before[i.row()]], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Stable, either way: equal problems keep the core's order (errors first)."""
        problems = self._problems
        return sorted(
            range(len(problems)),
            key=lambda i: self._key(problems[i], column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell it paints or measures: the others end here.
        if not index.isValid():
            return None
        if role in _TEXT_ROLES:
            return self._text(self._problems[self._order[index.row()]], index.column())
        if role in _MARK_ROLES and index.column() == SEVERITY:
            return self._marks.of(self._problems[self._order[index.row()]].warning, role)
        return None

    def _text(self, problem: Problem, column: int) -> str:
        if column == SEVERITY:
            if problem.warning:
                return QCoreApplication.translate("ProblemTable", "Warning")
            return QCoreApplication.translate("ProblemTable", "Error")
        if column == ROW:
            return "" if problem.row is None else str(problem.row)
        # As `kiosk-admin validate` prints them: characters nobody can see are written out.
        if column == WRONG:
            return shown(self._words.message(problem))
        if column == EXPECTED:
            return shown(self._words.expected(problem))
        return shown(problem.sheet if column == SHEET else problem.column or "")

    def _key(self, problem: Problem, column: int) -> Any:
        if column == SEVERITY:
            return int(problem.warning)  # errors first
        if column == ROW:
            return -1 if problem.row is None else problem.row
        return self._text(problem, column).casefold()


class SeverityMarks:
    """How the Severity cell of an error or a warning looks: colour, weight and sign, made
    once (the table asks for them on every paint)."""

    def __init__(self) -> None:
        colours = PALETTES[STANDARD]
        style = QApplication.style()
        bold = QFont()
        bold.setBold(True)
        self._error = {
            Qt.ItemDataRole.ForegroundRole: QColor(colours["orange-deep"]),
            Qt.ItemDataRole.FontRole: bold,
            Qt.ItemDataRole.DecorationRole: style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
            ),
        }
        self._warning = {
            Qt.ItemDataRole.DecorationRole: style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
            ),
        }

    def of(self, warning: bool, role: int) -> Any:
        return (self._warning if warning else self._error).get(Qt.ItemDataRole(role))
