"""The kiosk window: a shell that lays out the top bar, the layers and the cards over them,
and wires them to navigation (kiosk/ui/navigation.py) and to each other."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.services.display import DisplaySchedule
from kiosk.services.idle import InputKind
from kiosk.services.language import LanguageSwitcher
from kiosk.ui import keys, theme
from kiosk.ui.focus import RingKeeper
from kiosk.ui.guard import ScreenGuard
from kiosk.ui.inactivity import Inactivity
from kiosk.ui.layers import Layers
from kiosk.ui.lockdown import LockdownFilter
from kiosk.ui.navigation import Navigator
from kiosk.ui.overlays.display_chooser import DisplayChooser
from kiosk.ui.overlays.language_picker import LanguagePicker
from kiosk.ui.read_aloud import ReadAloud
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.sleep import SleepMode
from kiosk.ui.staff.gesture import AdminGesture
from kiosk.ui.talking.mode import TalkingMode
from kiosk.ui.widgets.common import Text
from kiosk.ui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from kiosk.ui.staff.mode import AdminMode

log = logging.getLogger(__name__)
# Cards shown over the screen (overlays, Still there?): talking mode moves inside the top one.
CARDS = ("Overlay", "StillThere")


class KioskWindow(QWidget):
    def __init__(
        self, ctx: Context, nav: Navigator, languages: LanguageSwitcher, *, kiosk_mode: bool
    ) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.ctx = ctx
        self.nav = nav
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        self._languages = languages
        self.top_bar = TopBar(ctx.config.languages, preview=not kiosk_mode)
        self.stack = QStackedWidget()  # the screens, as the navigator builds them
        screens = QWidget()
        inner = QVBoxLayout(screens)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.top_bar)
        self.preview_notice = Text(role="notice")
        self.preview_notice.setObjectName("PreviewNotice")
        inner.addWidget(self.preview_notice)
        inner.addWidget(self.stack, 1)
        self.layers = Layers(screens, nav)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The screen decides the size in kiosk mode, not the content's minimum.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.layers)
        self.language_picker = LanguagePicker(ctx.config.languages, self)
        self.display_chooser = DisplayChooser(self)
        self.inactivity = Inactivity(nav, ctx.session, ctx.speech, ctx.config, self)
        self.lockdown = LockdownFilter(self) if kiosk_mode else None
        self.guard = ScreenGuard(self) if kiosk_mode else None
        self.gesture = AdminGesture(self)
        self.input_kind = InputKind(self)
        self.read_aloud = ReadAloud(ctx.speech, ctx.session, nav, self.top_bar, self)
        self.talking = TalkingMode(self, nav, ctx.session, ctx.speech, self.talk_roots)
        self._lockdown_refused = False
        self.sleep: SleepMode | None = None
        self._connect()
        RingKeeper(self, self.input_kind)  # a touch takes away the ring keys left

    def _connect(self) -> None:
        bar, session, nav = self.top_bar, self.ctx.session, self.nav
        bar.home_clicked.connect(nav.home)
        bar.back_clicked.connect(nav.back)
        bar.list_clicked.connect(lambda: nav.go("mylist"))
        bar.language_chosen.connect(session.set_language)
        bar.language_menu_clicked.connect(lambda: self.language_picker.open(self.ctx.lang))
        self.language_picker.chosen.connect(session.set_language)
        bar.display_clicked.connect(
            lambda: self.display_chooser.open(session.text_size, session.contrast)
        )
        self.display_chooser.text_size_chosen.connect(lambda size: session.set_look(text_size=size))
        self.display_chooser.contrast_chosen.connect(lambda look: session.set_look(contrast=look))
        session.look_changed.connect(self._look_changed)
        session.language_changed.connect(self._language_changed)
        session.list_changed.connect(self._update_bar)
        session.ending.connect(self.language_picker.hide)  # the cards go with the student
        session.ending.connect(self.display_chooser.hide)
        nav.built.connect(self._place)
        nav.shown.connect(self._shown)
        self.inactivity.warned.connect(self.read_aloud.warn_idle)
        self.inactivity.warned.connect(self.talking.warn_idle)
        bar.read_aloud_held.connect(self.talking.toggle)
        # Out of service, admin mode: whatever was being read is not on screen now.
        self.layers.currentChanged.connect(self.ctx.speech.stop)
        self.layers.currentChanged.connect(self.talking.layer_changed)
        self.gesture.triggered.connect(self.layers.open_admin)
        if self.guard is not None:
            self.layers.admin_opening.connect(self.guard.pause)  # staff are not fought
            self.layers.admin_closed.connect(self.guard.resume)
        self.layers.admin_opening.connect(self.inactivity.pause)
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
        # Talking mode first: the filter installed last runs first, and talking mode keeps
        # the keys it uses, so idle, input kind and the gesture must see them before it.
        self.talking.watch(handle)
        self.inactivity.watch(handle)
        self.gesture.watch(handle)
        self.input_kind.watch(handle)
        self.layers.watch(handle)
        if self.sleep is not None:
            self.sleep.watch(handle)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            app = QApplication.instance()
            if self.lockdown is not None and self.guard is not None and app is not None:
                self.guard.release()  # before the window hides: closing is no trouble
                app.removeEventFilter(self.lockdown)
            self.inactivity.shutdown()
            self.ctx.speech.shutdown()
            self.gesture.watch(None)
            if self.sleep is not None:
                self.sleep.idle.shutdown()
            self.layers.shutdown()
            if not self.ctx.speech.left_behind:  # else the switch would wait for the engine
                self._languages.switch("en")  # translators belong to the app, not the window
            event.accept()
        else:
            log.info("close request ignored in kiosk mode")
            event.ignore()

    # -- screens ---------------------------------------------------------------------------------

    @Slot(QObject)
    def _place(self, screen: Screen) -> None:
        self.stack.addWidget(screen)
        screen.read_aloud_clicked.connect(self.read_aloud.toggle)
        screen.read_aloud_held.connect(self.talking.toggle)

    @Slot()
    def _shown(self) -> None:
        screen = self.nav.current_screen()
        self.stack.setCurrentWidget(screen)
        self.top_bar.setVisible(screen.has_top_bar)
        self._update_bar()
        self.read_aloud.show()
        # The focus lands for keys (or goes, for touch); assistive technology hears the new
        # screen's title either way.
        keys.land_focus(screen)
        self._announce(screen.title())

    def _announce(self, title: str) -> None:
        name = (
            self.tr("Career Kiosk: %1").replace("%1", title) if title else self.tr("Career Kiosk")
        )
        self.setAccessibleName(name)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    @Slot()
    def _update_bar(self) -> None:
        nav = self.nav
        self.top_bar.show_state(
            nav.current_screen().title(),
            can_go_back=bool(nav.history) or nav.current[0] != "home",
            language=self.ctx.lang,
            list_count=len(self.ctx.session.my_list),
        )

    @Slot(str)
    def _language_changed(self, language: str) -> None:
        self.ctx.speech.stop()
        self._languages.switch(language)
        if self.ctx.catalog.available:
            self.nav.current_screen().refresh()
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

    # -- out of service --------------------------------------------------------------------------

    @Slot(bool)
    def _availability_changed(self, available: bool) -> None:
        if available and self.nav.usable:
            self.layers.show_screens()
            self.nav.start_over()
        elif not available:
            self.show_out_of_service()

    def showing_attract(self) -> bool:
        """The attract screen is what the window shows (not out of service, asleep or
        admin mode, and no card over it)."""
        shown = any(w.isVisible() for w in self.findChildren(QWidget) if w.objectName() in CARDS)
        return (
            self.layers.currentWidget() is self.layers.screens
            and self.nav.current[0] == "attract"
            and not shown
        )

    def show_out_of_service(self) -> None:
        """No catalog: out of service, and nobody's time counts (admin mode stays on top)."""
        self.inactivity.pause()
        self.layers.show_out_of_service()

    def show_config_problem(self, problem: str) -> None:
        """The configuration is invalid: out of service until it is fixed and the kiosk
        restarted (staff still reach admin mode to restart it)."""
        self.nav.config_problem = problem
        self.layers.out_of_service.show_detail(problem)
        self.show_out_of_service()

    def recover(self) -> None:
        """After an unexpected error: a clean, working screen, no dialog."""
        self.layers.lock_admin()
        try:
            self.nav.start_over()
        except Exception:  # the catalog itself may be what failed
            log.exception("recovery failed; showing out of service")
            self.layers.show_out_of_service()

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
        self.layers.attach_admin(factory)

    def attach_display(self, display: DisplaySchedule) -> None:
        """Asleep outside opening hours (kiosk/ui/sleep.py)."""
        self.sleep = SleepMode(
            display, self.layers, self.nav, self.ctx.session, self.ctx.config.idle_timeout_ms, self
        )
        self.sleep.watch(self.windowHandle())

    # -- keys --------------------------------------------------------------------------------------

    def talk_roots(self) -> list[QWidget]:
        """What talking mode's keys move through: a card over the screen, else the screen
        and then its top bar, or the out-of-service notice; nothing in admin mode."""
        cards = [w for w in self.findChildren(QWidget) if w.objectName() in CARDS]
        shown = [card for card in cards if card.isVisible()]
        if shown:
            return shown[-1:]
        layer = self.layers.currentWidget()
        if layer is self.layers.out_of_service:
            return [layer]
        if layer is not self.layers.screens:
            return []
        screen = self.nav.current_screen()
        return [screen, self.top_bar] if self.top_bar.isVisible() else [screen]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys a focused widget left unhandled (kiosk/ui/keys.py)."""
        if not keys.handle(event, self.nav, self.inactivity, self):
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.lockdown_refused = self._lockdown_refused  # the notice in the new language
            if self.ctx.catalog.available:
                self._update_bar()
        super().changeEvent(event)
