"""Search: type on the on-screen keyboard (or a real one); results follow every keystroke."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.focus import offer_focus
from kiosk.ui.reading import SKIP
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.talking.live import mark_live
from kiosk.ui.widgets.common import Button, ScrollPage, Text
from kiosk.ui.widgets.courses import CourseColumn
from kiosk.ui.widgets.keyboard import Keyboard, SearchField

EDGE = 32  # the space between the screen's edge and its content


class SearchScreen(Screen):
    name = "search"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.field = SearchField()
        self.field.setMaxLength(60)
        self.field.textChanged.connect(self._text_changed)
        self.field.touched.connect(self.show_keyboard)
        self.show_keys = Button(icon_name=("ui", "keyboard"))
        self.show_keys.clicked.connect(self.show_keyboard)
        # The field with what it found under it; the results get a column of their own.
        self.top = QWidget()
        top_box = QVBoxLayout(self.top)
        field_row = QHBoxLayout()
        field_row.addWidget(self.field, 1)
        field_row.addWidget(self.show_keys)
        top_box.addLayout(field_row)
        self.status = Text(role="muted")
        mark_live(self.status)  # "6 classes found" is said as the student types
        top_box.addWidget(self.status)
        self.page = ScrollPage()
        # Short rows, so several whole results show beside the keys even at 200 % text; the
        # course's screen shows its whole title.
        self.results = CourseColumn(page=30, lines=(2, 1))
        self.results.chosen.connect(lambda code: ctx.nav.go("course", code))
        self.page.add(self.results)
        self.page.body.addStretch()
        self.keyboard = Keyboard()
        self.keyboard.setProperty(SKIP, True)  # read aloud reads the results, not the keys
        self.keyboard.typed.connect(self._type)
        self.keyboard.backspace.connect(self.field.backspace)
        self.keyboard.cleared.connect(self.field.clear)
        self.keyboard.dismissed.connect(self.hide_keyboard)
        self.keys = QWidget()
        keys_box = QVBoxLayout(self.keys)
        keys_box.addWidget(self.keyboard)
        keys_box.addStretch()
        self.grid = QGridLayout()
        self.grid.setSpacing(0)
        self.layout_.addLayout(self.grid, 1)
        self.keys_up = True
        self._landscape = True
        self._arrange()
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

    @Slot()
    def hide_keyboard(self) -> None:
        """The results take the room; touching the field brings the keys back."""
        self.keys_up = False
        self._arrange()
        offer_focus(self.show_keys)  # a keyboard user stays where the keys were put away

    @Slot()
    def show_keyboard(self) -> None:
        if not self.keys_up:
            self.keys_up = True
            self._arrange()
        self.field.setFocus()

    def _arrange(self) -> None:
        """On a landscape screen with the keys up, the results fill the left side from top to
        bottom and the field, what it found and the keys the right side: a short screen
        still shows several whole results. Otherwise one column: field, results, keys."""
        beside = self._landscape and self.keys_up
        grid = self.grid
        for widget in (self.top, self.page, self.keys):
            grid.removeWidget(widget)
        if beside:  # (added in reading order: what was typed and found, then the results)
            grid.addWidget(self.top, 0, 1)
            grid.addWidget(self.page, 0, 0, 2, 1)
            grid.addWidget(self.keys, 1, 1)
        else:
            grid.addWidget(self.top, 0, 0)
            grid.addWidget(self.page, 1, 0)
            grid.addWidget(self.keys, 2, 0)
        grid.setColumnStretch(0, 3)  # the results get more room than the keys
        grid.setColumnStretch(1, 2 if beside else 0)
        grid.setRowStretch(0, 0)
        grid.setRowStretch(1, 1)
        left = 0 if beside else EDGE  # beside the results, which keep their own margin
        top_layout, keys_layout = self.top.layout(), self.keys.layout()
        assert top_layout is not None and keys_layout is not None
        top_layout.setContentsMargins(left, 20, EDGE, 8)
        keys_layout.setContentsMargins(left, 8, EDGE, 16)
        self.keys.setVisible(self.keys_up)
        self.show_keys.setVisible(not self.keys_up)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        landscape = event.size().width() >= max(1200, event.size().height())
        if landscape != self._landscape:
            self._landscape = landscape
            self._arrange()

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
        if not self.keys_up:  # the next student starts with the keys up
            self.keys_up = True
            self._arrange()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Type to search"))
        self.field.setAccessibleName(self.tr("Search for a class or career"))
        self.show_keys.setText(self.tr("Keyboard"))
        self.show_keys.setAccessibleName(self.tr("Show the keyboard"))
        if self.isVisible():
            self._search()
