"""The bar on every screen: Home, Back, the screen's title, Language and My list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.catalog.languages import NATIVE_NAMES
from kiosk.ui.theme import Look
from kiosk.ui.widgets.common import Button, Text, TranslatedWidget
from kiosk.ui.widgets.fitting import fitted
from kiosk.ui.widgets.speaker import SpeakerButton

TITLE_ROOM = 180  # what the screen's title needs beside the buttons, at least
BUTTON_FRAME = 40  # a button's padding, border and the gap between icon and words
TITLE_LINES = 2  # at most; the rest of a long title is elided


class TopBar(TranslatedWidget):
    home_clicked = Signal()
    back_clicked = Signal()
    language_chosen = Signal(str)
    language_menu_clicked = Signal()  # more than two languages: open the chooser
    display_clicked = Signal()  # text size and contrast
    read_aloud_clicked = Signal()
    read_aloud_held = Signal()  # talking mode on or off
    list_clicked = Signal()

    def __init__(
        self, languages: tuple[str, ...], preview: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # As tall as its tallest button and never less: at 200 % text a crowded window
        # would otherwise squeeze the bar and cut its icons.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._languages = languages
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(12)
        self.home = Button(icon_name=("ui", "home"), on_dark=True)
        self.back = Button(icon_name=("ui", "back"), on_dark=True)
        # The bar is as tall as its buttons whatever the title: the title takes the room
        # left beside them, broken into lines here so the last one can be elided.
        self.title = Text()
        self.title.setWordWrap(False)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.title.installEventFilter(self)
        self._full_title = ""
        self.preview = QLabel()
        self.preview.setObjectName("PreviewBadge")
        self.preview.setVisible(preview)
        # Two languages: a button for the other one. More: one button opening the chooser.
        self.language_buttons: dict[str, Button] = {}
        self.language = Button(icon_name=("ui", "language"), on_dark=True)
        self.language.clicked.connect(self.language_menu_clicked)
        self.language.setVisible(len(languages) > 2)
        for lang in languages if len(languages) <= 2 else ():
            button = Button(
                NATIVE_NAMES.get(lang, lang), icon_name=("ui", "language"), on_dark=True
            )
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.language_buttons[lang] = button
        self.display = Button("Aa", on_dark=True)
        self.display.setObjectName("DisplayButton")
        self.display.clicked.connect(self.display_clicked)
        self.my_list = Button(icon_name=("ui", "mylist"), on_dark=True)
        self.read_aloud = SpeakerButton()
        self.read_aloud.clicked.connect(self.read_aloud_clicked)
        self.read_aloud.held.connect(self.read_aloud_held)
        row.addWidget(self.home)
        row.addWidget(self.back)
        row.addWidget(self.title, 1)
        right = (self.preview, *self.language_buttons.values(), self.read_aloud, self.language)
        for widget in (*right, self.display, self.my_list):
            row.addWidget(widget)
        self.home.clicked.connect(self.home_clicked)
        self.back.clicked.connect(self.back_clicked)
        self.my_list.clicked.connect(self.list_clicked)
        self._count = 0
        self._current_language = "en"
        self.compact = False
        self._large_text = False
        self.retranslate()

    def show_state(self, title: str, *, can_go_back: bool, language: str, list_count: int) -> None:
        self._full_title = title
        self._show_title()
        self.back.setEnabled(can_go_back)
        self._current_language = language
        self._count = list_count
        for lang, button in self.language_buttons.items():
            button.setVisible(lang != language)
        self.retranslate()
        self._fit()

    def show_read_aloud(self, *, available: bool, speaking: bool) -> None:
        if self.read_aloud.show_state(available, speaking):
            self._fit()  # its words have changed width

    def set_large_text(self, large: bool) -> None:
        """With very large text the bar keeps its icons and drops its words (each button
        keeps its accessible name), so the screen's own text has the room."""
        self._large_text = large
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._show_title()
        return super().eventFilter(watched, event)

    def _show_title(self) -> None:
        """As much of the title as fits the bar's height (two lines at most) and the room
        beside the buttons; the whole title stays its accessible name."""
        title = self.title
        lines = max(1, min(TITLE_LINES, title.height() // title.fontMetrics().lineSpacing()))
        title.set_text(fitted(self._full_title, title.font(), title.width(), lines))
        title.setAccessibleName(self._full_title)

    def _fit(self) -> None:
        """Words on the buttons when they fit beside a readable title, else icons only."""
        room = Look.scaled(TITLE_ROOM)  # the title's letters grow with the text
        compact = self._large_text or self._words_width() + room > self.width()
        # Icons alone are at least 40 px, in place of the words; with larger text they
        # are that already (the bar keeps one height at each text size).
        px = 40 if compact and Look.scaled(32) < 40 else 32
        buttons = (self.home, self.back, self.read_aloud, self.language, self.my_list)
        for button in (*buttons, *self.language_buttons.values()):
            button.set_icon_px(px)
        if compact != self.compact:
            self.compact = compact
            self.retranslate()

    def _words_width(self) -> int:
        """How wide the bar's buttons are with their words (measured, whatever shows now)."""
        total = 0
        row = self._row
        for button, text in self._worded():
            if button.isVisibleTo(self):
                metrics = button.fontMetrics()
                words = metrics.horizontalAdvance(text)
                total += words + Look.scaled(32) + BUTTON_FRAME + row.spacing()
        others = (self.display, self.preview)
        for widget in others:
            if widget.isVisibleTo(self):
                total += widget.sizeHint().width() + row.spacing()
        margins = row.contentsMargins()
        return total + margins.left() + margins.right()

    def _worded(self) -> list[tuple[Button, str]]:
        current = self._current_language
        pairs = [
            (self.home, self.tr("Home")),
            (self.back, self.tr("Back")),
            (self.my_list, self.tr("My list (%1)").replace("%1", str(self._count))),
            (self.language, NATIVE_NAMES.get(current, current)),
            (self.read_aloud, self.read_aloud.name()),
        ]
        return pairs + [(b, NATIVE_NAMES.get(c, c)) for c, b in self.language_buttons.items()]

    def retranslate(self) -> None:
        words = not self.compact
        self.read_aloud.words = words
        self.read_aloud.refresh()
        list_name = self.tr("My list (%1)").replace("%1", str(self._count))
        self.home.setText(self.tr("Home") if words else "")
        self.back.setText(self.tr("Back") if words else "")
        self.preview.setText(self.tr("Preview"))
        self.my_list.setText(list_name if words else str(self._count))
        self.home.setAccessibleName(self.tr("Home"))
        self.back.setAccessibleName(self.tr("Back"))
        self.my_list.setAccessibleName(list_name)
        current = self._current_language
        self.language.setText(NATIVE_NAMES.get(current, current) if words else current.upper())
        self.language.setAccessibleName(self.tr("Language: choose another language"))
        self.display.setAccessibleName(self.tr("Text size and contrast"))
        for lang, button in self.language_buttons.items():
            button.setText(NATIVE_NAMES.get(lang, lang) if words else lang.upper())
            button.setAccessibleName(
                self.tr("Change language to %1").replace("%1", NATIVE_NAMES.get(lang, lang))
            )
