"""The Catalog window says what the check found in its own language: each problem and each
unreadable workbook from the template the core filled in, translated; `kiosk-admin validate`
keeps its English (tests/unit/test_admin_cli.py and test_messages.py hold it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.catalog import wording as w
from kiosk.catalog.records import Problem
from kiosk.catalog.wording import TEMPLATES, Wording, fill, placeholders
from kiosk.catalogapp import problemwords
from kiosk.catalogapp.problems import EXPECTED, SHEET, WRONG
from kiosk.catalogapp.problemwords import ProblemWords
from kiosk.catalogapp.publishtext import problem_lines
from kiosk.paths import TRANSLATIONS
from tests.helpers.catalogs import write_csv_folder
from tests.helpers.catalogwindow import MakeCatalogWindow, open_and_wait, with_problems
from tests.helpers.checks import check

LANGUAGES = ("es", "hmn", "vi", "zh", "zh-Hans")


def translator(language: str) -> QTranslator:
    loaded = QTranslator()
    assert loaded.load(str(TRANSLATIONS / f"kiosk_{language}.qm"))
    return loaded


def spanish(template: str) -> str:
    """The Spanish of `template`, as the window's translation file holds it."""
    text = translator("es").translate("ProblemWords", template)
    assert text not in ("", template)  # translated, or the test would prove nothing
    return text


def test_the_window_can_translate_every_template_the_core_can_say(qapp: QApplication) -> None:
    table = problemwords.table()
    assert set(table) == TEMPLATES
    # In English each literal the translators see is its template, letter for letter.
    assert [english for english, shown in table.items() if shown != english] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_values_of_its_template(language: str) -> None:
    loaded = translator(language)
    lost = [
        template
        for template in TEMPLATES
        if placeholders(loaded.translate("ProblemWords", template) or template)
        != placeholders(template)
    ]
    assert lost == []


def test_the_spanish_window_shows_each_problem_in_spanish(
    qtbot: QtBot, make_catalog_window: MakeCatalogWindow, tmp_path: Path
) -> None:
    window = make_catalog_window(language="es")
    open_and_wait(qtbot, window, write_csv_folder(tmp_path / "book", with_problems()))
    model = window.view.model()
    grade = next(r for r in range(model.rowCount()) if model.index(r, SHEET).data() == "courses")
    wrong = model.index(grade, WRONG).data()
    assert wrong == fill(spanish(w.NOT_A_NUMBER), {"cell": "eleven"})
    assert "eleven" in wrong and wrong != '"eleven" is not a number'
    expected = model.index(grade, EXPECTED).data()
    assert expected == fill(spanish(w.WHOLE_FROM), {"low": "9", "high": "12"})


def test_an_unreadable_workbook_is_explained_in_spanish(
    qtbot: QtBot, make_catalog_window: MakeCatalogWindow, tmp_path: Path
) -> None:
    window = make_catalog_window(language="es")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a zip file")
    open_and_wait(qtbot, window, broken)
    assert window.message_label.text() == fill(spanish(w.NOT_AN_XLSX), {"file": "broken.xlsx"})


def test_the_english_window_shows_what_kiosk_admin_validate_prints(
    qtbot: QtBot, make_catalog_window: MakeCatalogWindow, tmp_path: Path
) -> None:
    source = write_csv_folder(tmp_path / "book", with_problems())
    window = make_catalog_window()
    open_and_wait(qtbot, window, source)
    problems = check(source).problems
    assert problem_lines(problems) == [str(p) for p in problems]
    assert any(p.warning for p in problems)  # the "warning: " prefix is compared too
    model = window.view.model()
    shown = {(model.index(r, WRONG).data(), model.index(r, EXPECTED).data()) for r in range(3)}
    assert shown == {(p.message, p.expected) for p in problems}


def test_what_cannot_be_translated_is_shown_in_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A translation that lost its {cell} would hide what staff typed.
    monkeypatch.setattr(problemwords, "table", lambda: {w.NOT_A_NUMBER: "no es un número"})
    words = ProblemWords()
    bad = Wording.of(w.NOT_A_NUMBER, cell="eleven")
    assert words.text(bad, bad.text()) == '"eleven" is not a number'
    unknown = Wording.of("a template the window has never seen", cell="x")
    assert words.text(unknown, "as the core said it") == "as the core said it"
    assert words.text(None, "no wording") == "no wording"
    english = Problem("courses", 3, "grade_min", "made elsewhere", "in English")
    assert (words.message(english), words.expected(english)) == ("made elsewhere", "in English")
