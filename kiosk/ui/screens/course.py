"""Course detail: everything a student needs to decide, and the way to sign up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalog.models import Course
from kiosk.services import paywords
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import (
    ON_DARK,
    Button,
    ButtonRow,
    ScrollPage,
    Text,
    clear,
    icon,
    spoken,
)
from kiosk.ui.widgets.courses import level_explained, level_name


def term_name(term: str) -> str:
    return {
        "school_year": QCoreApplication.translate("Terms", "School year"),
        "summer": QCoreApplication.translate("Terms", "Summer school"),
    }.get(term, term)


def credits_text(value: float | None) -> str:
    if value is None:
        return ""
    number = f"{value:g}"
    return QCoreApplication.translate("CourseScreen", "%1 high-school credits").replace(
        "%1", number
    )


class CourseScreen(Screen):
    name = "course"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ScrollPage()
        self.layout_.addWidget(self.page)
        self.heading = self.page.add(Text(role="h1"))
        self.pathway = self.page.add(Text(role="muted"))
        badges = QHBoxLayout()
        self.free = Text(role="badge")
        self.level = Text(role="badge-soft")
        self.college_badge = Text(role="badge-soft")
        self.cve_badge = Text(role="badge-soft")
        for badge in (self.free, self.level, self.college_badge, self.cve_badge):
            badges.addWidget(badge)
        badges.addStretch()
        self.page.body.addLayout(badges)
        self.level_meaning = self.page.add(Text(role="muted"))  # right under the level badge
        actions = self.page.add(ButtonRow())
        self.add = Button(role="primary", icon_name=("ui", "add"))
        self.add.clicked.connect(self._toggle)
        self.signup = Button(icon_name=("ui", "counselor"))
        self.signup.clicked.connect(lambda: ctx.nav.go("counselor"))
        actions.add(self.add)
        actions.add(self.signup)
        actions.add_stretch()
        self.details = QWidget()
        self.box = QVBoxLayout(self.details)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(8)
        self.page.add(self.details)
        self.page.body.addStretch()
        self.course: Course | None = None
        self.careers_heading: Text | None = None
        ctx.session.list_changed.connect(self._show_list_state)
        self.retranslate()

    def title(self) -> str:
        return self.course.title if self.course else ""

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self.course = self.ctx.repo.course(arg or "", self.ctx.lang)
        if self.course is None:
            self.ctx.nav.home()
            return
        course = self.course
        self.heading.set_text(course.title)
        self.pathway.set_text(f"{course.pathway.name} · {course.pathway.sector_name}")
        self.level.set_text(level_name(course.level))
        self.level_meaning.set_text(level_explained(course.level))
        self.college_badge.set_text(self.tr("College credit") if course.college_credit else "")
        self.cve_badge.set_text(self.tr("Paid work experience") if course.cve else "")
        self._show_details(course)
        self._show_list_state()
        self.page.to_top()

    def _section(self, heading: str, *lines: str) -> None:
        lines = tuple(line for line in lines if line)
        if not lines:
            return  # an empty fact is hidden, heading and all
        self.box.addWidget(Text(heading, "h2"))
        for line in lines:
            self.box.addWidget(Text(line, "fact"))

    def _show_details(self, course: Course) -> None:
        clear(self.box)
        self._section(self.tr("What you will do"), course.description)
        grades = (
            self.tr("Grade %1").replace("%1", str(course.grade_min))
            if course.grade_min == course.grade_max
            else self.tr("Grades %1 to %2")
            .replace("%1", str(course.grade_min))
            .replace("%2", str(course.grade_max))
        )
        self._section(self.tr("Who can take it"), grades)
        self._section(self.tr("Take this first"), course.prerequisites)
        where = [
            f"{o.school_name} — {term_name(o.term)}" + (f" ({o.notes})" if o.notes else "")
            for o in course.offerings
        ]
        self._section(self.tr("Where and when"), *where)
        college = (
            self.tr("You can earn college credit with %1.").replace("%1", course.partner_college)
            if course.college_credit and course.partner_college
            else self.tr("You can earn college credit.")
            if course.college_credit
            else ""
        )
        self._section(self.tr("Credits"), credits_text(course.hs_credits), college)
        if course.cve:
            self._section(
                self.tr("Paid work experience"),
                self.tr(
                    "Once you reach a certain skill level, you may be able to work and get paid "
                    "through Cooperative Vocational Education (CVE)."
                ),
            )
        self._section(self.tr("Industry certifications"), *course.certifications)
        self.careers_heading = None
        if course.careers:
            self.careers_heading = Text(self.tr("Careers it can lead to"), "h2")
            self.box.addWidget(self.careers_heading)
            for career in course.careers:
                self.box.addWidget(Text(career.title, "h3"))
                self.box.addWidget(Text(career.description))
                if career.pay is not None:
                    first, *rest = paywords.career_pay(career.pay, self.ctx.lang)
                    self.box.addWidget(spoken(first, "pay"))
                    if rest:  # the spread and the jobs, on one line under the figure
                        self.box.addWidget(spoken(paywords.joined(rest), "muted"))
                if career.education:
                    self.box.addWidget(
                        Text(
                            self.tr("Typical education: %1").replace("%1", career.education),
                            "muted",
                        )
                    )

    def show_careers(self) -> None:
        """Scroll the careers (and their pay) to the top of the view, as far as it goes."""
        if self.careers_heading is not None:
            self.page.scroll_to_top_of(self.careers_heading, 2)

    def _toggle(self) -> None:
        if self.course is not None:
            self.ctx.session.toggle_course(self.course.code)

    def _show_list_state(self) -> None:
        in_list = self.course is not None and self.ctx.session.in_list(self.course.code)
        self.add.setText(self.tr("In my list") if in_list else self.tr("Add to my list"))
        self.add.setProperty("role", "list-added" if in_list else "primary")
        self.add.style().unpolish(self.add)
        self.add.style().polish(self.add)
        self.add.setIcon(icon("ui", "added" if in_list else "add", ON_DARK))

    def reset(self) -> None:
        super().reset()
        self.course = None

    def retranslate(self) -> None:
        self.free.set_text(self.tr("Tuition-free"))
        self.signup.setText(self.tr("How do I sign up?"))
        self._show_list_state()
