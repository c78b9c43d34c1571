"""About ROP/CTE: the district's FAQ and the nondiscrimination notice, from the catalog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.services import paywords
from kiosk.ui.focus import offer_focus
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, ScrollPage, Text, clear


class AboutScreen(Screen):
    name = "about"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ScrollPage()
        self.layout_.addWidget(self.page)
        # The notice stays last, after the FAQ; this button reaches it without a long scroll.
        self.to_notice = Button(icon_name=("ui", "about"))
        self.to_notice.clicked.connect(self.show_notice)
        top = QHBoxLayout()
        top.addWidget(self.to_notice)
        top.addStretch()
        self.page.body.addLayout(top)
        self.entries = QWidget()
        self.box = QVBoxLayout(self.entries)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(self.page.body.spacing())
        self.page.add(self.entries)
        self.page.body.addStretch()
        self.notice: tuple[Text, Text] | None = None  # its heading and its text
        self.sources: Text | None = None  # the heading of where pay comes from
        self.retranslate()

    def title(self) -> str:
        return self.tr("About ROP/CTE")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        clear(self.box)
        self.notice = None
        self.sources = None
        sources_added = False
        for entry in self.ctx.repo.faq(self.ctx.lang):
            if entry.kind == "notice" and not sources_added:
                sources_added = self._add_sources()  # the notice stays last
            heading = Text(entry.question, "h2")
            text = Text(entry.answer, "notice" if entry.kind == "notice" else "")
            self.box.addWidget(heading)
            self.box.addWidget(text)
            if entry.kind == "notice" and self.notice is None:
                text.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keys reach it, and so does Go to
                self.notice = (heading, text)
        if not sources_added:
            self._add_sources()
        self.to_notice.setVisible(self.notice is not None)

    def _add_sources(self) -> bool:
        """Where careers' pay comes from, and the credits its publishers ask for."""
        info = self.ctx.repo.info(self.ctx.lang)
        if not info.wage_release and not info.credits:
            return True
        self.sources = Text(self.tr("Where the pay figures come from"), "h2")
        self.box.addWidget(self.sources)
        if info.wage_release:
            text = (
                self.tr(
                    "Pay is for the %1 area, from the %2 figures, unless a career says otherwise."
                )
                .replace("%1", info.wage_area)
                .replace("%2", paywords.release_words(info.wage_release))
            )
            self.box.addWidget(Text(text))
        for credit in info.credits:
            self.box.addWidget(Text(credit, "muted"))
        return True

    def show_notice(self) -> None:
        """Scroll the notice's heading to the top of the view (as far as the page goes), and
        move the keys there: its text takes the focus, so a screen reader reads it."""
        if self.notice is None:
            return
        heading, text = self.notice
        self.page.scroll_to_top_of(heading, self.page.body.spacing())
        offer_focus(text)

    def show_sources(self) -> None:
        """Scroll to where the pay figures come from (for staff checking the screen)."""
        if self.sources is not None:
            self.page.scroll_to_top_of(self.sources, self.page.body.spacing())

    def reset(self) -> None:
        super().reset()
        self.page.to_top()

    def retranslate(self) -> None:
        self.to_notice.setText(self.tr("Nondiscrimination notice"))
        self.to_notice.setAccessibleName(self.tr("Go to the nondiscrimination notice"))
