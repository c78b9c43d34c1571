"""My list: the courses the student picked, a way to the counselor, and Start over."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, ScrollPage, Text, clear
from kiosk.ui.widgets.courses import CourseButton


class MyListScreen(Screen):
    name = "mylist"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ScrollPage()
        self.layout_.addWidget(self.page)
        self.heading = self.page.add(Text(role="h1"))
        self.empty = self.page.add(Text(role="message"))
        self.items = QWidget()
        self.box = QVBoxLayout(self.items)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(10)
        self.page.add(self.items)
        actions = QHBoxLayout()
        # Enabled with an empty list too: the counselor screen shows the school's counseling
        # office, and a counselor talks about any class.
        self.counselor = Button(role="primary", icon_name=("ui", "counselor"))
        self.counselor.clicked.connect(lambda: ctx.nav.go("counselor"))
        self.start_over = Button(icon_name=("ui", "restart"))
        self.start_over.clicked.connect(lambda: ctx.nav.start_over())
        actions.addWidget(self.counselor)
        actions.addStretch()
        actions.addWidget(self.start_over)
        self.page.body.addLayout(actions)
        self.page.body.addStretch()
        ctx.session.list_changed.connect(self._refresh_if_visible)
        self.retranslate()

    def title(self) -> str:
        return self.tr("My list")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self._fill()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        clear(self.box)
        courses = self.ctx.repo.course_summaries(self.ctx.session.my_list, self.ctx.lang)
        for course in courses:
            row = QHBoxLayout()
            button = CourseButton(course)
            button.chosen.connect(lambda code: self.ctx.nav.go("course", code))
            remove = Button(self.tr("Remove"), icon_name=("ui", "remove"))
            remove.setAccessibleName(self.tr("Remove %1 from my list").replace("%1", course.title))
            remove.clicked.connect(lambda _=False, c=course.code: self.ctx.session.remove_course(c))
            row.addWidget(button, 1)
            row.addWidget(remove)
            self.box.addLayout(row)
        self.empty.set_text(
            ""
            if courses
            else self.tr(
                "Your list is empty. When you find a class you like, "
                "tap \u201cAdd to my list\u201d."
            )
        )

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Classes I like"))
        self.counselor.setText(self.tr("See your counselor"))
        self.start_over.setText(self.tr("Start over"))
        self.start_over.setAccessibleName(self.tr("Start over and clear everything"))
        if self.isVisible():
            self._fill()
