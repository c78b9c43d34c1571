"""Renders every screen to PNG offscreen, with real sample content: a populated list, a quiz
result, a search with results (kiosk-admin screenshots)."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.services.speech import SpeechService
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


def render_all(
    config: Config, out: Path, lang: str, size: str, look: str = "100-standard"
) -> int:
    """Every screen at `size` in `lang`, in a look "TEXTSIZE-CONTRAST" (e.g. "200-high")."""
    from kiosk.app import create

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


def tour(
    window: KioskWindow, lang: str, text_size: int = 100, contrast: str = "standard"
) -> Iterator[str]:
    """Show every screen with real content, yielding each screen's picture name once it is
    laid out: a populated list, a quiz result, a search with results."""
    session, repo = window.ctx.session, window.ctx.repo

    def shown(name: str) -> str:
        for _ in range(3):  # language change, then the relayout it asks for, then painting
            QApplication.processEvents()
        return name

    window.start_over()
    session.set_language(lang)
    yield shown("01-attract")
    # A student's text size and contrast start on Home: every session begins at Attract
    # in the standard look, and ends there with it.
    session.set_look(text_size=text_size, contrast=contrast)
    window.go("home")
    yield shown("02-home")
    for interest in repo.interests(lang)[:2]:
        session.toggle_interest(interest.code)
    window.go("interests")
    yield shown("03-interests")
    window.go("quiz")
    yield shown("04-quiz")
    for item in repo.quiz_items(lang):
        session.quiz_answers[item.code] = 2 if item.area in "SI" else 0
    window.go("quiz_result")
    yield shown("05-quiz-result")
    window.go("browse")
    yield shown("06-browse")
    window.go("sector", "HS")
    yield shown("07-sector")
    session.search_text = "enfermería" if lang == "es" else "nurs"
    window.go("search")
    yield shown("08-search")
    for code in ("HS-310", "TR-110", "ICT-110"):
        if not session.in_list(code):
            session.toggle_course(code)
    window.go("course", "HS-310")
    yield shown("09-course")
    window.go("mylist")
    yield shown("10-mylist")
    session.school = "AABHP"
    window.go("counselor")
    yield shown("11-counselor")
    window.go("about")
    yield shown("12-about")
    window.still_there.start()
    yield shown("13-still-there")
    window.still_there.stop()
    window.outer.setCurrentWidget(window.out_of_service)
    yield shown("14-out-of-service")
    window.out_of_service.show_detail("CFG-1A2B")  # as a broken configuration shows it
    yield shown("14-out-of-service-configuration")
    window.out_of_service.show_detail("")
    window.outer.setCurrentIndex(0)
    admin = window.admin
    if admin is not None:
        window.open_admin()
        admin.setCurrentWidget(admin.pad)  # the keypad even where no PIN is set yet
        admin.pad.start(0)
        for digit in "1234":
            admin.pad.press(digit)
        yield shown("15-admin-pin")
        admin.panel.open()
        admin.setCurrentWidget(admin.panel)
        yield shown("16-admin-panel")
        admin.lock()
    window.start_over()
