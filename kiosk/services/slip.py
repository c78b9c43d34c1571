"""The counselor slip: what goes in the QR code, and painting the slip for a printer.

The QR code and the slip carry course codes, course titles and the chosen school only:
nothing about the student. What the QR code says is built in kiosk.qrtext.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPagedPaintDevice, QPainter

from kiosk.catalog.models import CatalogInfo, Course, School
from kiosk.qrtext import Words, encode, payload
from kiosk.services import paywords
from kiosk.services.language import interface_locale

if TYPE_CHECKING:  # printing support loads only when a student prints
    from PySide6.QtPrintSupport import QPrinter


def qr_words() -> Words:
    """The QR code's fixed words in the interface language (the slip prints the same)."""
    return Words(
        heading=QCoreApplication.translate("Slip", "My career class list"),
        sign_up=QCoreApplication.translate(
            "Slip", "To sign up, talk to your high-school counselor."
        ),
        school=QCoreApplication.translate("Slip", "School: %1"),
    )


def qr_image(text: str, pixels: int) -> QImage:
    """The QR code as an image about `pixels` wide (quiet zone included)."""
    code = encode(text)
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, pixels // modules), border=4)
    return QImage.fromData(buffer.getvalue())


@dataclass(frozen=True)
class Slip:
    school: School | None
    courses: tuple[Course, ...]
    qr_text: str
    catalog_title: str
    district: str
    lang: str  # the student's language: its words, numbers and date


def make_slip(
    courses: Sequence[Course], school: School | None, info: CatalogInfo, lang: str
) -> Slip:
    """The slip, and the QR code the screen shows beside it: one payload for both."""
    return Slip(
        school=school,
        courses=tuple(courses),
        qr_text=payload(courses, school, qr_words(), lang, info.qr_base_url),
        catalog_title=info.title,
        district=info.district,
        lang=lang,
    )


class PrintFailed(Exception):
    """No printer, or the printer refused the job; the message is for the student."""


def default_printer() -> QPrinter | None:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_slip(slip: Slip, printer: QPrinter | None) -> None:
    """Print without any dialog. Raises PrintFailed with a calm message."""
    if printer is None:
        raise PrintFailed(
            QCoreApplication.translate(
                "Slip",
                "There is no printer here. Show this screen to your counselor, "
                "or scan the code with a phone.",
            )
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            QCoreApplication.translate(
                "Slip",
                "The printer is not answering. Show this screen to your "
                "counselor, or scan the code with a phone.",
            )
        )
    try:
        _paint(painter, printer.pageRect(printer.Unit.DevicePixel), slip, printer.resolution())
    finally:
        painter.end()


def print_test_page(printer: QPrinter | None) -> None:
    """A page for staff checking the printer: the program, its version and the time."""
    from kiosk import __version__

    if printer is None:
        raise PrintFailed(QCoreApplication.translate("Slip", "No default printer is set up."))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            QCoreApplication.translate("Slip", "The default printer did not accept the page.")
        )
    try:
        page = printer.pageRect(printer.Unit.DevicePixel)
        font = QFont("DejaVu Sans")
        font.setPixelSize(round(16 * printer.resolution() / 72))
        painter.setFont(font)
        when = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat)
        lines = [
            QCoreApplication.translate("Slip", "CTE Career Kiosk: test page"),
            f"{__version__}  {when}",
            printer.printerName(),
        ]
        painter.drawText(page, int(Qt.AlignmentFlag.AlignLeft), "\n".join(lines))
    finally:
        painter.end()


class _Page:
    """Text flowing down a printed page, line after line, in points."""

    def __init__(self, painter: QPainter, page: QRectF, dpi: int) -> None:
        self.painter, self.page, self.dpi = painter, page, dpi
        self.y = page.top()
        painter.setPen(QColor("black"))

    def pt(self, points: float) -> float:
        return points * self.dpi / 72

    def text(
        self, content: str, size: int, *, bold: bool = False, indent: float = 0, right: float = 0
    ) -> None:
        """A paragraph (wrapped) at the current line; `right` keeps room on its right."""
        if not content:
            return
        font = QFont("DejaVu Sans")
        font.setPixelSize(round(self.pt(size)))
        font.setBold(bold)
        self.painter.setFont(font)
        page = self.page
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        width = page.width() - indent - right
        needed = self.painter.boundingRect(QRectF(0, 0, width, page.height()), flags, content)
        if self.y + needed.height() > page.bottom() and self.y > page.top():
            self._next_page()  # a long list goes on over the page, never off its edge
        rect = QRectF(page.left() + indent, self.y, width, page.bottom() - self.y)
        used = self.painter.boundingRect(rect, flags, content)
        self.painter.drawText(rect, flags, content)
        self.y += used.height() + self.pt(4)

    def _next_page(self) -> None:
        device = self.painter.device()
        if isinstance(device, QPagedPaintDevice):
            device.newPage()
            self.y = self.page.top()


def _paint(painter: QPainter, page: QRectF, slip: Slip, dpi: int) -> None:
    flow = _Page(painter, page, dpi)
    qr_size = flow.pt(110)
    image = qr_image(slip.qr_text, round(qr_size))
    painter.drawImage(QRectF(page.right() - qr_size, flow.y, qr_size, qr_size), image)
    heading = QCoreApplication.translate("Slip", "My career class list")
    flow.text(heading, 20, bold=True, right=qr_size)
    flow.text(slip.catalog_title or slip.district, 11, right=qr_size)
    locale = interface_locale(slip.lang)
    today = locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    flow.text(today, 11, right=qr_size)
    sign_up = QCoreApplication.translate("Slip", "To sign up, talk to your high-school counselor.")
    flow.text(sign_up, 13, bold=True, right=qr_size)
    flow.y = max(flow.y, page.top() + qr_size) + flow.pt(10)
    if slip.school is not None:
        flow.text(slip.school.name, 13, bold=True)
        office = slip.school.counseling
        for line in (office.location, office.hours, office.booking):
            flow.text(line, 11, indent=flow.pt(12))
        flow.y += flow.pt(6)
    for course in slip.courses:
        flow.text(f"{course.code}  {course.title}", 13, bold=True)
        flow.text(course.pathway.name, 11, indent=flow.pt(12))
        places = ", ".join(sorted({o.school_name for o in course.offerings}))
        flow.text(places, 10, indent=flow.pt(12))
        for career in course.careers:
            pay = (
                f" — {paywords.career_pay_short(career.pay, slip.lang).shown}" if career.pay else ""
            )
            flow.text(f"{career.title}{pay}", 10, indent=flow.pt(24))
        flow.y += flow.pt(4)
    free = QCoreApplication.translate(
        "Slip", "ROP/CTE classes are tuition-free for high-school students."
    )
    flow.text(free, 10)
