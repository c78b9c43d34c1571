"""See your counselor: how to sign up, the list with its QR code and Print, then the student's
school and its counseling office."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.slip import PrintFailed, Slip, default_printer, make_slip, print_slip, qr_image
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.talking.live import mark_live
from kiosk.ui.widgets.common import Button, ScrollPage, Text, clear
from kiosk.ui.widgets.tiles import Tile, TileGrid, school_tiles

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

QR_PIXELS = 240


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
        # The list, its code and Print come first, beside each other, so a student sees them
        # without scrolling at any text size; choosing a school below only adds its office.
        columns = QHBoxLayout()
        columns.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(16)
        self.heading = Text(role="h1")
        self.how = Text()
        self.list_label = Text(role="h2")
        self.list_box = QVBoxLayout()
        for item in (self.heading, self.how, self.list_label):
            left.addWidget(item)
        left.addLayout(self.list_box)
        left.addStretch()
        columns.addLayout(left, 1)
        self.side = QWidget()  # the code, Print and what printing said
        right = QVBoxLayout(self.side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(12)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)  # a longer list never moves Print
        self.qr_hint = Text(role="muted")
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button = Button(role="primary", icon_name=("ui", "print"))
        self.print_button.clicked.connect(self.print_slip)
        self.print_hint = Text(role="muted")  # why Print is off
        self.message = Text(role="message")  # next to Print, where the student looks
        mark_live(self.message)
        right.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.qr_hint)
        right.addWidget(self.print_button)
        for label in (self.print_hint, self.message):
            right.addWidget(label)
        # The column is as wide as the code or Print, whichever is wider; its texts wrap
        # within that instead of widening it.
        for label in (self.qr_hint, self.print_hint, self.message):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        right.addStretch()
        columns.addWidget(self.side, 0, Qt.AlignmentFlag.AlignTop)
        self.page.body.addLayout(columns)
        self.school_label = self.page.add(Text(role="h2"))
        self.school_note = self.page.add(Text(role="muted"))  # the school came from a filter
        self.schools = TileGrid(min_tile_width=300)
        self.page.add(self.schools)
        self.office = self.page.add(Text(role="notice"))
        self.page.body.addStretch()
        self._chips: dict[str, Tile] = {}
        self._slip: Slip | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("See your counselor")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self.message.set_text("")
        self._chips = school_tiles(self.schools, self.ctx.repo.schools(self.ctx.lang), self._choose)
        self._fill()

    def _choose(self, code: str) -> None:
        self.ctx.session.school = code
        self._fill()
        self.page.ensureWidgetVisible(self.office, 0, 200)

    def _fill(self) -> None:
        slip = self._slip = self.slip()
        school = slip.school
        for code, chip in self._chips.items():
            chip.setChecked(school is not None and code == school.code)
        from_filter = school is not None and self.ctx.session.school is None
        self.school_note.set_text(
            self.tr("Picked from your filter. Tap another school to change it.")
            if from_filter
            else ""
        )
        if school is None:
            self.office.set_text("")
        else:
            office = school.counseling
            lines = [school.name, office.location, office.hours, office.booking]
            self.office.set_text("\n".join(line for line in lines if line))
        clear(self.list_box)
        for course in slip.courses:
            self.list_box.addWidget(Text(f"{course.title} ({course.code})", "h3"))
        if not slip.courses:
            self.list_box.addWidget(
                Text(
                    self.tr(
                        "Your list is empty. You can still talk to your counselor about any class."
                    ),
                    "muted",
                )
            )
        listed = bool(slip.courses)
        self.qr.setVisible(listed)
        self.qr_hint.setVisible(listed)
        self.print_button.setEnabled(listed)
        self.print_hint.set_text("" if listed else self.tr("Add a class to your list to print it."))
        if listed:
            self.qr.setPixmap(QPixmap.fromImage(qr_image(slip.qr_text, QR_PIXELS)))

    def slip(self) -> Slip:
        """The slip for the student's list and school; its QR text is the code on screen."""
        repo, lang, session = self.ctx.repo, self.ctx.lang, self.ctx.session
        school_code = session.counselor_school()
        courses = [c for c in (repo.course(code, lang) for code in session.my_list) if c]
        school = repo.school(school_code, lang) if school_code else None
        return make_slip(courses, school, repo.info(lang), lang)

    def print_slip(self) -> None:
        try:
            # What the screen shows, so the printed code is the one the student saw.
            print_slip(self._slip or self.slip(), self._printer())
        except PrintFailed as failed:
            self._say(str(failed))
            return
        self.ctx.session.slip_printed.emit()
        self._say(
            self.tr("Printing. Take your slip from the printer and give it to your counselor.")
        )

    def _say(self, text: str) -> None:
        self.message.set_text(text)
        self.page.ensureWidgetVisible(self.message, 0, 24)

    def reset(self) -> None:
        super().reset()
        self.message.set_text("")
        self.qr.clear()
        self._slip = None
        self.page.to_top()

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("To sign up, talk to your high-school counselor"))
        self.how.set_text(
            self.tr(
                "Counselors help you fit these classes into your schedule. "
                "Show them your list, your printed slip or the code on this screen."
            )
        )
        self.school_label.set_text(self.tr("Which school do you go to?"))
        self.list_label.set_text(self.tr("My list"))
        self.qr_hint.set_text(self.tr("Scan with a phone to keep your list"))
        self.print_button.setText(self.tr("Print my slip"))
