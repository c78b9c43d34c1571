"""Careers' pay on the real screens: the course's careers, each pathway's range wherever
pathways are listed, the sources on About, the printed slip, and read aloud."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.ui.reading import readable_parts
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.helpers.catalogs import as_before_pay
from tests.helpers.kiosk import choose_language, tap


def texts(screen: QWidget) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]


def go(kiosk: Kiosk, screen: str, arg: str | None = None) -> QWidget:
    kiosk.window.nav.go(screen, arg)
    QApplication.processEvents()  # labels added to a shown page show on the next pass
    return kiosk.window.nav.current_screen()


def course_screen(kiosk: Kiosk, code: str) -> QWidget:
    return go(kiosk, "course", code)


def test_a_course_shows_each_careers_pay(qtbot: QtBot, kiosk: Kiosk) -> None:
    screen = course_screen(kiosk, "HS-110")  # Introduction to Health Careers: nurses too
    shown = texts(screen)
    nurse = shown.index("Registered nurse (RN)")
    assert shown[nurse + 2 : nurse + 4] == [
        "Middle pay in the Sacramento area: $171,460 a year",
        "Half of workers earn between $131,830 and $198,580. 23,590 jobs here",
    ]
    spoken = readable_parts(screen)
    assert "Middle pay in the Sacramento area: 171460 dollars a year" in spoken
    assert "$171,460" not in " ".join(spoken)  # a voice gets digits, not the sign


def test_state_and_national_figures_are_marked(qtbot: QtBot, kiosk: Kiosk) -> None:
    barber = texts(course_screen(kiosk, "FID-130"))
    assert "Middle pay in California (state figure): $38,380 a year" in barber
    actor = texts(course_screen(kiosk, "AME-130"))
    assert "Middle pay in the United States (national figure): $29.05 an hour" in actor


def test_pay_in_the_students_language(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.nav.go("home")
    choose_language(qtbot, kiosk.window, "vi")
    shown = texts(course_screen(kiosk, "HS-110"))
    assert "Lương trung vị ở khu vực Sacramento: 171.460\xa0$ một năm" in shown
    assert (
        "Một nửa số người lao động kiếm được từ 131.830\xa0$ đến 198.580\xa0$. "
        "23.590 việc làm ở đây" in shown
    )


def test_pathway_lists_show_each_pathways_range(qtbot: QtBot, kiosk: Kiosk) -> None:
    browse = texts(go(kiosk, "sector", "AG"))
    science = browse.index("Animal Science")  # pathway AG-AS
    assert browse[science + 1] == "Middle pay of its careers: $37,780 to $165,260 a year"
    kiosk.window.nav.go("interests")
    interests = kiosk.window.nav.current_screen()
    tap(qtbot, interests.tiles["INT-HEALTH"])
    ranges = [t for t in texts(interests) if t.startswith("Middle pay of its careers: $")]
    assert len(ranges) >= 2, "each matching pathway with classes shows its range"


def test_about_names_the_source_and_its_credits(qtbot: QtBot, kiosk: Kiosk) -> None:
    kiosk.window.nav.go("home")
    choose_language(qtbot, kiosk.window, "es")
    about = texts(go(kiosk, "about"))
    heading = about.index("De dónde vienen las cifras de salario")
    assert about[heading + 1].startswith(
        "El salario es del área de Sacramento-Roseville-Folsom, CA, según las cifras de mayo "
        "de 2025"
    )
    credits = " ".join(about[heading + 2 : heading + 4])
    assert "Oficina de Estadísticas Laborales" in credits and "O*NET" in credits
    notice = kiosk.window.nav.current_screen().notice
    assert notice is not None and about.index(notice[0].text()) > heading  # notice stays last


def test_the_slip_lists_careers_and_their_middle_pay(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pdf = tmp_path / "slip.pdf"
    kiosk = make_kiosk(printer=lambda: pdf_printer(pdf))
    for code in ("HS-110", "AG-110", "TR-110", "AME-130", "FID-130", "HS-310", "ICT-110"):
        kiosk.session.toggle_course(code)
    kiosk.window.nav.go("counselor")
    tap(qtbot, kiosk.window.nav.current_screen().print_button)
    pages = PdfReader(pdf).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    text = unicodedata.normalize("NFKC", text)  # the PDF's "fi" ligature as two letters
    assert "Registered nurse (RN) — Middle pay: $171,460 a year" in text
    assert "Middle pay: $38,380 a year (state figure)" in text
    for code in kiosk.session.my_list:
        assert code in text, f"{code} is on the slip"  # a long list goes on to a new page
    assert len(pages) >= 2


def test_a_catalog_without_pay_shows_none(
    qtbot: QtBot, make_kiosk: MakeKiosk, sample_catalog: Path, tmp_path: Path
) -> None:
    """A catalog published before pay was joined (no pay tables): no pay anywhere, no zero,
    no error."""
    older = tmp_path / "older" / sample_catalog.name
    older.parent.mkdir()
    shutil.copy(sample_catalog, older)
    as_before_pay(older, version=1)
    kiosk = make_kiosk(catalog=older)
    shown = texts(course_screen(kiosk, "HS-110"))
    assert "Registered nurse (RN)" in shown
    assert not [t for t in shown if "pay" in t.lower() or "$" in t]
    assert not [t for t in texts(go(kiosk, "sector", "AG")) if "Middle pay" in t]
