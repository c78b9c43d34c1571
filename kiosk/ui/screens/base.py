"""What every screen shares: access to the session, catalog and navigation, and the hooks
the navigator and the window call (enter, refresh on language change, reset between students)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.catalog.repository import Repository
from kiosk.config import Config
from kiosk.services.catalog import CatalogService
from kiosk.services.session import Session
from kiosk.services.speech import SpeechService
from kiosk.ui.reading import readable_parts
from kiosk.ui.widgets.common import TranslatedWidget


class Navigator(Protocol):
    """What screens may ask of navigation (kiosk/ui/navigation.py)."""

    def go(self, name: str, arg: str | None = None) -> None: ...
    def back(self) -> None: ...
    def home(self) -> None: ...
    def start_over(self) -> None: ...


@dataclass
class Context:
    session: Session
    catalog: CatalogService
    config: Config
    nav: Navigator
    speech: SpeechService

    @property
    def repo(self) -> Repository:
        return self.catalog.repo

    @property
    def lang(self) -> str:
        return self.session.language


class Screen(TranslatedWidget):
    """A page of the kiosk. Subclasses build widgets in __init__, fill them in `enter`."""

    read_aloud_clicked = Signal()  # the screen's own speaker button (a screen without the bar)
    read_aloud_held = Signal()  # that button held: talking mode on or off

    name = ""
    has_top_bar = True

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.arg: str | None = None
        self.setObjectName("Screen")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)

    def title(self) -> str:
        return ""

    def reading(self) -> list[str]:
        """What read aloud says: the title, then the screen's visible words in order."""
        parts = readable_parts(self)
        title = self.title()
        return parts if not title or (parts and parts[0] == title) else [title, *parts]

    def show_read_aloud(self, available: bool, speaking: bool) -> None:
        """A screen without the top bar shows its own speaker button here."""

    def enter(self, arg: str | None) -> None:
        """Show this screen for `arg` (a code, or None): load what it needs."""
        self.arg = arg

    def refresh(self) -> None:
        """Show the same content again, e.g. after a language change."""
        self.enter(self.arg)

    def reset(self) -> None:
        """Forget everything about the previous student (text, choices, scroll)."""
        self.arg = None
