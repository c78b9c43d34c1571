"""Usage counts from real sessions on the real window: whole days only, totals that match
what the students did, and nothing a student typed or chose that could identify them."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.usage import USAGE_FILE
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.helpers.clocks import Today
from tests.helpers.kiosk import tap

TYPED = "Maria Lopez 5551234"


def quiz(kiosk: Kiosk) -> None:
    kiosk.window.nav.go("quiz")
    screen = kiosk.window.nav.current_screen()
    while kiosk.window.nav.current[0] == "quiz":
        screen.answer(2)  # type: ignore[attr-defined]


def test_simulated_sessions_add_up_by_day_with_nothing_personal(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    kiosk = make_kiosk(printer=lambda: pdf_printer(tmp_path / "slip.pdf"))
    window, session = kiosk.window, kiosk.session
    today = Today(date(2026, 11, 2))
    kiosk.usage.usage.today = today
    # Day 1, student 1: Spanish, searches with a name typed in, opens a course, prints a slip.
    session.set_language("es")
    window.nav.go("home")
    session.search_text = TYPED
    window.nav.go("search")
    window.nav.go("course", "HS-310")
    session.toggle_course("HS-310")
    session.school = "AABHP"
    window.nav.go("counselor")
    tap(qtbot, window.nav.current_screen().print_button)  # type: ignore[attr-defined]
    window.nav.start_over()
    # Student 2 takes the quiz; student 3 browses a sector and opens two courses.
    window.nav.go("home")
    quiz(kiosk)
    window.nav.back()
    window.nav.go("quiz_result")  # coming back to the result is not a second quiz
    window.nav.start_over()
    window.nav.go("browse")
    window.nav.go("sector", "HS")
    window.nav.go("course", "TR-110")
    window.nav.back()  # going back to the sector is not a second visit
    window.nav.go("course", "HS-310")
    window.nav.back()
    window.nav.go("course", "HS-310")
    window.nav.start_over()
    # Day 2: one student switches to Spanish mid-way; one only looks at the home screen.
    today.day = date(2026, 11, 3)
    window.nav.go("browse")
    window.nav.go("sector", "ICT")
    session.set_language("es")
    window.nav.start_over()
    window.nav.go("home")
    window.nav.start_over()

    out = tmp_path / "usage.csv"
    admin = Path(sys.executable).with_name("kiosk-admin")
    data_dir = kiosk.usage.usage.path.parent
    result = subprocess.run(
        [str(admin), "report", "--data-dir", str(data_dir), "--since", "2026-11-01",
         "--until", "2026-11-30", "-o", str(out)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    counts = Counter({(r["day"], r["measure"], r["item"]): int(r["count"]) for r in rows})
    day1, day2 = "2026-11-02", "2026-11-03"
    repo = kiosk.context.repo
    expected = {
        (day1, "sessions", ""): 3,
        (day2, "sessions", ""): 2,
        (day1, "course", "HS-310"): 2,
        (day1, "course", "TR-110"): 1,
        (day1, "sector", "HS"): 1,
        (day2, "sector", "ICT"): 1,
        (day1, "quiz_completed", ""): 1,
        (day1, "slip_printed", ""): 1,
        (day1, "language", "es"): 1,
        (day1, "language", "en"): 2,
        (day2, "language", "en"): 2,
        (day2, "language", "es"): 1,
        (day1, "screen", "home"): 2,
        (day1, "screen", "counselor"): 1,
        (day1, "screen", "quiz_result"): 1,
        (day2, "screen", "home"): 1,
    }
    for key, count in expected.items():
        assert counts[key] == count, key
    pathways = Counter(repo.pathway_of(code) for code in ("HS-310", "HS-310", "TR-110"))
    for pathway, count in pathways.items():
        assert counts[(day1, "pathway", pathway)] == count
    assert {r["day"] for r in rows} == {day1, day2}  # whole days, nothing finer
    assert sum(c for (d, m, _), c in counts.items() if m == "sessions") == 5

    # Nothing a student typed or picked as a person is anywhere in the data folder.
    written = [p for p in data_dir.rglob("*") if p.is_file() and p.suffix != ".catalog"]
    assert data_dir / USAGE_FILE in written
    for path in written:  # (catalog files are the published catalog, which names schools)
        if path.is_file():
            content = path.read_bytes()
            for secret in (b"Maria", b"5551234", b"AABHP"):
                assert secret not in content, f"{secret!r} found in {path.name}"
    with sqlite3.connect(data_dir / USAGE_FILE) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["daily"]
