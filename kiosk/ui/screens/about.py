"""About ROP/CTE: the district's FAQ and the nondiscrimination notice, from the catalog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import ScrollPage, Text, clear


class AboutScreen(Screen):
    name = "about"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ScrollPage()
        self.layout_.addWidget(self.page)

    def title(self) -> str:
        return self.tr("About ROP/CTE")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        clear(self.page.body)
        for entry in self.ctx.repo.faq(self.ctx.lang):
            if entry.kind == "notice":
                self.page.add(Text(entry.question, "h2"))
                self.page.add(Text(entry.answer, "notice"))
            else:
                self.page.add(Text(entry.question, "h2"))
                self.page.add(Text(entry.answer))
        self.page.body.addStretch()

    def reset(self) -> None:
        super().reset()
        self.page.to_top()
