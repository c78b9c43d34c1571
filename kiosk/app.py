"""The composition root: arguments -> paths -> logging -> config -> catalog -> Qt -> window.

`create()` builds the whole kiosk without entering the event loop, so tests and benchmarks
drive the real thing.
"""

from __future__ import annotations

import faulthandler
import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO, cast

from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk import __version__, log
from kiosk.arguments import parse_args
from kiosk.config import Config, ConfigError, defaults, load, pin_hash_of
from kiosk.exits import EXIT_ALREADY_RUNNING, EXIT_FAILURE, EXIT_OK
from kiosk.paths import SAMPLE_CATALOG_SOURCE, TRANSLATIONS, Paths
from kiosk.pin import PinGuard
from kiosk.services.catalog import CatalogService
from kiosk.services.display import DisplaySchedule
from kiosk.services.language import LanguageSwitcher
from kiosk.services.reporting import HealthReporter, Reported
from kiosk.services.session import Session
from kiosk.services.speech import SpeechService, thread_left_running
from kiosk.services.staff import StaffService
from kiosk.services.sync import SyncService
from kiosk.services.usage import UsageRecorder
from kiosk.services.watchdog import SystemdNotifier
from kiosk.sync.store import CatalogStore
from kiosk.ui import theme
from kiosk.ui.firstframe import FirstFrame
from kiosk.ui.navigation import Navigator
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.window import KioskWindow
from kiosk.usage import USAGE_FILE, UsageLog

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from kiosk.ui.launchscreen import LaunchScreen
    from kiosk.ui.staff.mode import AdminMode

logger = logging.getLogger("kiosk")
# The first health report waits until launch is over: the first frame never pays for it.
HEALTH_FIRST_REPORT_MS = 3000


@dataclass
class Kiosk:
    window: KioskWindow
    nav: Navigator
    session: Session
    catalog: CatalogService
    context: Context
    sync: SyncService
    usage: UsageRecorder
    staff: StaffService
    speech: SpeechService
    display: DisplaySchedule
    health: HealthReporter


