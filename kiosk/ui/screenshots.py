"""Renders every screen to PNG offscreen, with real sample content: a populated list, a quiz
result, a search with results (kiosk-admin screenshots)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.ui.window import KioskWindow

log = logging.getLogger(__name__)


def render_all(config: Config, out: Path, lang: str, size: str) -> int:
    from kiosk.app import create

    try:
        width, height = (int(n) for n in size.lower().split("x"))
    except ValueError:
        print(f"kiosk: --size {size!r}: expected WIDTHxHEIGHT, e.g. 1920x1080")
        return 2
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
        written = shoot(window, out, lang, f"{width}x{height}")
        window.close()
        kiosk.catalog.close()
    print(f"{len(written)} screenshots written to {out}")
    return 0


def shoot(window: KioskWindow, out: Path, lang: str, size: str) -> list[Path]:
    session, repo = window.ctx.session, window.ctx.repo
    session.set_language(lang)
    written: list[Path] = []

    def snap(name: str) -> None:
        QApplication.processEvents()
        path = out / f"{name}-{lang}-{size}.png"
        window.grab().save(str(path))
        written.append(path)

    window.start_over()
    session.set_language(lang)
    snap("01-attract")
    window.go("home")
    snap("02-home")
    interests = [i.code for i in repo.interests(lang)]
    for code in interests[:2]:
        session.toggle_interest(code)
    window.go("interests")
    snap("03-interests")
    window.go("quiz")
    snap("04-quiz")
    for item in repo.quiz_items(lang):
        session.quiz_answers[item.code] = 2 if item.area in "SI" else 0
    window.go("quiz_result")
    snap("05-quiz-result")
    window.go("browse")
    snap("06-browse")
    window.go("sector", "HS")
    snap("07-sector")
    session.search_text = "enfermería" if lang == "es" else "nurs"
    window.go("search")
    snap("08-search")
    for code in ("HS-310", "TR-110", "ICT-110"):
        if not session.in_list(code):
            session.toggle_course(code)
    window.go("course", "HS-310")
    snap("09-course")
    window.go("mylist")
    snap("10-mylist")
    session.school = "AABHP"
    window.go("counselor")
    snap("11-counselor")
    window.go("about")
    snap("12-about")
    window.still_there.start()
    snap("13-still-there")
    window.still_there.stop()
    window.outer.setCurrentWidget(window.out_of_service)
    snap("14-out-of-service")
    window.outer.setCurrentIndex(0)
    return written
