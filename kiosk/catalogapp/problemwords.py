"""What the check says, in the window's language: a problem's message and expected, and why a
workbook cannot be read, each from the template the core made it from (kiosk.catalog.wording),
translated, then filled with its values. A template without a translation the window can use
is shown as the core wrote it, in English."""

from __future__ import annotations

from kiosk.catalog.records import Problem
from kiosk.catalog.wording import Wording, fill, placeholders
from kiosk.catalogapp import cellwords, readwords, sheetwords


def table() -> dict[str, str]:
    """Every template the window knows -> its translation in the language installed now."""
    return {**cellwords.table(), **sheetwords.table(), **readwords.table()}


class ProblemWords:
    """The translations of the language installed when it was made, looked up once: a table
    of thousands of problems asks for them on every paint and sort."""

    def __init__(self) -> None:
        # A translation that lost or misspelt a {name} would hide what staff typed: English
        # says it whole.
        self._table = {
            english: translated
            for english, translated in table().items()
            if placeholders(translated) == placeholders(english)
        }

    def text(self, wording: Wording | None, english: str) -> str:
        """`wording` translated and filled in; `english` when there is none to translate."""
        template = self._table.get(wording.template) if wording is not None else None
        if wording is None or template is None:
            return english
        return fill(template, dict(wording.values))

    def message(self, problem: Problem) -> str:
        return self.text(problem.message_wording, problem.message)

    def expected(self, problem: Problem) -> str:
        return self.text(problem.expected_wording, problem.expected)


def translated(wording: Wording | None, english: str) -> str:
    """One text, such as why a workbook cannot be read, in the window's language."""
    return ProblemWords().text(wording, english)
