"""Browse: the 15 industry sectors, then a sector's pathways with their courses."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog.models import BrowseFilter
from kiosk.services import paywords
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import ScrollPage, Text, clear, spoken
from kiosk.ui.widgets.courses import CourseColumn
from kiosk.ui.widgets.filters import FilterBar
from kiosk.ui.widgets.tiles import Tile, TileGrid


class _Filtered(Screen):
    """A screen with the filter bar at the top; filters live in the session."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ScrollPage()
        self.layout_.addWidget(self.page)
        self.filters = FilterBar()
        self.filters.changed.connect(self._filter_changed)

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self.filters.set_schools(self.ctx.repo.schools(self.ctx.lang))
        self.filters.set_filter(self.ctx.session.filters)

    def _filter_changed(self, where: BrowseFilter) -> None:
        self.ctx.session.filters = where  # only the filter: the counselor screen keeps its own
        self.show_content()

    def show_content(self) -> None:
        raise NotImplementedError

    def show_nothing(self, nothing: bool) -> None:
        """No class passes the filters: the filter bar says so and offers to clear them."""
        self.filters.show_nothing(nothing and self.ctx.session.filters != BrowseFilter())

    def reset(self) -> None:
        super().reset()
        self.page.to_top()


class BrowseScreen(_Filtered):
    name = "browse"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page.add(self.filters)
        self.grid = TileGrid(min_tile_width=340)
        self.page.add(self.grid)
        self.page.body.addStretch()
        self.tiles: dict[str, Tile] = {}

    def title(self) -> str:
        return self.tr("Career pathways")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self.show_content()

    def show_content(self) -> None:
        sectors = self.ctx.repo.sectors(self.ctx.lang, self.ctx.session.filters)
        icons = {s.code: s.icon for s in sectors}

        def make(code: str) -> Tile:
            tile = Tile("", "sectors", icons[code])
            tile.clicked.connect(lambda: self.ctx.nav.go("sector", code))
            return tile

        self.tiles = self.grid.keyed([s.code for s in sectors], make)
        for sector in sectors:
            count = self.tr("%n class(es)", "", sector.course_count)
            self.tiles[sector.code].set_text(f"{sector.name}\n{count}")
            self.tiles[sector.code].setEnabled(sector.course_count > 0)
        self.show_nothing(not any(s.course_count for s in sectors))


class SectorScreen(_Filtered):
    name = "sector"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = self.page.add(Text(role="h1"))
        self.description = self.page.add(Text())
        self.page.add(self.filters)
        self.content = QWidget()
        self.box = QVBoxLayout(self.content)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(12)
        self.page.add(self.content)
        self.page.body.addStretch()
        self._title = ""

    def title(self) -> str:
        return self._title

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        sector = next((s for s in self.ctx.repo.sectors(self.ctx.lang) if s.code == arg), None)
        if sector is None:
            self.ctx.nav.home()
            return
        self._title = sector.name
        self.heading.set_text(sector.name)
        self.description.set_text(sector.description)
        self.show_content()
        self.page.to_top()

    def show_content(self) -> None:
        clear(self.box)
        where = self.ctx.session.filters
        shown = 0
        for pathway in self.ctx.repo.pathways(self.arg, self.ctx.lang, where):
            courses = self.ctx.repo.courses(pathway.code, self.ctx.lang, where)
            if not courses:
                continue
            shown += 1
            self.box.addWidget(Text(pathway.name, "h2"))
            if pathway.pay is not None:
                self.box.addWidget(
                    spoken(paywords.pathway_range(pathway.pay, self.ctx.lang), "pay")
                )
            self.box.addWidget(Text(pathway.description, "muted"))
            column = CourseColumn()
            column.set_courses(courses, show_pathway=False)
            column.chosen.connect(lambda code: self.ctx.nav.go("course", code))
            self.box.addWidget(column)
        self.show_nothing(not shown)
        if not shown and where == BrowseFilter():
            self.box.addWidget(Text(self.tr("No classes in this sector yet."), "message"))
