"""Home: the six ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import ScrollPage, Text
from kiosk.ui.widgets.tiles import Tile, TileGrid

# (screen, icon) for each tile, in order.
ENTRIES = (
    ("interests", "explore"),
    ("quiz", "quiz"),
    ("browse", "browse"),
    ("search", "search"),
    ("about", "about"),
    ("mylist", "mylist"),
)


class HomeScreen(Screen):
    name = "home"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        page = ScrollPage()
        self.layout_.addWidget(page)
        self.welcome = page.add(Text(role="h1"))
        self.free = page.add(Text(role="badge"))
        self.free.setWordWrap(False)  # a short badge, sized to its words in every language
        page.body.setAlignment(self.free, Qt.AlignmentFlag.AlignLeft)
        self.intro = page.add(Text(role="muted"))
        self.grid = TileGrid(min_tile_width=380)
        page.add(self.grid)
        page.body.addStretch()
        self.tiles: dict[str, Tile] = {}
        for screen, icon_name in ENTRIES:
            tile = Tile("", "ui", icon_name)
            tile.clicked.connect(lambda _=False, s=screen: ctx.nav.go(s))
            self.tiles[screen] = tile
        self.grid.set_tiles(list(self.tiles.values()))
        ctx.session.list_changed.connect(self.retranslate)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Career classes")

    def retranslate(self) -> None:
        self.welcome.set_text(self.tr("Find a career class you will love"))
        self.free.set_text(self.tr("Tuition-free"))
        self.intro.set_text(
            self.tr(
                "Career Technical Education (ROP/CTE) classes are open to "
                "every high-school student. Pick a way to explore:"
            )
        )
        labels = {
            "interests": self.tr("Explore by what you like"),
            "quiz": self.tr("Take a quick quiz"),
            "browse": self.tr("Browse career pathways"),
            "search": self.tr("Search"),
            "about": self.tr("About ROP/CTE"),
            "mylist": self.tr("My list (%1)").replace("%1", str(len(self.ctx.session.my_list))),
        }
        for screen, tile in self.tiles.items():
            tile.set_text(labels[screen])
