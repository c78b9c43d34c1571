"""Attract: rotating highlights and language buttons; any touch starts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalog.languages import NATIVE_NAMES
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, Text
from kiosk.ui.widgets.speaker import SpeakerButton

SIDE = 64  # the panel's left and right margin
# How the panel gives way on a short screen (a kiosk in a window under a title bar, a title
# wrapped to two lines, six languages): less room around and between its parts first, then
# a smaller title and highlight. The first step that holds everything is shown.
STEPS = (  # (top and bottom margin, spacing, the title's size in the stylesheet)
    (64, 28, "large"),
    (32, 16, "large"),
    (32, 16, "small"),
)


class AttractScreen(Screen):
    name = "attract"
    has_top_bar = False

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        panel = self.panel = QWidget()
        panel.setObjectName("Attract")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.layout_.addWidget(panel)
        box = self._box = QVBoxLayout(panel)
        self.heading = Text()
        self.heading.setObjectName("AttractTitle")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.highlight = Text()
        self.highlight.setObjectName("AttractHighlight")
        self.highlight.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = Text()
        self.hint.setObjectName("AttractHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start = Button(role="primary", icon_name=("ui", "start"), icon_px=40)
        self.start.clicked.connect(lambda: ctx.nav.go("home"))
        self.read_aloud = SpeakerButton()
        self.read_aloud.clicked.connect(self.read_aloud_clicked)
        self.read_aloud.held.connect(self.read_aloud_held)
        # Every language in its own name, in one row where the width allows (_arrange).
        grid = self._grid = QGridLayout()
        grid.setSpacing(12)
        self.language_buttons: dict[str, Button] = {}
        for index, lang in enumerate(ctx.config.languages):
            button = Button(NATIVE_NAMES.get(lang, lang))
            button.clicked.connect(lambda _=False, code=lang: self._start_in(code))
            grid.addWidget(button, 0, index)
            self.language_buttons[lang] = button
        self._columns = len(self.language_buttons)
        self._fitting = False
        languages = QHBoxLayout()
        languages.addStretch()
        languages.addLayout(grid)
        languages.addStretch()
        box.addStretch(2)
        box.addWidget(self.heading)
        box.addWidget(self.highlight)
        box.addStretch(1)
        box.addWidget(self.hint)
        box.addWidget(self.start, 0, Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.read_aloud, 0, Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)
        box.addLayout(languages)
        self._highlights: list[str] = []
        self._index = 0
        self._rotate = QTimer(self)
        self._rotate.setInterval(ctx.config.ui_attract_rotate_seconds * 1000)
        self._rotate.timeout.connect(self.next_highlight)
        self.retranslate()

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        info = self.ctx.repo.info(self.ctx.lang)
        self.heading.set_text(info.title or info.district)
        self._highlights = list(info.highlights) or [self.tr("Free career classes at your school")]
        self._index = 0
        self.highlight.set_text(self._highlights[0])
        self._fit()
        if self.isVisible():  # else when it shows: hidden (asleep, say), nothing moves
            self._rotate.start()

    def reading(self) -> list[str]:
        # The language buttons are names in five languages: no one voice can read them.
        return [self.heading.text(), self.highlight.text(), self.hint.text(), self.start.text()]

    def show_read_aloud(self, available: bool, speaking: bool) -> None:
        if self.read_aloud.show_state(available, speaking):
            self._fit()  # a row more or less

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._rotate.start()

    def hideEvent(self, event: object) -> None:
        self._rotate.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._fit()  # the text size or the palette changed: other sizes

    def _fit(self) -> None:
        """The languages in as few rows as the width allows, then the roomiest step that
        holds the whole panel at its height, with room for the tallest highlight."""
        if self._fitting or self.panel.width() == 0:
            return
        self._fitting = True  # restyling the labels must not fit them again meanwhile
        try:
            self._arrange(self.panel.width() - 2 * SIDE)
            for step in STEPS:
                self._take(*step)
                if self._needed_height() <= self.panel.height():
                    break
        finally:
            self._fitting = False

    def _arrange(self, width: int) -> None:
        """The fewest rows of language buttons, all rows but the last full, that fit `width`."""
        buttons = list(self.language_buttons.values())
        widths = [button.sizeHint().width() for button in buttons]
        columns = len(buttons)
        for rows in range(1, len(buttons) + 1):
            columns = -(-len(buttons) // rows)
            wanted = sum(max(widths[c::columns]) for c in range(columns))
            if wanted + self._grid.spacing() * (columns - 1) <= width:
                break
        if columns == self._columns:
            return
        self._columns = columns
        for index, button in enumerate(buttons):
            self._grid.removeWidget(button)
            self._grid.addWidget(button, index // columns, index % columns)

    def _take(self, margin: int, spacing: int, size: str) -> None:
        self._box.setContentsMargins(SIDE, margin, SIDE, margin)
        self._box.setSpacing(spacing)
        for label in (self.heading, self.highlight):
            if label.property("fit") != size:
                label.setProperty("fit", size)
                label.style().unpolish(label)
                label.style().polish(label)  # the stylesheet's font for that size, now
        # As tall as the tallest highlight: the screen holds still while they take turns.
        room = QRect(0, 0, self.panel.width() - 2 * SIDE, 100_000)
        metrics = self.highlight.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
        heights = [metrics.boundingRect(room, flags, text).height() for text in self._highlights]
        self.highlight.setMinimumHeight(max(heights, default=0))

    def _needed_height(self) -> int:
        box = self._box
        box.invalidate()  # what it needs with the margins, spacing and fonts just set
        if box.hasHeightForWidth():
            return box.totalMinimumHeightForWidth(self.panel.width())
        return box.totalMinimumSize().height()

    @Slot()
    def next_highlight(self) -> None:
        if self._highlights:
            self._index = (self._index + 1) % len(self._highlights)
            self.highlight.set_text(self._highlights[self._index])

    def _start_in(self, language: str) -> None:
        self.ctx.session.set_language(language)
        self.ctx.nav.go("home")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.ctx.nav.go("home")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.ctx.nav.go("home")
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.hint.set_text(self.tr("Touch the screen to explore career classes"))
        self.start.setText(self.tr("Start"))
        self.start.setAccessibleName(self.tr("Start exploring"))
