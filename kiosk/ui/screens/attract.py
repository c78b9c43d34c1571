"""Attract: rotating highlights and language buttons; any touch starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalog.languages import NATIVE_NAMES
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, Text
from kiosk.ui.widgets.speaker import SpeakerButton


class AttractScreen(Screen):
    name = "attract"
    has_top_bar = False

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        panel = QWidget()
        panel.setObjectName("Attract")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.layout_.addWidget(panel)
        box = QVBoxLayout(panel)
        box.setContentsMargins(64, 64, 64, 64)
        box.setSpacing(28)
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
        # Every language in its own name; more than three wrap to a second row.
        grid = QGridLayout()
        grid.setSpacing(12)
        self.language_buttons: dict[str, Button] = {}
        codes = ctx.config.languages
        columns = len(codes) if len(codes) <= 3 else (len(codes) + 1) // 2
        for index, lang in enumerate(codes):
            button = Button(NATIVE_NAMES.get(lang, lang))
            button.clicked.connect(lambda _=False, code=lang: self._start_in(code))
            grid.addWidget(button, index // columns, index % columns)
            self.language_buttons[lang] = button
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
        self._rotate.timeout.connect(self._next)
        self.retranslate()

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        info = self.ctx.repo.info(self.ctx.lang)
        self.heading.set_text(info.title or info.district)
        self._highlights = list(info.highlights) or [self.tr("Free career classes at your school")]
        self._index = 0
        self.highlight.set_text(self._highlights[0])
        self._rotate.start()

    def reading(self) -> list[str]:
        # The language buttons are names in five languages: no one voice can read them.
        return [self.heading.text(), self.highlight.text(), self.hint.text(), self.start.text()]

    def show_read_aloud(self, available: bool, speaking: bool) -> None:
        self.read_aloud.show_state(available, speaking)

    def hideEvent(self, event: object) -> None:
        self._rotate.stop()

    def _next(self) -> None:
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