def create(
    config: Config,
    data_dir: Path,
    *,
    kiosk_mode: bool,
    lazy: bool = False,
    printer: Callable[[], QPrinter | None] | None = None,
    sample_source: Path | None = SAMPLE_CATALOG_SOURCE,
    lockdown_refused: bool = False,
    media_roots: Callable[[], list[Path]] | None = None,
    problem: ConfigError | None = None,
) -> Kiosk:
    """Build the kiosk (a QApplication must exist). Nothing is shown yet. With `lazy`, only
    the screens needed first are built; the window builds the others when asked. With a
    configuration `problem`, it is out of service until the file is fixed and the kiosk
    restarted: the screen shows only the problem's reference, the log has the rest."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    printer = printer or _default_printer
    theme.apply(app)
    store = CatalogStore(data_dir)
    catalog = CatalogService(store, sample_source, config.catalog_retry_seconds * 1000)
    session = Session(config.languages[0])
    languages = LanguageSwitcher(TRANSLATIONS)
    nav = Navigator(session, catalog)
    speech = SpeechService(config.speech_engine, config.languages)
    ctx = Context(session=session, catalog=catalog, config=config, nav=nav, speech=speech)
    screens: dict[str, Callable[[], Screen]] = {
        "attract": lambda: AttractScreen(ctx),
        "home": _lazy("home", "HomeScreen", ctx),
        "interests": _lazy("interests", "InterestsScreen", ctx),
        "quiz": _lazy("quiz", "QuizScreen", ctx),
        "quiz_result": _lazy("quiz_result", "QuizResultScreen", ctx),
        "browse": _lazy("browse", "BrowseScreen", ctx),
        "sector": _lazy("browse", "SectorScreen", ctx),
        "search": _lazy("search", "SearchScreen", ctx),
        "course": _lazy("course", "CourseScreen", ctx),
        "mylist": _lazy("mylist", "MyListScreen", ctx),
        "counselor": _lazy("counselor", "CounselorScreen", ctx, printer),
        "about": _lazy("about", "AboutScreen", ctx),
    }
    nav.add_screens(screens)
    window = KioskWindow(ctx, nav, languages, kiosk_mode=kiosk_mode)
    window.lockdown_refused = lockdown_refused
    nav.setParent(window)
    catalog.setParent(window)
    session.setParent(window)
    speech.setParent(window)
    languages.setParent(window)
    languages.switch(session.language)
    if not lazy:
        nav.build_all()
    catalog.apply_pending()
    if catalog.available:
        nav.start_over()  # every launch starts clean, on the attract screen
    else:
        window.show_out_of_service()
    sync = SyncService(store, config, window)
    sync.finished.connect(nav.catalog_synced)
    usage = UsageRecorder(UsageLog(data_dir / USAGE_FILE), session, catalog, window)
    nav.shown.connect(usage.screen_shown)
    pin = PinGuard(data_dir, config.admin_pin_hash)
    staff = StaffService(pin, store, sync, usage, config, printer, media_roots, window)
    window.attach_admin(lambda: _admin_mode(staff, window))
    if problem is not None:
        window.show_config_problem(problem.reference)
    wakes = config.display_wake_on_touch
    display = DisplaySchedule(config.schedule, wake_on_touch=wakes, parent=window)
    window.attach_display(display)  # asleep at once outside opening hours
    reported = Reported(store, catalog, lambda: nav.usable, sync, usage, speech, printer, display)
    health = HealthReporter(config, reported, window)
    return Kiosk(window, nav, session, catalog, ctx, sync, usage, staff, speech, display, health)


def _default_printer() -> QPrinter | None:
    """The system's default printer; Qt's printing loads when a slip is first printed."""
    from kiosk.services.slip import default_printer

    return default_printer()


def _admin_mode(staff: StaffService, window: KioskWindow) -> AdminMode:
    """Admin mode is built the first time staff open it; a student never needs it."""
    from kiosk.ui.staff.mode import AdminMode

    return AdminMode(staff, window.no_pin_notice(), window, locked=window.kiosk_mode)


def _lazy(module: str, name: str, *args: object) -> Callable[[], Screen]:
    """A screen factory that imports the screen's module only when the screen is first built:
    launch needs only the attract screen, and importing the rest costs about 30 ms."""

    def build() -> Screen:
        screen_class = getattr(importlib.import_module(f"kiosk.ui.screens.{module}"), name)
        return cast(Screen, screen_class(*args))

    return build


def install_exception_hook(window: KioskWindow) -> None:
    """An exception in any handler is logged and the student lands on a working screen."""

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        logger.critical("unexpected error", exc_info=(kind, value, trace))
        if threading.current_thread() is threading.main_thread():
            window.recover()
        else:  # widgets belong to the GUI thread: recover there
            QTimer.singleShot(0, window, window.recover)

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None, launch_screen: LaunchScreen | None = None) -> int:
    """`launch_screen`: the picture kiosk.launch put up before importing this (or None)."""
    args = parse_args(argv)
    paths = Paths.resolve(args.data_dir)
    log.setup(paths.log_dir, event_log=True)
    files = paths.config_files(args.config)
    try:
        config, problem = load(files), None
    except ConfigError as exc:
        config, problem = defaults().with_values(admin__pin_hash=pin_hash_of(files)), exc
    if args.self_test:
        return _self_test(None if problem else config, str(problem or ""), paths)
    if problem is not None:
        _log_config_problem(problem)
    _crash_log(paths.log_dir)
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # kiosk.launch may have made it already
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents)
        app = QApplication(sys.argv[:1])
    app.setApplicationName("CTE Career Kiosk")
    app.setApplicationVersion(__version__)
    if args.screenshots:
        from kiosk.screenshots import render_all

        if problem is not None:  # pictures of the defaults would pass for the site's own
            print(f"kiosk: no screenshots: {problem}", file=sys.stderr)
            return 2

        return render_all(config, args.screenshots, args.lang, args.size, args.look, create=create)
    lock = _lock(paths.data_dir)
    if lock is None:
        return EXIT_ALREADY_RUNNING
    kiosk = _launch(
        config, paths.data_dir, windowed=args.windowed, problem=problem, picture=launch_screen
    )
    staff_chose: list[int] = []
    kiosk.staff.exit_requested.connect(staff_chose.append)
    kiosk.staff.exit_requested.connect(lambda code: _staff_exit(kiosk, app, code))
    if args.exit_after_first_frame:
        _report_first_frame(kiosk.window, app)
    code = app.exec()
    if problem is not None and not staff_chose and code == EXIT_OK:
        code = EXIT_FAILURE  # a kiosk that never worked did not end well
    if thread_left_running():
        # Python would destroy the running speech thread on the way out, and Qt aborts on
        # that: end here, with the exit code the supervisor reads.
        logging.shutdown()
        os._exit(code)
    return code


def _lock(data_dir: Path) -> QLockFile | None:
    """This data folder's lock, held for the life of the kiosk; None if another kiosk has it."""
    lock = QLockFile(str(data_dir / "kiosk.lock"))
    data_dir.mkdir(parents=True, exist_ok=True)
    if lock.tryLock(200):
        return lock
    logger.error("another kiosk is already running with %s", data_dir)
    print(f"kiosk: another kiosk is already running with {data_dir}", file=sys.stderr)
    return None


