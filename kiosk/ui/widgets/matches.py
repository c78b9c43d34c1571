"""Ranked pathways with why each matches and its courses (explore and quiz results)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog.models import PathwayMatch
from kiosk.ui.widgets.common import Text, clear
from kiosk.ui.widgets.courses import CourseColumn


class MatchList(QWidget):
    course_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(10)

    def set_matches(self, matches: list[PathwayMatch], reason_prefix: str, no_courses: str) -> None:
        clear(self._box)
        for match in matches:
            self._box.addWidget(Text(match.pathway.name, "h2"))
            self._box.addWidget(Text(f"{reason_prefix} {', '.join(match.reasons)}", "muted"))
            self._box.addWidget(Text(match.pathway.description))
            if match.courses:
                column = CourseColumn(page=3)
                column.set_courses(list(match.courses), show_pathway=False)
                column.chosen.connect(self.course_chosen)
                self._box.addWidget(column)
            else:
                self._box.addWidget(Text(no_courses, "muted"))
