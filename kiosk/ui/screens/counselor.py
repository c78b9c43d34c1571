"""See your counselor: how to sign up, the counseling office of the student's school, the
list with its QR code, and Print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.catalog.models import Course
from kiosk.services.slip import PrintFailed, Slip, default_printer, print_slip, qr_image, qr_payload
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, ScrollPage, Text, clear
from kiosk.ui.widgets.tiles import Tile, TileGrid, school_tiles

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class CounselorScreen(Screen):
    name = "counselor"

    def __init__(
        self,
        ctx: Context,
        printer: Callable[[], QPrinter | None] = default_printer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._printer = printer
        self.page = ScrollPage()
        self.layout_.addWidget(self.page)
        self.heading = self.page.add(Text(role="h1"))
        self.how = self.page.add(Text())
        self.school_label = self.page.add(Text(role="h2"))
        self.schools = TileGrid(min_tile_width=300)
        self.page.add(self.schools)
        self.office = self.page.add(Text(role="notice"))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        self.list_label = Text(role="h2")
        left.addWidget(self.list_label)
        self.list_box = QVBoxLayout()
        left.addLayout(self.list_box)
        left.addStretch()
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_hint = Text(role="muted")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = Button(role="primary", icon_name=("ui", "print"))
        self.print_button.clicked.connect(self.print_slip)
        right.addWidget(self.qr)
        right.addWidget(self.qr_hint)
        right.addWidget(self.print_button)
        self.print_hint = Text(role="muted")  # why Print is off
        right.addWidget(self.print_hint)
        right.addStretch()
        columns.addLayout(right)
        self.page.body.addLayout(columns)
        self.message = self.page.add(Text(role="message"))
        self.page.body.addStretch()
        self._chips: dict[str, Tile] = {}
        self._courses: list[Course] = []
        self.retranslate()

    def title(self) -> str:
        return self.tr("See your counselor")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self.message.set_text("")
        self._chips = school_tiles(self.schools, self.ctx.repo.schools(self.ctx.lang), self._choose)
        for code, tile in self._chips.items():
            tile.setChecked(code == self.ctx.session.school)
        self._fill()

    def _choose(self, code: str) -> None:
        self.ctx.session.school = code
        for other, chip in self._chips.items():
            chip.setChecked(other == code)
        self._fill()
        self.page.ensureWidgetVisible(self.office, 0, 200)

    def _fill(self) -> None:
        repo, lang, session = self.ctx.repo, self.ctx.lang, self.ctx.session
        school = repo.school(session.school, lang) if session.school else None
        if school is None:
            self.office.set_text("")
        else:
            office = school.counseling
            lines = [school.name, office.location, office.hours, office.booking]
            self.office.set_text("\n".join(line for line in lines if line))
        self._courses = [c for c in (repo.course(code, lang) for code in session.my_list) if c]
        clear(self.list_box)
        for course in self._courses:
            self.list_box.addWidget(Text(f"{course.title} ({course.code})", "h3"))
        if not self._courses:
            self.list_box.addWidget(
                Text(
                    self.tr(
                        "Your list is empty. You can still talk to your counselor about any class."
                    ),
                    "muted",
                )
            )
        codes = [c.code for c in self._courses]
        self.qr.setVisible(bool(codes))
        self.qr_hint.setVisible(bool(codes))
        self.print_button.setEnabled(bool(codes))
        self.print_hint.set_text("" if codes else self.tr("Add a class to your list to print it."))
        if codes:
            text = qr_payload(codes, session.school, repo.info(lang).qr_base_url)
            self.qr.setPixmap(QPixmap.fromImage(qr_image(text, 240)))

    def slip(self) -> Slip:
        repo, lang, session = self.ctx.repo, self.ctx.lang, self.ctx.session
        info = repo.info(lang)
        codes = [c.code for c in self._courses]
        return Slip(
            school=repo.school(session.school, lang) if session.school else None,
            courses=tuple(self._courses),
            qr_text=qr_payload(codes, session.school, info.qr_base_url),
            catalog_title=info.title,
            district=info.district,
        )

    def print_slip(self) -> None:
        try:
            print_slip(self.slip(), self._printer())
        except PrintFailed as failed:
            self.message.set_text(str(failed))
            return
        self.ctx.session.slip_printed.emit()
        self.message.set_text(
            self.tr("Printing. Take your slip from the printer and give it to your counselor.")
        )

    def reset(self) -> None:
        super().reset()
        self.message.set_text("")
        self.qr.clear()
        self._courses = []
        self.page.to_top()

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("To sign up, talk to your high-school counselor"))
        self.how.set_text(
            self.tr(
                "Counselors help you fit these classes into your schedule. "
                "Show them your list, your printed slip or the code below."
            )
        )
        self.school_label.set_text(self.tr("Which school do you go to?"))
        self.list_label.set_text(self.tr("My list"))
        self.qr_hint.set_text(self.tr("Scan with a phone to keep your list"))
        self.print_button.setText(self.tr("Print my slip"))
