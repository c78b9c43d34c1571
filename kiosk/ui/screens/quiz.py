"""Quick quiz: one statement at a time, three answers, then the result screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.catalog.models import Answer, QuizItem
from kiosk.ui.focus import offer_focus
from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, ScrollPage, Text


class QuizScreen(Screen):
    name = "quiz"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        page = ScrollPage()
        self.layout_.addWidget(page)
        self.progress = page.add(Text(role="muted"))
        self.question = page.add(Text(role="h3"))
        self.statement = page.add(Text(role="h1"))
        self.statement.setMinimumHeight(120)
        answers = QHBoxLayout()
        answers.setSpacing(16)
        self.answer_buttons: dict[int, Button] = {}
        for value in (Answer.LIKE, Answer.NOT_SURE, Answer.DISLIKE):
            button = Button(role="answer")
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            answers.addWidget(button)
            self.answer_buttons[value] = button
        page.body.addLayout(answers)
        self.previous = Button(icon_name=("ui", "back"))
        self.previous.clicked.connect(self._previous)
        page.add(self.previous).setSizePolicy(self.previous.sizePolicy())
        page.body.setAlignment(self.previous, Qt.AlignmentFlag.AlignLeft)
        page.body.addStretch()
        self.items: list[QuizItem] = []
        self.position = 0
        self.retranslate()

    def title(self) -> str:
        return self.tr("Quick quiz")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        self.items = self.ctx.repo.quiz_items(self.ctx.lang)
        answered = self.ctx.session.quiz_answers
        if arg == "restart" or len(answered) >= len(self.items):
            answered.clear()
        self.position = len([i for i in self.items if i.code in answered])
        self._show()

    def answer(self, value: int) -> None:
        item = self.items[self.position]
        self.ctx.session.quiz_answers[item.code] = value
        self.position += 1
        if self.position >= len(self.items):
            self.ctx.nav.go("quiz_result")
        else:
            self._show()

    def _previous(self) -> None:
        if self.position > 0:
            self.position -= 1
            self._show()

    def _show(self) -> None:
        if not self.items:
            self.statement.set_text(self.tr("The quiz is not available right now."))
            return
        self.position = min(self.position, len(self.items) - 1)
        item = self.items[self.position]
        self.progress.set_text(
            self.tr("Question %1 of %2")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(len(self.items)))
        )
        self.statement.set_text(item.statement)
        self.previous.setVisible(self.position > 0)  # not a dead button on the first
        chosen = self.ctx.session.quiz_answers.get(item.code)
        for value, button in self.answer_buttons.items():
            button.setProperty("chosen", value == chosen)
        offer_focus(self.answer_buttons[Answer.LIKE])  # a ring only for keys: not a choice

    def reset(self) -> None:
        super().reset()
        self.position = 0
        self.items = []

    def retranslate(self) -> None:
        self.question.set_text(self.tr("Would you like to..."))
        self.answer_buttons[Answer.LIKE].setText(self.tr("I'd like that"))
        self.answer_buttons[Answer.NOT_SURE].setText(self.tr("Not sure"))
        self.answer_buttons[Answer.DISLIKE].setText(self.tr("Not for me"))
        self.previous.setText(self.tr("Previous question"))
        if self.items:
            self._show()
