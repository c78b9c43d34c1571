"""Quiz result: the student's top interest areas in plain words, and pathways for them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.screens.base import Context, Screen
from kiosk.ui.widgets.common import Button, ScrollPage, Text, clear
from kiosk.ui.widgets.matches import MatchList


def area_names() -> dict[str, tuple[str, str]]:
    """RIASEC letter -> (name, plain-words description), in the interface language."""

    return {
        "R": (
            QCoreApplication.translate("Areas", "Doer"),
            QCoreApplication.translate(
                "Areas", "You like hands-on work with tools, machines, plants or animals."
            ),
        ),
        "I": (
            QCoreApplication.translate("Areas", "Thinker"),
            QCoreApplication.translate(
                "Areas", "You like figuring out how things work and solving puzzles."
            ),
        ),
        "A": (
            QCoreApplication.translate("Areas", "Creator"),
            QCoreApplication.translate(
                "Areas", "You like making art, music, stories, designs and new ideas."
            ),
        ),
        "S": (
            QCoreApplication.translate("Areas", "Helper"),
            QCoreApplication.translate(
                "Areas", "You like helping, teaching and taking care of people."
            ),
        ),
        "E": (
            QCoreApplication.translate("Areas", "Persuader"),
            QCoreApplication.translate(
                "Areas", "You like leading, selling and starting new projects."
            ),
        ),
        "C": (
            QCoreApplication.translate("Areas", "Organizer"),
            QCoreApplication.translate(
                "Areas", "You like keeping things in order, with clear steps and numbers."
            ),
        ),
    }


class QuizResultScreen(Screen):
    name = "quiz_result"

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ScrollPage()
        self.layout_.addWidget(self.page)
        self.heading = self.page.add(Text(role="h1"))
        self.areas = QWidget()
        self.area_box = QVBoxLayout(self.areas)
        self.area_box.setContentsMargins(0, 0, 0, 0)
        self.page.add(self.areas)
        self.pathways_heading = self.page.add(Text(role="h2"))
        self.matches = MatchList()
        self.matches.course_chosen.connect(lambda code: ctx.nav.go("course", code))
        self.page.add(self.matches)
        self.again = Button(icon_name=("ui", "restart"))
        self.again.clicked.connect(lambda: ctx.nav.go("quiz", "restart"))
        self.page.add(self.again)
        self.page.body.addStretch()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Your quiz result")

    def enter(self, arg: str | None) -> None:
        super().enter(arg)
        _, top, matches = self.ctx.repo.score_quiz(self.ctx.session.quiz_answers, self.ctx.lang)
        clear(self.area_box)
        names = area_names()
        if not top:
            self.area_box.addWidget(
                Text(
                    self.tr(
                        "You did not pick anything you would like. Try Explore by what you like, "
                        "or Browse to see every pathway."
                    )
                )
            )
        for letter in top:
            name, description = names[letter]
            self.area_box.addWidget(Text(name, "h2"))
            self.area_box.addWidget(Text(description))
        reasons = {letter: names[letter][0] for letter in top}
        renamed = [replace(m, reasons=tuple(reasons[r] for r in m.reasons)) for m in matches]
        self.pathways_heading.set_text(self.tr("Pathways for you") if renamed else "")
        self.matches.set_matches(
            renamed,
            self.tr("Why it matches:"),
            self.tr("These pathways match too, but have no classes here yet:"),
            self.ctx.lang,
        )
        self.page.to_top()

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("You are a..."))
        self.again.setText(self.tr("Take the quiz again"))
