"""Explore by interest: pick "I like..." tiles, see pathways ranked by match."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import ScrollPage, Text
from kiosk.ui.widgets.matches import MatchList
from kiosk.ui.widgets.tiles import Tile, TileGrid


class InterestsScreen(Screen):
    name = "interests"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Tiles and results side by side on a landscape screen, so every tap shows its effect
        # without scrolling; one above the other in portrait.
        self.page = ScrollPage()
        self.results = ScrollPage()
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(0)
        self.split.addWidget(self.page, 5)
        self.split.addWidget(self.results, 6)
        self.layout_.addLayout(self.split)
        self.prompt = self.page.add(Text(role="h1"))
        self.grid = TileGrid(min_tile_width=260)
        self.page.add(self.grid)
        self.page.body.addStretch()
        self.results_heading = self.results.add(Text(role="h2"))
        self.hint = self.results.add(Text(role="muted"))
        self.matches = MatchList()
        self.matches.course_chosen.connect(lambda code: ctx.nav.go("course", code))
        self.results.add(self.matches)
        self.results.body.addStretch()
        self.tiles: dict[str, Tile] = {}
        self.retranslate()

    def title(self) -> str:
        return self.tr("Explore by what you like")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        interests = self.ctx.repo.interests(self.ctx.lang)
        icons = {i.code: i.icon for i in interests}

        def make(code: str) -> Tile:
            tile = Tile("", "interests", icons[code], checkable=True)
            tile.toggled.connect(lambda _=False: self._toggle(code))
            return tile

        self.tiles = self.grid.keyed([i.code for i in interests], make)
        for interest in interests:
            tile = self.tiles[interest.code]
            tile.set_text(interest.label)
            tile.blockSignals(True)
            tile.setChecked(interest.code in self.ctx.session.interests)
            tile.blockSignals(False)
            tile._recolor(tile.isChecked())
        self._show_matches()

    def _toggle(self, code: str) -> None:
        self.ctx.session.toggle_interest(code)
        self._show_matches()

    def _show_matches(self) -> None:
        chosen = self.ctx.session.interests
        matches = self.ctx.repo.match_interests(chosen, self.ctx.lang) if chosen else []
        self.results_heading.set_text(self.tr("Pathways for you") if matches else "")
        self.hint.set_text(
            ""
            if chosen
            else self.tr("Tap one or more things you like. Pathways that match appear here.")
        )
        self.results.to_top()
        self.matches.set_matches(
            matches,
            self.tr("Why it matches:"),
            self.tr("These pathways match too, but have no classes here yet:"),
            self.ctx.lang,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        landscape = event.size().width() >= max(1200, event.size().height())
        self.split.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )

    def reset(self) -> None:
        super().reset()
        self.page.to_top()
        self.results.to_top()

    def retranslate(self) -> None:
        self.prompt.set_text(self.tr("I like..."))
