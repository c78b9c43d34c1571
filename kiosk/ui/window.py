"""The kiosk window: top bar, the stack of screens, navigation, idle handling and lockdown."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QCloseEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.idle import IdleWatcher, InputKind
from kiosk.services.language import LanguageSwitcher
from kiosk.sync.outcome import Outcome, SyncResult
from kiosk.ui import keys, theme
from kiosk.ui.admin.gesture import AdminGesture
from kiosk.ui.display_chooser import DisplayChooser
from kiosk.ui.guard import ScreenGuard
from kiosk.ui.language_picker import LanguagePicker
from kiosk.ui.lockdown import LockdownFilter
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.screens.out_of_service import OutOfService
from kiosk.ui.still_there import StillThere
from kiosk.ui.widgets.common import Text
from kiosk.ui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from kiosk.ui.admin.mode import AdminMode

log = logging.getLogger(__name__)


class KioskWindow(QWidget):
    screen_shown = Signal(str, str)  # name, and the code shown ("" for none)

    def __init__(
        self,
        ctx: Context,
        screens: dict[str, Callable[[], Screen]],
        languages: LanguageSwitcher,
        *,
        kiosk_mode: bool,
    ) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.ctx = ctx
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        self._languages = languages
        self.history: list[tuple[str, str | None]] = []
        self.current: tuple[str, str | None] = ("attract", None)
        self.top_bar = TopBar(ctx.config.languages, preview=not kiosk_mode)
        self.stack = QStackedWidget()
        # Screens are built when first needed, so launch only builds the attract screen.
        self._factories = screens
        self.screens: dict[str, Screen] = {}
        self.main_layer = main = QWidget()
        inner = QVBoxLayout(main)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.top_bar)
        self.preview_notice = Text(role="notice")
        self.preview_notice.setObjectName("PreviewNotice")
        inner.addWidget(self.preview_notice)
        inner.addWidget(self.stack, 1)
        self.out_of_service = OutOfService()
        self.outer = QStackedWidget()
        self.outer.addWidget(main)
        self.outer.addWidget(self.out_of_service)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The screen decides the size in kiosk mode, not the content's minimum.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.outer)
        self.language_picker = LanguagePicker(ctx.config.languages, self)
        self.display_chooser = DisplayChooser(self)
        self.still_there = StillThere(ctx.config.warning_seconds, self)
        self.idle = IdleWatcher(ctx.config.idle_timeout_ms, self)
        self.lockdown = LockdownFilter(self) if kiosk_mode else None
        self.guard = ScreenGuard(self) if kiosk_mode else None
        self._admin: AdminMode | None = None
        self._admin_factory: Callable[[], AdminMode] | None = None
        self.gesture = AdminGesture(self)
        self.input_kind = InputKind(self)
        self.gesture.triggered.connect(self.open_admin)
        self.config_problem = ""
        self._lockdown_refused = False
        self._connect()

    def _connect(self) -> None:
        bar, session = self.top_bar, self.ctx.session
        bar.home_clicked.connect(self.home)
        bar.back_clicked.connect(self.back)
        bar.list_clicked.connect(lambda: self.go("mylist"))
        bar.language_chosen.connect(session.set_language)
        bar.language_menu_clicked.connect(lambda: self.language_picker.open(self.ctx.lang))
        self.language_picker.chosen.connect(session.set_language)
        self.read_aloud = ReadAloud(self)
        bar.display_clicked.connect(
            lambda: self.display_chooser.open(session.text_size, session.contrast)
        )
        self.display_chooser.text_size_chosen.connect(lambda size: session.set_look(text_size=size))
        self.display_chooser.contrast_chosen.connect(lambda look: session.set_look(contrast=look))
        session.look_changed.connect(self._look_changed)
        session.language_changed.connect(self._language_changed)
        session.list_changed.connect(self._update_bar)
        self.idle.idle.connect(self.still_there.start)
        self.idle.idle.connect(self.read_aloud.warn_idle)  # after: it reads what start shows
        self.still_there.continued.connect(self.idle.start)
        self.still_there.expired.connect(self.start_over)
        self.ctx.catalog.availability_changed.connect(self._availability_changed)

    # -- window mode -----------------------------------------------------------------------------

    def show_kiosk(self) -> None:
        """Kiosk mode: full screen, and kept so by the guard. Preview: a normal window."""
        if self.kiosk_mode:
            app = QApplication.instance()
            assert app is not None and self.lockdown is not None and self.guard is not None
            app.installEventFilter(self.lockdown)
            self.setAcceptDrops(False)
            self.guard.engage()
        else:
            self.setWindowTitle(self.tr("Career Kiosk (preview)"))
            self.resize(1366, 768)
            self.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()  # the native window exists once shown
        self.idle.watch(handle)
        self.gesture.watch(handle)
        self.input_kind.watch(handle)
        if self._admin is not None:
            self._admin.watch(handle)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            app = QApplication.instance()
            if self.lockdown is not None and self.guard is not None and app is not None:
                self.guard.release()  # before the window hides: closing is no trouble
                app.removeEventFilter(self.lockdown)
            self.idle.shutdown()
            self.ctx.speech.shutdown()
            self.gesture.watch(None)
            if self._admin is not None:
                self._admin.lock()
                self._admin.idle.shutdown()
            self.still_there.stop()
            self._languages.switch("en")  # translators belong to the app, not the window
            event.accept()
        else:
            log.info("close request ignored in kiosk mode")
            event.ignore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for overlay in (self.still_there, self.language_picker, self.display_chooser):
            if overlay.isVisible():
                overlay.setGeometry(self.rect())

    # -- navigation ------------------------------------------------------------------------------

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
        self.still_there.stop()
        self.language_picker.hide()
        self.display_chooser.hide()
        self.ctx.session.wipe()
        for screen in self.screens.values():
            screen.reset()
        self.history.clear()
        self._show("attract", None)

    @property
    def usable(self) -> bool:
        return self.ctx.catalog.available and not self.config_problem

    def _show(self, name: str, arg: str | None) -> None:
        self.ctx.speech.stop()  # reading belongs to the screen being left
        if not self.usable:
            self._show_layer(self.out_of_service)
            return
        if name == "attract":
            self.idle.stop()
            self.ctx.catalog.apply_pending()  # a new catalog only between students
        elif not self.idle.running and not self.still_there.active:
            self.idle.start()
        screen = self.screen_named(name)
        self.current = (name, arg)
        screen.enter(arg)
        self.stack.setCurrentWidget(screen)
        self.top_bar.setVisible(screen.has_top_bar)
        self._update_bar()
        self.read_aloud.show()
        self._focus_start_of(screen)
        self.screen_shown.emit(name, arg or "")

    def _focus_start_of(self, screen: Screen) -> None:
        """The focus lands for keys (or goes, for touch); assistive technology hears the new
        screen's title either way."""
        keys.land_focus(self, screen)
        self._announce(screen.title())

    def _announce(self, title: str) -> None:
        name = (
            self.tr("Career Kiosk: %1").replace("%1", title) if title else self.tr("Career Kiosk")
        )
        self.setAccessibleName(name)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def screen_named(self, name: str) -> Screen:
        if name not in self.screens:
            screen = self._factories[name]()
            self.screens[name] = screen
            self.stack.addWidget(screen)
        return self.screens[name]

    def build_all(self) -> None:
        """Build every screen now (after the first frame, or for tests)."""
        for name in self._factories:
            self.screen_named(name)

    def current_screen(self) -> Screen:
        return self.screen_named(self.current[0])

    @Slot()
    def _update_bar(self) -> None:
        screen = self.current_screen()
        self.top_bar.show_state(
            screen.title(),
            can_go_back=bool(self.history) or self.current[0] != "home",
            language=self.ctx.lang,
            list_count=len(self.ctx.session.my_list),
        )

    @Slot()
    def toggle_reading(self) -> None:
        """The speaker button (also on screens without the top bar)."""
        self.read_aloud.toggle()

    @Slot(str)
    def _language_changed(self, language: str) -> None:
        self.ctx.speech.stop()
        self._languages.switch(language)
        if self.ctx.catalog.available:
            self.current_screen().refresh()
            self._update_bar()
            self.read_aloud.show()

    @Slot()
    def _look_changed(self) -> None:
        """The student changed text size or contrast: restyle everything at once."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        session = self.ctx.session
        theme.apply(app, session.text_size, session.contrast)
        self.top_bar.set_large_text(session.text_size >= 200)
        self.display_chooser.show_state(session.text_size, session.contrast)

    @Slot(bool)
    def _availability_changed(self, available: bool) -> None:
        if available and self.usable:
            self._show_layer(self.main_layer)
            self.start_over()
        elif not available:
            self.idle.stop()
            self.still_there.stop()
            self._show_layer(self.out_of_service)

    def _show_layer(self, layer: QWidget) -> None:
        """Switch between the screens, out of service and admin mode; admin mode stays on
        top until staff lock it."""
        if self._admin is None or not self._admin.active:
            self.outer.setCurrentWidget(layer)

    def show_config_problem(self, problem: str) -> None:
        """The configuration is invalid: out of service until it is fixed and the kiosk
        restarted (staff still reach admin mode to restart it)."""
        self.config_problem = problem
        self.out_of_service.show_detail(problem)
        self.idle.stop()
        self._show_layer(self.out_of_service)

    # -- admin mode --------------------------------------------------------------------------------

    @property
    def lockdown_refused(self) -> bool:
        """Lockdown was asked for, but no staff PIN is set: a labelled preview instead."""
        return self._lockdown_refused

    @lockdown_refused.setter
    def lockdown_refused(self, refused: bool) -> None:
        self._lockdown_refused = refused
        self.preview_notice.set_text(self.no_pin_notice() if refused else "")

    def no_pin_notice(self) -> str:
        return self.tr(
            "No staff PIN is set, so this kiosk runs as a preview and is not locked down. "
            "IT: run kiosk-admin set-pin on this computer, then restart the kiosk."
        )

    def attach_admin(self, factory: Callable[[], AdminMode]) -> None:
        """Admin mode is built when first opened: launch does not pay for it."""
        self._admin_factory = factory

    @property
    def admin(self) -> AdminMode | None:
        if self._admin is None and self._admin_factory is not None:
            admin = self._admin = self._admin_factory()
            self.outer.addWidget(admin)
            admin.closed.connect(self._admin_closed)
            admin.watch(self.windowHandle())
        return self._admin

    @Slot()
    def open_admin(self) -> None:
        admin = self.admin
        if admin is None or admin.active:
            return
        log.info("admin mode opened")
        if self.guard is not None:
            self.guard.pause()  # staff are not fought
        self.idle.stop()
        self.still_there.stop()
        self.outer.setCurrentWidget(admin)
        admin.open()

    @Slot()
    def _admin_closed(self) -> None:
        if self.guard is not None:
            self.guard.resume()
        if self.usable:
            self.outer.setCurrentWidget(self.main_layer)
            self.start_over()  # the next student starts clean, on the newest catalog
        else:
            self.outer.setCurrentWidget(self.out_of_service)

    @Slot(object)
    def catalog_synced(self, outcome: Outcome) -> None:
        """A sync finished. A new catalog is shown at once only if nobody is using the
        kiosk; otherwise the next visit to the attract screen picks it up."""
        if outcome.result is SyncResult.UPDATED and self.current[0] == "attract":
            self.ctx.catalog.apply_pending()
            self.current_screen().refresh()

    def recover(self) -> None:
        """After an unexpected error: a clean, working screen, no dialog."""
        if self._admin is not None and self._admin.active:
            self._admin.lock()
        try:
            self.start_over()
        except Exception:  # the catalog itself may be what failed
            log.exception("recovery failed; showing out of service")
            self._show_layer(self.out_of_service)

    # -- keys --------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys a focused widget left unhandled (kiosk/ui/keys.py)."""
        if not keys.handle(self, event):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lockdown_refused = self._lockdown_refused  # the notice in the new language
            if self.ctx.catalog.available:
                self._update_bar()
        super().changeEvent(event)
