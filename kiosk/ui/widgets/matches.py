"""Ranked pathways with why each matches and its courses (explore and quiz results)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog.models import PathwayMatch
from kiosk.services import paywords
from kiosk.ui.widgets.common import Text, clear, spoken
from kiosk.ui.widgets.courses import CourseColumn


class MatchList(QWidget):
    """Pathways with classes, each with its courses; after them, under `without_label`, the
    names of matching pathways that have no class yet (named, so nothing leads nowhere)."""

    course_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(10)
        self.without_courses: Text | None = None

    def set_matches(
        self, matches: list[PathwayMatch], reason_prefix: str, without_label: str, lang: str
    ) -> None:
        clear(self._box)
        for match in matches:
            if not match.courses:
                continue
            self._box.addWidget(Text(match.pathway.name, "h2"))
            if match.pathway.pay is not None:
                self._box.addWidget(spoken(paywords.pathway_range(match.pathway.pay, lang), "pay"))
            self._box.addWidget(Text(f"{reason_prefix} {', '.join(match.reasons)}", "muted"))
            self._box.addWidget(Text(match.pathway.description))
            column = CourseColumn(page=3)
            column.set_courses(list(match.courses), show_pathway=False)
            column.chosen.connect(self.course_chosen)
            self._box.addWidget(column)
        empty = [m.pathway.name for m in matches if not m.courses]
        self.without_courses = None
        if empty:
            self._box.addSpacing(12)
            self._box.addWidget(Text(without_label, "h3"))
            self.without_courses = Text(", ".join(empty), "muted")
            self._box.addWidget(self.without_courses)
