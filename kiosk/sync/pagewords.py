"""The words of the list page (list.html), in every interface language.

Where the page says what the kiosk says, it names the kiosk's own string (its context and
source), so both read the same and are translated once. Each word is marked for lupdate
(it reads QT_TRANSLATE_NOOP); `scripts/translations.py build` compiles them from the .ts
sources into WORDS_FILE beside the .qm files, and publishing reads that file, no Qt needed.
A plural word is its list of forms, in Qt's order for the language.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from kiosk.paths import TRANSLATIONS

WORDS_FILE = "list-page-words.json"


class Word(NamedTuple):
    context: str
    source: str
    comment: str = ""
    plural: bool = False


def QT_TRANSLATE_NOOP(context: str, source: str, comment: str = "") -> Word:
    """Marks a word for lupdate (the name is what it looks for)."""
    return Word(context, source, comment)


def _plural(word: Word) -> Word:
    return word._replace(plural=True)


WORDS: dict[str, Word] = {
    "heading": QT_TRANSLATE_NOOP("Slip", "My career class list"),
    "tuition_free": QT_TRANSLATE_NOOP("CourseScreen", "Tuition-free"),
    "college_credit": QT_TRANSLATE_NOOP("CourseScreen", "College credit"),
    "cve": QT_TRANSLATE_NOOP("CourseScreen", "Paid work experience"),
    "what": QT_TRANSLATE_NOOP("CourseScreen", "What you will do"),
    "who": QT_TRANSLATE_NOOP("CourseScreen", "Who can take it"),
    "grade": QT_TRANSLATE_NOOP("CourseScreen", "Grade %1"),
    "grades": QT_TRANSLATE_NOOP("CourseScreen", "Grades %1 to %2"),
    "first": QT_TRANSLATE_NOOP("CourseScreen", "Take this first"),
    "where": QT_TRANSLATE_NOOP("CourseScreen", "Where and when"),
    "credits": QT_TRANSLATE_NOOP("CourseScreen", "Credits"),
    "hs_credits": QT_TRANSLATE_NOOP("CourseScreen", "%1 high-school credits"),
    "college_with": QT_TRANSLATE_NOOP("CourseScreen", "You can earn college credit with %1."),
    "college_any": QT_TRANSLATE_NOOP("CourseScreen", "You can earn college credit."),
    "cve_text": QT_TRANSLATE_NOOP(
        "CourseScreen",
        "Once you reach a certain skill level, you may be able to work and get paid "
        "through Cooperative Vocational Education (CVE).",
    ),
    "certifications": QT_TRANSLATE_NOOP("CourseScreen", "Industry certifications"),
    "careers": QT_TRANSLATE_NOOP("CourseScreen", "Careers it can lead to"),
    "education": QT_TRANSLATE_NOOP("CourseScreen", "Typical education: %1"),
    "school_year": QT_TRANSLATE_NOOP("Terms", "School year"),
    "summer": QT_TRANSLATE_NOOP("Terms", "Summer school"),
    "introductory": QT_TRANSLATE_NOOP("Levels", "Introductory"),
    "concentrator": QT_TRANSLATE_NOOP("Levels", "Concentrator"),
    "capstone": QT_TRANSLATE_NOOP("Levels", "Capstone"),
    "sign_up": QT_TRANSLATE_NOOP(
        "CounselorScreen", "To sign up, talk to your high-school counselor"
    ),
    "counselors_help": QT_TRANSLATE_NOOP(
        "ListPage",
        "Counselors help you fit these classes into your schedule. Show them this list.",
    ),
    "pay_year": QT_TRANSLATE_NOOP("Pay", "%1 a year"),
    "pay_hour": QT_TRANSLATE_NOOP("Pay", "%1 an hour"),
    "pay_or_more": QT_TRANSLATE_NOOP("Pay", "%1 or more"),
    "pay_area": QT_TRANSLATE_NOOP("Pay", "Middle pay in the %1 area: %2"),
    "pay_state": QT_TRANSLATE_NOOP("Pay", "Middle pay in %1 (state figure): %2"),
    "pay_nation": QT_TRANSLATE_NOOP("Pay", "Middle pay in the United States (national figure): %1"),
    "pay_typed": QT_TRANSLATE_NOOP("Pay", "Typical pay: %1"),
    "pay_spread": QT_TRANSLATE_NOOP("Pay", "Half of workers earn between %1 and %2."),
    "pay_jobs_area": _plural(QT_TRANSLATE_NOOP("Pay", "%n job(s) here")),
    "pay_jobs_state": _plural(QT_TRANSLATE_NOOP("Pay", "%n job(s) in the state")),
    "pay_source": QT_TRANSLATE_NOOP("Pay", "Source: %1"),
    "two_sentences": QT_TRANSLATE_NOOP("Pay", "%1 %2", "two sentences in a row"),
    "may": QT_TRANSLATE_NOOP("Pay", "May %1"),
    # The page's own words.
    "privacy": QT_TRANSLATE_NOOP(
        "ListPage",
        "Your list is only in this page's address. It is not sent to the server, and "
        "nothing about you is kept.",
    ),
    "language": QT_TRANSLATE_NOOP("ListPage", "Language"),
    "print": QT_TRANSLATE_NOOP("ListPage", "Print this list"),
    "loading": QT_TRANSLATE_NOOP("ListPage", "Loading your list…"),
    "failed": QT_TRANSLATE_NOOP(
        "ListPage", "Your list could not be loaded. Check your connection and try again."
    ),
    "retry": QT_TRANSLATE_NOOP("ListPage", "Try again"),
    "removed": QT_TRANSLATE_NOOP(
        "ListPage",
        "%1 is not in the course catalog any more. Ask your counselor about it.",
        "%1 is a course code",
    ),
    "empty": QT_TRANSLATE_NOOP("ListPage", "This list has no classes."),
    "code": QT_TRANSLATE_NOOP("ListPage", "Class code: %1"),
    "school": QT_TRANSLATE_NOOP("ListPage", "Your school: %1"),
    "no_school": QT_TRANSLATE_NOOP(
        "ListPage", "Any high-school counselor in the district can help you sign up."
    ),
    "pay_from": QT_TRANSLATE_NOOP("ListPage", "Pay figures: %1"),
}


class WordsMissing(Exception):
    """The compiled words are not there: the translations were never built."""


def page_words(folder: Path | None = None) -> dict[str, dict[str, str | list[str]]]:
    path = (folder or TRANSLATIONS) / WORDS_FILE
    try:
        words: dict[str, dict[str, str | list[str]]] = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise WordsMissing(
            f"{path} is missing: build the translations (python scripts/translations.py build)"
        ) from exc
    return words
