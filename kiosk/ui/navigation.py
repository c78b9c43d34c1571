"""Which screen the student is on, the way back, and a fresh start for the next student."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.services.catalog import CatalogService
from kiosk.services.session import Session
from kiosk.sync.outcome import Outcome, SyncResult
from kiosk.ui.screens.base import Screen


class Navigator(QObject):
    """Screens are built when first needed, so launch only builds the attract screen."""

    built = Signal(QObject)  # a screen, built just now: the window gives it its place
    leaving = Signal()  # another screen is asked for; the one shown now is left
    entering = Signal(str)  # the screen's name, before it loads anything
    shown = Signal(str, str)  # name, and the code shown ("" for none)
    refused = Signal()  # out of service: no screen can be shown

    def __init__(
        self, session: Session, catalog: CatalogService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._catalog = catalog
        self._factories: dict[str, Callable[[], Screen]] = {}
        self.screens: dict[str, Screen] = {}
        self.history: list[tuple[str, str | None]] = []
        self.current: tuple[str, str | None] = ("attract", None)
        # A broken configuration: out of service until the file is fixed and the kiosk
        # restarted.
        self.config_problem = ""

    def add_screens(self, factories: dict[str, Callable[[], Screen]]) -> None:
        """The screens by name; each is built on its first use (the factories need the
        context, which needs this navigator)."""
        self._factories.update(factories)

    @property
    def usable(self) -> bool:
        return self._catalog.available and not self.config_problem

    def go(self, name: str, arg: str | None = None) -> None:
        if (name, arg) != self.current:
            if self.current[0] != "attract":
                self.history.append(self.current)
            self._show(name, arg)

    def back(self) -> None:
        if self.history:
            self._show(*self.history.pop())
        else:
            self.home()

    def home(self) -> None:
        self.history.clear()
        self._show("home", None)

    def start_over(self) -> None:
        """Wipe everything the student did and return to the attract screen."""
        self._session.wipe()  # `ending` first: the cards over the screen go
        for screen in self.screens.values():
            screen.reset()
        self.history.clear()
        self._show("attract", None)

    def _show(self, name: str, arg: str | None) -> None:
        self.leaving.emit()
        if not self.usable:
            self.refused.emit()
            return
        self.entering.emit(name)
        if name == "attract":
            self._catalog.apply_pending()  # a new catalog only between students
        screen = self.screen_named(name)
        self.current = (name, arg)
        screen.enter(arg)
        self.shown.emit(name, arg or "")

    def screen_named(self, name: str) -> Screen:
        if name not in self.screens:
            screen = self.screens[name] = self._factories[name]()
            self.built.emit(screen)
        return self.screens[name]

    def build_all(self) -> None:
        """Build every screen now (for tests and pictures)."""
        for name in self._factories:
            self.screen_named(name)

    def build_next(self) -> bool:
        """Build one screen not built yet; False when there is none left. After launch the
        screens are built one per turn of the event loop, so a tap meanwhile is not kept
        waiting for all of them (and a screen it needs first is built on the spot)."""
        name = next((n for n in self._factories if n not in self.screens), None)
        if name is None:
            return False
        self.screen_named(name)
        return True

    def current_screen(self) -> Screen:
        return self.screen_named(self.current[0])

    def built_current(self) -> Screen | None:
        """The current screen if it exists already (asking does not build it)."""
        return self.screens.get(self.current[0])

    @Slot(object)
    def catalog_synced(self, outcome: Outcome) -> None:
        """A sync finished. A new catalog is shown at once only if nobody is using the
        kiosk; otherwise the next visit to the attract screen picks it up."""
        if outcome.result is SyncResult.UPDATED and self.current[0] == "attract":
            self._catalog.apply_pending()
            self.current_screen().refresh()
