"""The counselor QR code, read back as a phone reads it: on the screen and on the printed slip,
the list in the student's language (titles, codes, the school), its codes when the titles do
not fit, a link when the catalog names a base address; nothing about the student."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.qrtext import MAX_VERSION
from kiosk.services.slip import make_slip, qr_image
from kiosk.ui.screens.counselor import CounselorScreen
from tests.gui.conftest import MakeKiosk
from tests.gui.test_journeys import pdf_printer
from tests.helpers.kiosk import tap

LIST = ["HS-310", "TR-110", "ICT-110"]
# The catalog's translations of the slip's words, as the student sees them on the slip.
WORDS = {
    "es": (
        "Mi lista de clases de carreras",
        "Para inscribirte, habla con el consejero o la consejera de tu preparatoria.",
    ),
    "zh": ("我的職業課程清單", "想報名，請找你高中的輔導老師。"),
}


def read_qr(image: QImage) -> zxingcpp.Barcode:
    """The one QR code in `image`, decoded from its grey pixels (no Pillow or numpy)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    view = zxingcpp.ImageView(
        grey.constBits(), grey.width(), grey.height(), zxingcpp.ImageFormat.Lum, grey.bytesPerLine()
    )
    found = zxingcpp.read_barcodes(view)
    assert len(found) == 1, found
    code = found[0]
    assert code.format == zxingcpp.BarcodeFormat.QRCode  # not Micro QR: phones read this one
    assert int(code.extra["Version"]) <= MAX_VERSION
    return code


def counselor_with(qtbot: QtBot, kiosk: Kiosk, lang: str, codes: list[str]) -> CounselorScreen:
    kiosk.window.nav.go("home")
    kiosk.session.set_language(lang)
    for code in codes:
        kiosk.session.toggle_course(code)
    kiosk.window.nav.go("counselor")
    counselor = kiosk.window.nav.current_screen()
    assert isinstance(counselor, CounselorScreen)
    tap(qtbot, counselor._chips["AABHP"])
    return counselor


@pytest.mark.parametrize("lang", ["es", "zh"])
def test_the_screen_code_reads_as_the_list_in_the_students_language(
    qtbot: QtBot, make_kiosk: MakeKiosk, lang: str
) -> None:
    kiosk = make_kiosk(ui__languages=["en", "es", "zh"])
    counselor = counselor_with(qtbot, kiosk, lang, LIST)
    read = read_qr(counselor.qr.pixmap().toImage())
    repo = kiosk.context.repo
    titles = [f"{code} {course.title}" for code in LIST if (course := repo.course(code, lang))]
    school = repo.school("AABHP", lang)
    assert len(titles) == 3 and school is not None
    heading, sign_up = WORDS[lang]
    # Exactly these lines: no count, no date, nothing about the student.
    assert read.text.splitlines() == [heading, *titles, school.name, sign_up]
    assert read.bytes == read.text.encode("utf-8")  # UTF-8, which phones read unprompted
    assert not read.text.isascii()  # the accents and characters came through
    assert counselor.slip().qr_text == read.text


def test_a_long_list_falls_back_to_codes_and_still_reads(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    repo = kiosk.context.repo
    codes = [c.code for p in repo.pathways(None, "en") for c in repo.courses(p.code, "en")][:15]
    counselor = counselor_with(qtbot, kiosk, "en", codes)
    read = read_qr(counselor.qr.pixmap().toImage())
    assert read.text.splitlines() == [
        "My career class list",
        ", ".join(codes),
        "School: AABHP",
    ]


def test_the_printed_slip_carries_the_code_on_the_screen(
    qtbot: QtBot, make_kiosk: MakeKiosk, tmp_path: Path
) -> None:
    pdf = tmp_path / "slip.pdf"
    kiosk = make_kiosk(printer=lambda: pdf_printer(pdf), ui__languages=["en", "es"])
    counselor = counselor_with(qtbot, kiosk, "es", LIST)
    on_screen = read_qr(counselor.qr.pixmap().toImage()).text
    tap(qtbot, counselor.print_button)
    images = [
        xobject.get_object()
        for page in PdfReader(pdf).pages
        for xobject in page["/Resources"]["/XObject"].values()
    ]
    assert len(images) == 1  # the QR code is the slip's only picture
    printed = QImage.fromData(images[0].get_data())  # as Qt wrote it (JPEG or raw RGB)
    assert not printed.isNull()
    assert read_qr(printed).text == on_screen
    assert on_screen.startswith(WORDS["es"][0] + "\n")


def test_with_a_base_url_the_code_is_a_link_with_codes_school_and_language(
    qtbot: QtBot, kiosk: Kiosk
) -> None:
    repo = kiosk.context.repo
    courses = [c for c in (repo.course(code, "es") for code in LIST) if c]
    info = replace(repo.info("es"), qr_base_url="https://cte.example.org/catalog")
    slip = make_slip(courses, repo.school("CKM", "es"), info, "es")
    read = read_qr(qr_image(slip.qr_text, 240))
    # The list is in the fragment, which a browser never sends to the server.
    assert (
        read.text == "https://cte.example.org/catalog/list.html#c=HS-310,TR-110,ICT-110&s=CKM&l=es"
    )


def test_the_code_fits_the_space_the_screen_gives_it(qtbot: QtBot) -> None:
    image = qr_image("My career class list\nHS-310 Nursing Assistant", 240)
    assert image.width() == image.height() <= 240
    assert image.pixelColor(2, 2).lightness() > 200  # the quiet zone is white
    assert read_qr(image).text == "My career class list\nHS-310 Nursing Assistant"