def _log_config_problem(problem: ConfigError) -> None:
    """The file, the key and the parser's words go to the log (and the console), never to
    the screen: students see a calm screen, staff its reference."""
    logger.error(
        "configuration error %s: %s; out of service until the file is fixed and the kiosk "
        "restarted",
        problem.reference,
        problem,
    )


def _launch(
    config: Config,
    data_dir: Path,
    *,
    windowed: bool,
    problem: ConfigError | None,
    picture: LaunchScreen | None = None,
) -> Kiosk:
    """Build the kiosk and put it on the screen. Out of service for a broken configuration is
    locked down even without a staff PIN: it must not become a window a student can close."""
    wants_lockdown = (config.lockdown or problem is not None) and not windowed
    has_pin = PinGuard(data_dir, config.admin_pin_hash).is_set
    refused = wants_lockdown and not has_pin and problem is None
    if refused:
        logger.warning("lockdown refused: no staff PIN is set (kiosk-admin set-pin)")
    elif problem is not None and not has_pin:
        logger.warning("%s: no staff PIN is known, so admin mode stays shut", problem.reference)
    kiosk = create(
        config, data_dir, kiosk_mode=wants_lockdown and not refused, lazy=True,
        lockdown_refused=refused, problem=problem,
    )  # fmt: skip
    install_exception_hook(kiosk.window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.connect(kiosk.usage.flush)
    app.aboutToQuit.connect(kiosk.speech.shutdown)
    app.aboutToQuit.connect(kiosk.health.stop)
    kiosk.window.show_kiosk()
    first = FirstFrame(kiosk.window)
    first.painted.connect(lambda: _after_first_frame(kiosk, data_dir, picture))
    if kiosk.health.enabled:
        logger.info(
            "health reports every %s s as %s", config.health_interval_seconds, kiosk.health.name
        )
    mode = "kiosk" if kiosk.window.kiosk_mode else "preview"
    log.event(logger, log.Event.STARTED, "kiosk %s started (%s mode)", __version__, mode)
    return kiosk


def _after_first_frame(kiosk: Kiosk, data_dir: Path, picture: LaunchScreen | None) -> None:
    """What the attract screen's first frame does not need starts once it is on the screen:
    systemd hears the kiosk is ready, sync and health reports start, the other screens are
    built (one per turn of the event loop), then the speech engine starts in its thread. The
    launch screen gives way, and the next launch gets a picture of this first frame."""
    from kiosk.ui import launchscreen

    window = kiosk.window
    if window.kiosk_mode and window.showing_attract():
        launchscreen.save(window, data_dir)
    else:  # a preview, out of service, asleep: nothing a locked launch should show first
        launchscreen.forget(data_dir)
    if picture is not None:
        picture.hand_over(window)
        logger.info("the launch screen gave way to the live kiosk")
    SystemdNotifier(window).ready()
    kiosk.sync.start()
    kiosk.health.start(first_delay_ms=HEALTH_FIRST_REPORT_MS)
    builder = QTimer(window)

    def build_one() -> None:
        if not kiosk.nav.build_next():
            builder.stop()
            # Only now: the engine starts in its own thread, and Qt code there must not run
            # beside the window's thread building screens (both translate and style).
            kiosk.speech.load()

    builder.timeout.connect(build_one)
    builder.start(0)


def _staff_exit(kiosk: Kiosk, app: QApplication, code: int) -> None:
    """Exit kiosk or Restart from the admin panel: the exit code tells the supervisor which."""
    kiosk.window.allow_close = True
    kiosk.window.close()
    app.exit(code)


_crash_file: TextIO | None = None  # kept open for the life of the process


def _crash_log(log_dir: Path | None) -> None:
    """A hard crash (a fault in Qt or in C code) writes its stack to crash.log, since a
    windowed kiosk has no console."""
    global _crash_file
    if log_dir is None:
        return
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        _crash_file = (log_dir / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(file=_crash_file)
    except OSError as exc:
        logger.warning("no crash log: %s", exc)


def _self_test(config: Config | None, config_error: str, paths: Paths) -> int:
    import json

    from PySide6.QtGui import QGuiApplication

    from kiosk.services.health import report

    app = QGuiApplication(sys.argv[:1])
    healthy, result = report(app, config, config_error, paths)
    print(json.dumps(result, indent=2))
    return 0 if healthy else 1


def _report_first_frame(window: KioskWindow, app: QApplication) -> None:
    """For the launch benchmark: print once the first frame has been painted, then quit."""

    def done() -> None:
        frame, screen = window.frameGeometry(), window.screen().geometry()
        print(
            f"first-frame window {frame.x()},{frame.y()},{frame.width()}x{frame.height()} "
            f"screen {screen.width()}x{screen.height()}",
            flush=True,
        )
        app.exit(0)  # quit() would ask the window to close, which kiosk mode refuses

    FirstFrame(window).painted.connect(done)
