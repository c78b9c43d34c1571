"""The Catalog application's composition root: arguments -> paths -> logging -> Qt ->
language -> settings -> session -> window."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from kiosk import __version__, log
from kiosk.catalog.languages import LANGUAGES
from kiosk.catalogapp import look, pictures, selftest
from kiosk.catalogapp.publishpage import Publishing
from kiosk.catalogapp.recent import PublishFolder, RecentWorkbook
from kiosk.catalogapp.session import WorkbookSession
from kiosk.catalogapp.signing import SigningKeys
from kiosk.catalogapp.window import CatalogWindow
from kiosk.paths import APP_NAME, SAMPLE_CATALOG_SOURCE, TRANSLATIONS, Paths
from kiosk.services.language import LanguageSwitcher

logger = logging.getLogger("kiosk.catalogapp")
PROGRAM = "kiosk-catalog"
LOG_FILE = "kiosk-catalog.log"
KEYS_FOLDER = "keys"
SWITCHER = "CatalogLanguage"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=PROGRAM, description="The CTE Career Kiosk's catalog window for staff."
    )
    parser.add_argument("workbook", nargs="?", type=Path, help="a workbook or CSV folder to open")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep the settings, logs and signing key in DIR instead of the user's folders",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="the window's language (default: the computer's)"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the workbook (default: the sample catalog) in the window without showing "
        "it, write a new workbook and publish this one into a throwaway folder, print a JSON "
        "report and exit (0 only when the check found no errors and both worked)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For kiosk-admin screenshots; not for people.
    parser.add_argument("--screenshots", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def settings_for(data_dir: Path | None) -> QSettings:
    """The user's settings, or with --data-dir a file inside it (nothing of the machine's)."""
    if data_dir is not None:
        return QSettings(str(data_dir / f"{PROGRAM}.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, PROGRAM)


def system_language() -> str:
    """The first of the computer's languages that we have, else English."""
    for name in QLocale.system().uiLanguages():
        wanted = name.replace("_", "-")
        if wanted.startswith(("zh-Hans", "zh-CN", "zh-SG")):
            return "zh-Hans"
        base = wanted.split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return "en"


def key_folder(data_dir: Path) -> Path:
    """Where the signing key lives: the user's own data folder, never the workbook's."""
    return data_dir / KEYS_FOLDER


def create(
    settings: QSettings, language: str = "en", *, key_dir: Path | None = None
) -> CatalogWindow:
    """The whole window, without an event loop: tests and screenshots drive the real thing.
    Without `key_dir` the signing key is kept beside the settings file."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # One switcher for the application: a window made again (tests, screenshots) in another
    # language replaces the last one's translation instead of stacking on top of it.
    switcher = app.findChild(LanguageSwitcher, SWITCHER)
    if switcher is None:
        switcher = LanguageSwitcher(TRANSLATIONS, app)
        switcher.setObjectName(SWITCHER)
    switcher.switch(language)
    look.apply(app)
    keys = SigningKeys(key_dir or key_folder(Path(settings.fileName()).parent))
    publishing = Publishing(keys, PublishFolder(settings))
    return CatalogWindow(WorkbookSession(RecentWorkbook(settings)), publishing)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None
) -> None:
    """A bug in a handler is logged; the window stays up and staff never see a traceback."""
    logger.critical("unexpected error", exc_info=(kind, value, trace))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    paths = Paths.resolve(args.data_dir)
    log.setup(paths.log_dir, file_name=LOG_FILE)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("CTE Career Kiosk Catalog")
    app.setApplicationVersion(__version__)
    sys.excepthook = _log_uncaught
    threading.excepthook = lambda hook: _log_uncaught(
        hook.exc_type, hook.exc_value or hook.exc_type(), hook.exc_traceback
    )
    language = args.lang or system_language()
    if args.self_test:
        return _self_test((args.workbook or SAMPLE_CATALOG_SOURCE).resolve(), language)
    if args.screenshots is not None:
        return _pictures(args.screenshots, language)
    window = create(settings_for(args.data_dir), language, key_dir=key_folder(paths.data_dir))
    if args.workbook is not None:
        window.session.open(args.workbook)
    else:
        window.session.reopen_last()
    app.aboutToQuit.connect(window.stop)  # its threads end before Python does
    window.show()
    logger.info("%s %s started", PROGRAM, __version__)
    return app.exec()


def _pictures(out: Path, language: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-catalog-pictures-") as folder:
        shots = pictures.render(out, language, Path(folder), create)
    print(f"{len(shots)} pictures of the Catalog window written")
    return 0


def _self_test(workbook: Path, language: str) -> int:
    # Settings of its own: a self-test must not become the workbook staff reopen next time.
    with tempfile.TemporaryDirectory(prefix="kiosk-catalog-") as folder:
        settings = QSettings(str(Path(folder) / f"{PROGRAM}.ini"), QSettings.Format.IniFormat)
        window = create(settings, language)
        passed, result = selftest.report(window, workbook, scratch=Path(folder))
        print(json.dumps(result, indent=2), flush=True)
        window.stop()  # waits for a check still running after a timeout
        settings.sync()
    logger.info("self-test of %s: %s", workbook, "passed" if passed else "failed")
    return 0 if passed else 1
