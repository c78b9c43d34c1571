"""Course buttons: a title with its pathway and level under it, wrapping on narrow screens."""

from __future__ import annotations

from typing import NamedTuple

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
from kiosk.ui.widgets.fitting import fitted


class Drawn(NamedTuple):
    text: str
    height: int
    wrap: bool  # False: the text was cut into its lines already


def _fit(font: QFont, width: int, text: str, max_lines: int) -> Drawn:
    """The text as drawn in `width`: wrapped, and cut with an ellipsis after `max_lines`
    lines when that is set."""
    metrics = QFontMetrics(font)
    if metrics.horizontalAdvance(text) <= width:  # the common case: one line, no wrapping
        return Drawn(text, metrics.height(), True)
    flags = int(Qt.TextFlag.TextWordWrap)
    height = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
    if not max_lines or height <= max_lines * metrics.lineSpacing():
        return Drawn(text, height, True)
    shown = fitted(text, font, width, max_lines)
    return Drawn(shown, metrics.height() + shown.count("\n") * metrics.lineSpacing(), False)


def level_name(level: str) -> str:
    names = {
        "introductory": QCoreApplication.translate("Levels", "Introductory"),
        "concentrator": QCoreApplication.translate("Levels", "Concentrator"),
        "capstone": QCoreApplication.translate("Levels", "Capstone"),
    }
    return names.get(level, level)


def level_meaning(level: str) -> str:
    """The level in plain words: "capstone" means nothing to most students."""
    match level:  # only the one asked for: lists of courses ask once a button
        case "introductory":
            return QCoreApplication.translate(
                "Levels", "A first class in a pathway. You explore the field and start learning."
            )
        case "concentrator":
            return QCoreApplication.translate(
                "Levels",
                "A next class in a pathway. It builds on what you learned in a first class.",
            )
        case "capstone":
            return QCoreApplication.translate(
                "Levels", "The last class in a pathway. It gets you ready for a job or for college."
            )
    return ""


def level_explained(level: str) -> str:
    """The level's name with its meaning, e.g. "Capstone: The last class in a pathway. ..."."""
    meaning = level_meaning(level)
    if not meaning:
        return level_name(level)
    pattern = QCoreApplication.translate("Levels", "%1: %2")
    return pattern.replace("%1", level_name(level)).replace("%2", meaning)


class CourseButton(QPushButton):
    """Draws its two lines itself instead of holding two labels: lists of courses are the
    most-built widgets of the kiosk, and child widgets are what make building slow."""

    chosen = Signal(str)
    PAD_X, PAD_Y, GAP = 16, 10, 4

    def __init__(
        self,
        course: CourseSummary,
        *,
        show_pathway: bool = True,
        lines: tuple[int, int] = (0, 0),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines = lines  # at most this many lines of title and of detail; 0: all
        self.setProperty("role", "course")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys focus it; a tap does not
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._font_key = ""
        self._fonts: tuple[QFont, QFont] = (QFont(), QFont())
        # width -> the title and the detail as drawn, with their heights
        self._sizes: dict[int, tuple[Drawn, Drawn]] = {}
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
        explained = [*details[:-1], level_explained(course.level)]
        self.setAccessibleDescription(" · ".join(explained))
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

    def drawn(self, width: int) -> tuple[Drawn, Drawn]:
        fonts = self._current_fonts()
        if width not in self._sizes:  # layouts ask for the same widths over and over
            if len(self._sizes) > 16:
                self._sizes.clear()
            inner = max(50, width - 2 * self.PAD_X)
            self._sizes[width] = (
                _fit(fonts[0], inner, self.title, self._lines[0]),
                _fit(fonts[1], inner, self.detail, self._lines[1]),
            )
        return self._sizes[width]

    def heightForWidth(self, width: int) -> int:
        title, detail = self.drawn(width)
        return max(64, 2 * self.PAD_Y + title.height + self.GAP + detail.height + 4)

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
        title, detail = self.drawn(self.width())
        inner = self.width() - 2 * self.PAD_X
        title_font, detail_font = self._current_fonts()

        def draw(drawn: Drawn, top: int) -> None:
            flags = int(Qt.AlignmentFlag.AlignLeft)
            if drawn.wrap:
                flags |= int(Qt.TextFlag.TextWordWrap)
            painter.drawText(QRect(self.PAD_X, top, inner, drawn.height), flags, drawn.text)

        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.setFont(title_font)
        draw(title, self.PAD_Y)
        painter.setPen(Look.color("muted"))
        painter.setFont(detail_font)
        draw(detail, self.PAD_Y + title.height + self.GAP)
        painter.end()


class CourseColumn(QWidget):
    """A vertical list of course buttons; long lists show the first `page` and a button for
    the rest, so a huge catalog never stalls a screen change. Buttons are reused from one
    list to the next (search results change on every keystroke)."""

    chosen = Signal(str)

    def __init__(
        self, page: int = 60, lines: tuple[int, int] = (0, 0), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._page = page
        self._lines = lines
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
                button = CourseButton(course, show_pathway=self._show_pathway, lines=self._lines)
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
