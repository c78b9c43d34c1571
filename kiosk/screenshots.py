"""Renders every screen to PNG offscreen, with real sample content: a populated list, a quiz
result, a search with results (kiosk-admin screenshots). kiosk.app hands it `create`, so this
module needs no import of the app."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.services.catalog import CatalogService
from kiosk.services.speech import SpeechService
from kiosk.ui.screens.about import AboutScreen
from kiosk.ui.screens.course import CourseScreen
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


class Built(Protocol):
    """The parts of a built kiosk (kiosk.app.Kiosk) that the pictures need."""

    window: KioskWindow
    catalog: CatalogService
    speech: SpeechService


def render_all(
    config: Config,
    out: Path,
    lang: str,
    size: str,
    look: str = "100-standard",
    *,
    create: Callable[..., Built],
) -> int:
    """Every screen at `size` in `lang`, in a look "TEXTSIZE-CONTRAST" (e.g. "200-high"),
    of a kiosk built by `create` (kiosk.app.create)."""
    try:
        width, height = (int(n) for n in size.lower().split("x"))
    except ValueError:
        print(f"kiosk: --size {size!r}: expected WIDTHxHEIGHT, e.g. 1920x1080")
        return 2
    text_size, _, contrast = look.partition("-")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        kiosk = create(
            config.with_values(session__idle_timeout_seconds=3600),
            Path(data),
            kiosk_mode=False,
            printer=lambda: None,
        )
        window = kiosk.window
        window.resize(width, height)
        window.show()
        _wait_for_speech(kiosk.speech)  # the speaker shows where this machine has a voice
        written = shoot(window, out, lang, f"{width}x{height}", int(text_size), contrast)
        window.close()
        kiosk.catalog.close()
    print(f"{len(written)} screenshots written to {out}")
    return 0


def _wait_for_speech(speech: SpeechService, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    speech.availability_changed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    speech.load()
    if speech.enabled and not speech.loaded:
        loop.exec()


def shoot(
    window: KioskWindow,
    out: Path,
    lang: str,
    size: str,
    text_size: int = 100,
    contrast: str = "standard",
) -> list[Path]:
    """Pictures named screen-lang-size, then -200 and -high where the look is not standard."""
    look = (f"-{text_size}" if text_size != 100 else "") + ("-high" if contrast == "high" else "")
    written: list[Path] = []
    for name in tour(window, lang, text_size, contrast):
        path = out / f"{name}-{lang}-{size}{look}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


def _shown(name: str) -> str:
    for _ in range(3):  # language change, then the relayout it asks for, then painting
        QApplication.processEvents()
    return name


def tour(
    window: KioskWindow, lang: str, text_size: int = 100, contrast: str = "standard"
) -> Iterator[str]:
    """Show every screen with real content, yielding each screen's picture name once it is
    laid out: a populated list, a quiz result, a search with results."""
    session, repo, nav = window.ctx.session, window.ctx.repo, window.nav
    nav.start_over()
    session.set_language(lang)
    yield _shown("01-attract")
    # A student's text size and contrast start on Home: every session begins at Attract
    # in the standard look, and ends there with it.
    session.set_look(text_size=text_size, contrast=contrast)
    nav.go("home")
    yield _shown("02-home")
    for interest in repo.interests(lang)[:2]:
        session.toggle_interest(interest.code)
    nav.go("interests")
    yield _shown("03-interests")
    nav.go("quiz")
    yield _shown("04-quiz")
    for item in repo.quiz_items(lang):
        session.quiz_answers[item.code] = 2 if item.area in "SI" else 0
    nav.go("quiz_result")
    yield _shown("05-quiz-result")
    nav.go("browse")
    yield _shown("06-browse")
    nav.go("sector", "HS")
    yield _shown("07-sector")
    session.search_text = "enfermería" if lang == "es" else "nurs"
    nav.go("search")
    yield _shown("08-search")
    for code in ("HS-310", "TR-110", "ICT-110"):
        if not session.in_list(code):
            session.toggle_course(code)
    nav.go("course", "HS-310")
    yield _shown("09-course")
    course = nav.current_screen()
    if isinstance(course, CourseScreen):
        course.show_careers()
        yield _shown("09-course-careers")
    nav.go("mylist")
    yield _shown("10-mylist")
    session.school = "AABHP"
    nav.go("counselor")
    yield _shown("11-counselor")
    nav.go("about")
    yield _shown("12-about")
    about = nav.current_screen()
    if isinstance(about, AboutScreen):
        about.show_sources()
        yield _shown("12-about-sources")
    yield from _layers(window)
    nav.start_over()


def _layers(window: KioskWindow) -> Iterator[str]:
    """What shows over or instead of the screens: Still there?, out of service, asleep,
    admin."""
    still_there, layers = window.inactivity.still_there, window.layers
    still_there.start()
    yield _shown("13-still-there")
    still_there.stop()
    layers.show_out_of_service()
    yield _shown("14-out-of-service")
    layers.out_of_service.show_detail("CFG-1A2B")  # as a broken configuration shows it
    yield _shown("14-out-of-service-configuration")
    layers.out_of_service.show_detail("")
    layers.show_screens()
    # Asleep on a Friday evening, as a kiosk open on weekdays is.
    language = window.ctx.lang
    layers.sleeping.show_state(datetime(2026, 12, 7, 7), date(2026, 12, 4), language, wakes=True)
    layers.set_asleep(True)
    yield _shown("14-sleeping")
    layers.set_asleep(False)
    admin = layers.admin
    if admin is not None:
        layers.open_admin()
        admin.setCurrentWidget(admin.pad)  # the keypad even where no PIN is set yet
        admin.pad.start(0)
        for digit in "1234":
            admin.pad.press(digit)
        yield _shown("15-admin-pin")
        admin.panel.open()
        admin.setCurrentWidget(admin.panel)
        yield _shown("16-admin-panel")
        admin.lock()
