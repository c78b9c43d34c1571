"""Course buttons: a title with its pathway and level under it, wrapping on narrow screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog.models import CourseSummary
from kiosk.ui.theme import Look
from kiosk.ui.widgets.common import Button


def _wrapped_height(font: QFont, width: int, text: str) -> int:
    metrics = QFontMetrics(font)
    if metrics.horizontalAdvance(text) <= width:  # the common case: one line, no wrapping
        return metrics.height()
    flags = int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()


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

    def __init__(
        self, course: CourseSummary, *, show_pathway: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "course")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys focus it; a tap does not
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._font_key = ""
        self._fonts: tuple[QFont, QFont] = (QFont(), QFont())
        self._sizes: dict[int, tuple[int, int]] = {}  # width -> (title, detail) heights
        self.code = ""
        self.title = self.detail = ""
        self.set_course(course, show_pathway=show_pathway)
        self.clicked.connect(lambda: self.chosen.emit(self.code))

    def set_course(self, course: CourseSummary, *, show_pathway: bool = True) -> None:
        """Show another course (lists reuse their buttons rather than build new ones)."""
        details = [level_name(course.level)]
        if show_pathway:
            details.insert(0, course.pathway_name)
        self.code = course.code
        self.title = course.title
        self.detail = " · ".join(details)
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(self.detail)
        self._sizes.clear()
        self.updateGeometry()
        self.update()

    def _current_fonts(self) -> tuple[QFont, QFont]:
        key = self.font().key()
        if key != self._font_key:  # the stylesheet sets the font when the button is polished
            self._font_key = key
            detail = QFont(self.font())
            title = QFont(detail)
            title.setBold(True)
            if detail.pixelSize() > 0:
                title.setPixelSize(round(detail.pixelSize() * 1.1))
            self._fonts = (title, detail)
            self._sizes.clear()
        return self._fonts

    def _heights(self, width: int) -> tuple[int, int]:
        fonts = self._current_fonts()
        if width not in self._sizes:  # layouts ask for the same widths over and over
            if len(self._sizes) > 16:
                self._sizes.clear()
            inner = max(50, width - 2 * self.PAD_X)
            self._sizes[width] = (
                _wrapped_height(fonts[0], inner, self.title),
                _wrapped_height(fonts[1], inner, self.detail),
            )
        return self._sizes[width]

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
        title_font, detail_font = self._current_fonts()
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.setFont(title_font)
        painter.drawText(QRect(self.PAD_X, self.PAD_Y, inner, title_h), flags, self.title)
        painter.setPen(Look.color("muted"))
        painter.setFont(detail_font)
        painter.drawText(
            QRect(self.PAD_X, self.PAD_Y + title_h + self.GAP, inner, detail_h), flags, self.detail
        )
        painter.end()


class CourseColumn(QWidget):
    """A vertical list of course buttons; long lists show the first `page` and a button for
    the rest, so a huge catalog never stalls a screen change. Buttons are reused from one
    list to the next (search results change on every keystroke)."""

    chosen = Signal(str)

    def __init__(self, page: int = 60, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = page
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(10)
        self._courses: list[CourseSummary] = []
        self._show_pathway = True
        self._pool: list[CourseButton] = []
        self._shown = 0
        self._more = Button()
        self._more.clicked.connect(self._show_rest)
        self._more.hide()
        self._box.addWidget(self._more)

    def set_courses(self, courses: list[CourseSummary], *, show_pathway: bool = True) -> None:
        self._courses = courses
        self._show_pathway = show_pathway
        self._show(min(len(courses), self._page))

    def buttons(self) -> list[CourseButton]:
        return list(self._pool[: self._shown])

    def _show(self, count: int) -> None:
        for index, course in enumerate(self._courses[:count]):
            if index < len(self._pool):
                self._pool[index].set_course(course, show_pathway=self._show_pathway)
            else:
                button = CourseButton(course, show_pathway=self._show_pathway)
                button.chosen.connect(self.chosen)
                self._box.insertWidget(index, button)
                self._pool.append(button)
            self._pool[index].show()
        for button in self._pool[count:]:
            button.hide()
        self._shown = count
        rest = len(self._courses) - count
        self._more.setVisible(rest > 0)
        if rest > 0:
            self._more.setText(QCoreApplication.translate("CourseColumn", "Show %n more", "", rest))

    def _show_rest(self) -> None:
        self._show(len(self._courses))
