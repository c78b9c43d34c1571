"""Course buttons: a title with its pathway and level under it, wrapping on narrow screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.catalog.models import CourseSummary
from kiosk.ui.widgets.common import Button, Text, clear


def level_name(level: str) -> str:
    names = {
        "introductory": QCoreApplication.translate("Levels", "Introductory"),
        "concentrator": QCoreApplication.translate("Levels", "Concentrator"),
        "capstone": QCoreApplication.translate("Levels", "Capstone"),
    }
    return names.get(level, level)


class CourseButton(QPushButton):
    chosen = Signal(str)

    def __init__(
        self, course: CourseSummary, *, show_pathway: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.code = course.code
        self.setProperty("role", "course")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box = self._box = QVBoxLayout(self)
        box.setContentsMargins(16, 10, 16, 10)
        box.setSpacing(2)
        title = Text(course.title, "h3")
        details = [level_name(course.level)]
        if show_pathway:
            details.insert(0, course.pathway_name)
        detail = Text(" · ".join(details), "muted")
        for label in (title, detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(label)
        self.setAccessibleName(f"{course.title}, {' · '.join(details)}")
        self.clicked.connect(lambda: self.chosen.emit(self.code))

    def sizeHint(self) -> QSize:
        return self._box.sizeHint().expandedTo(QSize(200, 64))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 64)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(64, self._box.totalHeightForWidth(width))


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
