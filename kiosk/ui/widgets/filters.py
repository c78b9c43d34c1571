"""Browse filters: my school, summer, college credit, paid work experience (CVE)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog.models import BrowseFilter, School
from kiosk.ui.talking.live import mark_live
from kiosk.ui.widgets.common import Button, Chip, Text, TranslatedWidget
from kiosk.ui.widgets.tiles import Tile, TileGrid, school_tiles


class FilterBar(TranslatedWidget):
    changed = Signal(BrowseFilter)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.label = Text(role="h3")
        self.school = Chip()
        self.summer = Chip()
        self.college = Chip()
        self.cve = Chip()
        chips = TileGrid(min_tile_width=330)  # wraps onto more rows on narrow screens
        chips.set_tiles([self.school, self.summer, self.college, self.cve])
        box.addWidget(self.label)
        box.addWidget(chips)
        self.schools_hint = Text(role="muted")
        self.school_grid = TileGrid(min_tile_width=260)
        box.addWidget(self.schools_hint)
        box.addWidget(self.school_grid)
        # When the filters together leave nothing: say so, and one tap starts again.
        self.nothing = Text(role="message")
        mark_live(self.nothing)
        self.clear_filters = Button(icon_name=("ui", "restart"))
        self.clear_filters.clicked.connect(self._clear)
        box.addWidget(self.nothing)
        box.addWidget(self.clear_filters, 0, Qt.AlignmentFlag.AlignLeft)
        self.show_nothing(False)
        self._filter = BrowseFilter()
        self._school_chips: dict[str, Tile] = {}
        self._names: dict[str, str] = {}
        self.school.clicked.connect(self._school_clicked)
        for chip in (self.summer, self.college, self.cve):
            chip.toggled.connect(self._emit)
        self._show_schools(False)
        self.retranslate()

    def set_schools(self, schools: list[School]) -> None:
        self._names = {s.code: s.name for s in schools}
        self._school_chips = school_tiles(self.school_grid, schools, self._pick_school)

    def set_filter(self, where: BrowseFilter) -> None:
        self._filter = where
        for chip, on in (
            (self.summer, where.summer),
            (self.college, where.college_credit),
            (self.cve, where.cve),
        ):
            chip.blockSignals(True)
            chip.setChecked(on)
            chip.blockSignals(False)
        self.school.setChecked(where.school is not None)
        for code, tile in self._school_chips.items():
            tile.setChecked(code == where.school)
        self._show_schools(False)
        self.retranslate()

    def show_nothing(self, nothing: bool) -> None:
        """Whether the filters left no class at all (the screen counts)."""
        self.nothing.set_text(
            self.tr(
                "No class here matches all of these filters. Turn one off, or show every class."
            )
            if nothing
            else ""
        )
        self.clear_filters.setVisible(nothing)

    def _clear(self) -> None:
        self.set_filter(BrowseFilter())
        self.changed.emit(self._filter)

    def _school_clicked(self) -> None:
        if self._filter.school is not None:  # a second tap clears the school filter
            self._filter = replace(self._filter, school=None)
            self.school.setChecked(False)
            self._show_schools(False)
            self.retranslate()
            self.changed.emit(self._filter)
        else:
            self.school.setChecked(False)
            self._show_schools(not self.school_grid.isVisible())

    def _pick_school(self, code: str) -> None:
        self._filter = replace(self._filter, school=code)
        self.set_filter(self._filter)
        self.changed.emit(self._filter)

    def _show_schools(self, visible: bool) -> None:
        self.school_grid.setVisible(visible)
        self.schools_hint.set_text(self.tr("Which school?") if visible else "")

    def _emit(self) -> None:
        self._filter = replace(
            self._filter,
            summer=self.summer.isChecked(),
            college_credit=self.college.isChecked(),
            cve=self.cve.isChecked(),
        )
        self.changed.emit(self._filter)

    def retranslate(self) -> None:
        self.label.set_text(self.tr("Show only:"))
        school = self._names.get(self._filter.school or "")
        self.school.setText(school if school else self.tr("My school"))
        self.summer.setText(self.tr("Summer"))
        self.college.setText(self.tr("College credit"))
        self.cve.setText(self.tr("Paid work experience"))
        self.clear_filters.setText(self.tr("Show every class"))
        self.clear_filters.setAccessibleName(self.tr("Clear the filters and show every class"))
