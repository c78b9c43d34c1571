"""My list: the courses the student picked, a way to the counselor, and Start over."""

from __future__ import annotations

from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.services.voices import spoken_form
from kiosk.ui.overlays.start_over import StartOverQuestion
from kiosk.ui.reading import readable_parts
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, ButtonRow, ScrollPage, Text, clear
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
        actions = self.page.add(ButtonRow())
        # Enabled with an empty list too: the counselor screen shows the school's counseling
        # office, and a counselor talks about any class.
        self.counselor = Button(role="primary", icon_name=("ui", "counselor"))
        self.counselor.clicked.connect(lambda: ctx.nav.go("counselor"))
        self.start_over = Button(icon_name=("ui", "restart"))
        self.start_over.clicked.connect(self._ask_start_over)
        self.question: StartOverQuestion | None = None  # built on the first Start over
        actions.add(self.counselor)
        actions.add_stretch()
        actions.add(self.start_over)
        self.page.body.addStretch()
        ctx.session.list_changed.connect(self._refresh_if_visible)
        self.retranslate()

    def title(self) -> str:
        return self.tr("My list")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self._fill()

    def _ask_start_over(self) -> None:
        """A tap on Start over asks first, unless there is nothing to lose. (Still there?
        running out starts over without asking: nobody is there to answer.)"""
        session = self.ctx.session
        if not (
            session.my_list
            or session.quiz_answers
            or session.interests
            or session.search_text
            or session.school
        ):
            self.ctx.nav.start_over()
            return
        question = self.question
        if question is None:
            # Over the whole window, as the other cards are: the top bar is dimmed too.
            question = self.question = StartOverQuestion(self.window())
            question.confirmed.connect(lambda: self.ctx.nav.start_over())
            question.closed.connect(self.ctx.speech.stop)
        listening = self.ctx.speech.speaking
        question.ask()
        if listening:  # the voice was reading this list: the question is read instead
            self.ctx.speech.stop()
            self.ctx.speech.say(spoken_form(readable_parts(question)), self.ctx.lang)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.question is not None:
            self.question.hide()  # the student left the list (out of service, admin mode)

    def reset(self) -> None:
        super().reset()
        if self.question is not None:
            self.question.hide()

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
