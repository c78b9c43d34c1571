"""Search: type on the on-screen keyboard (or a real one); results follow every keystroke."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.reading import SKIP
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import ScrollPage, Text
from kiosk.ui.widgets.courses import CourseColumn
from kiosk.ui.widgets.keyboard import Keyboard


class SearchScreen(Screen):
    name = "search"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.field = QLineEdit()
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.setMaxLength(60)
        self.field.setClearButtonEnabled(False)
        self.field.textChanged.connect(self._text_changed)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(32, 20, 32, 8)
        top_layout.addWidget(self.field)
        self.layout_.addWidget(top)
        self.page = ScrollPage()
        self.status = self.page.add(Text(role="muted"))
        self.results = CourseColumn(page=30)
        self.results.chosen.connect(lambda code: ctx.nav.go("course", code))
        self.page.add(self.results)
        self.page.body.addStretch()
        self.layout_.addWidget(self.page, 1)
        self.keyboard = Keyboard()
        self.keyboard.setProperty(SKIP, True)  # read aloud reads the results, not the keys
        self.keyboard.typed.connect(self._type)
        self.keyboard.backspace.connect(self.field.backspace)
        self.keyboard.cleared.connect(self.field.clear)
        keys = QWidget()
        keys_layout = QVBoxLayout(keys)
        keys_layout.setContentsMargins(32, 8, 32, 16)
        keys_layout.addWidget(self.keyboard)
        self.layout_.addWidget(keys)
        # Coalesce fast typing: results are computed once the event queue is empty.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self._search)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Search")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        if self.field.text() != self.ctx.session.search_text:
            self.field.setText(self.ctx.session.search_text)
        self._search()
        self.field.setFocus()

    def _type(self, text: str) -> None:
        self.field.insert(text)
        self.field.setFocus()

    def _text_changed(self, text: str) -> None:
        self.ctx.session.search_text = text
        self._pending.start()

    def _search(self) -> None:
        text = self.field.text()
        if not text.strip():
            self.results.set_courses([])
            self.status.set_text(
                self.tr(
                    "Type a class, a career or a word like "
                    "\u201cnurse\u201d, \u201ccars\u201d or "
                    "\u201ccooking\u201d."
                )
            )
            return
        hits = self.ctx.repo.search(text, self.ctx.lang)
        self.results.set_courses([h.course for h in hits])
        self.status.set_text(
            self.tr("%n class(es) found", "", len(hits))
            if hits
            else self.tr("Nothing found. Try a shorter or different word.")
        )
        self.page.to_top()

    def reset(self) -> None:
        super().reset()
        self.field.clear()
        self.results.set_courses([])

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Type to search"))
        self.field.setAccessibleName(self.tr("Search for a class or career"))
        if self.isVisible():
            self._search()
