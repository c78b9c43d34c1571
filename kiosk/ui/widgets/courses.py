"""Course buttons: a title with its pathway and level under it, wrapping on narrow screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog.models import CourseSummary
from kiosk.ui.widgets.common import Button, clear


def level_name(level: str) -> str:
    names = {
        "introductory": QCoreApplication.translate("Levels", "Introductory"),
        "concentrator": QCoreApplication.translate("Levels", "Concentrator"),
        "capstone": QCoreApplication.translate("Levels", "Capstone"),
    }
    return names.get(level, level)


class CourseButton(QPushButton):
    """Draws its two lines itself instead of holding two labels: lists of courses are the
    most-built widgets of the kiosk, and child widgets are what make building slow."""

    chosen = Signal(str)
    PAD_X, PAD_Y, GAP = 16, 10, 4
    MUTED = QColor("#4A5566")

    def __init__(
        self, course: CourseSummary, *, show_pathway: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.code = course.code
        self.setProperty("role", "course")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        details = [level_name(course.level)]
        if show_pathway:
            details.insert(0, course.pathway_name)
        self._memo: tuple[tuple[int, str], tuple[int, int]] | None = None
        self.title = course.title
        self.detail = " · ".join(details)
        self.setAccessibleName(f"{self.title}, {self.detail}")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.clicked.connect(lambda: self.chosen.emit(self.code))

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        title.setPixelSize(
            round(self.font().pixelSize() * 1.1)
            if self.font().pixelSize() > 0
            else title.pointSize()
        )
        return title, QFont(self.font())

    def _heights(self, width: int) -> tuple[int, int]:
        key = (width, self.font().key())
        if self._memo is not None and self._memo[0] == key:
            return self._memo[1]  # layouts ask the same question many times in a row
        heights = self._measure(width)
        self._memo = (key, heights)
        return heights

    def _measure(self, width: int) -> tuple[int, int]:
        inner = max(50, width - 2 * self.PAD_X)
        flags = int(Qt.TextFlag.TextWordWrap)
        title_font, detail_font = self._fonts()
        title = (
            QFontMetrics(title_font)
            .boundingRect(QRect(0, 0, inner, 10_000), flags, self.title)
            .height()
        )
        detail = (
            QFontMetrics(detail_font)
            .boundingRect(QRect(0, 0, inner, 10_000), flags, self.detail)
            .height()
        )
        return title, detail

    def heightForWidth(self, width: int) -> int:
        title, detail = self._heights(width)
        return max(64, 2 * self.PAD_Y + title + self.GAP + detail + 4)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = max(200, self.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 64)

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self)
        title_h, detail_h = self._heights(self.width())
        inner = self.width() - 2 * self.PAD_X
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        title_font, detail_font = self._fonts()
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.setFont(title_font)
        painter.drawText(QRect(self.PAD_X, self.PAD_Y, inner, title_h), flags, self.title)
        painter.setPen(self.MUTED)
        painter.setFont(detail_font)
        painter.drawText(
            QRect(self.PAD_X, self.PAD_Y + title_h + self.GAP, inner, detail_h), flags, self.detail
        )
        painter.end()


class CourseColumn(QWidget):
    """A vertical list of course buttons; long lists show the first `page` and a button for
    the rest, so a huge catalog never stalls a screen change."""

    chosen = Signal(str)

    def __init__(self, page: int = 60, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = page
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(10)
        self._courses: list[CourseSummary] = []
        self._show_pathway = True

    def set_courses(self, courses: list[CourseSummary], *, show_pathway: bool = True) -> None:
        self._courses = courses
        self._show_pathway = show_pathway
        clear(self._box)
        self._add(0, min(len(courses), self._page))

    def buttons(self) -> list[CourseButton]:
        return self.findChildren(CourseButton)

    def _add(self, start: int, end: int) -> None:
        for course in self._courses[start:end]:
            button = CourseButton(course, show_pathway=self._show_pathway)
            button.chosen.connect(self.chosen)
            self._box.addWidget(button)
        rest = len(self._courses) - end
        if rest > 0:
            more = Button(QCoreApplication.translate("CourseColumn", "Show %n more", "", rest))
            more.clicked.connect(lambda: self._show_rest(more, end))
            self._box.addWidget(more)

    def _show_rest(self, more: Button, end: int) -> None:
        more.hide()
        more.deleteLater()
        self._add(end, len(self._courses))
