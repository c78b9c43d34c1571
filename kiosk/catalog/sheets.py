"""What the staff workbook must contain: every sheet and column, declared once.

Validation, the staff template and the catalog docs are all driven by these declarations.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Kind(enum.Enum):
    TEXT = "text"
    CODE = "code"
    INT = "whole number"
    NUMBER = "number"
    BOOL = "yes/no"
    CHOICE = "choice"
    REF = "code from another sheet"
    REF_LIST = "codes from another sheet, separated by ;"
    WEIGHTED_REFS = "CODE:weight pairs, separated by ;"
    AREAS = "RIASEC letters"
    OCCUPATION = "occupation code (SOC 2018 or O*NET-SOC)"


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    help: str
    required: bool = False
    translatable: bool = False
    max_length: int = 0
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    ref: str = ""
    money: bool = False  # dollars: a $ sign and spaces around it are allowed
    link: bool = False  # a web address: a hyperlink cell gives its address, not its text
    # Text may not start like a formula (= + @ -), except where a + is normal (+1 916 ...).
    formula_guard: bool = True
    # Earlier names of the column: a workbook made before the rename is read as it was meant.
    formerly: tuple[str, ...] = ()
    # Students read it, so a translation needs the English text shown where one is missing.
    shown: bool = True


@dataclass(frozen=True)
class Sheet:
    name: str
    help: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    min_rows: int = 1

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def renamed(self, name: str) -> Column | None:
        """The column whose earlier name was `name`."""
        return next((c for c in self.columns if name in c.formerly), None)


LEVELS = ("introductory", "concentrator", "capstone")
TERMS = ("school_year", "summer")
RIASEC = "RIASEC"
FAQ_KINDS = ("faq", "notice")
OUTLOOKS = ("growing", "stable", "declining")
SETTING_KEYS = (
    "district",
    "catalog_title",
    "is_sample",
    "source",
    "qr_base_url",
    "highlight_1",
    "highlight_2",
    "highlight_3",
    "highlight_4",
    "highlight_5",
    # Which translations the catalog's authors wrote and the district has yet to review
    # (language codes, e.g. "hmn, zh, vi"); kept with the catalog so reviewers can find them.
    "translation_review",
    # Pay from BLS's wage file (kiosk.catalog.careerpay): the area's code (40900), and the
    # release where the file's name does not say it ("May 2025").
    "wage_area",
    "wage_release",
    # Where the catalog's facts come from, as their publishers ask to be cited (About).
    "credit_1",
    "credit_2",
    "credit_3",
)
REQUIRED_SETTINGS = ("district",)


def _code(help_text: str = "a short unique code: letters, digits and -") -> Column:
    return Column("code", Kind.CODE, help_text, required=True, max_length=32)


def _text(name: str, help_text: str, max_length: int, *, required: bool = False) -> Column:
    return Column(
        name, Kind.TEXT, help_text, required=required, translatable=True, max_length=max_length
    )


def _keywords(example: str, formerly: tuple[str, ...] = ()) -> Column:
    # Not shown to students. Search ranks a course's keywords with its title, a pathway's
    # with the rest of its courses' text.
    return Column(
        "keywords",
        Kind.TEXT,
        f"other words students type to find it, separated by ; ({example}); search only",
        translatable=True,
        max_length=300,
        formerly=formerly,
        shown=False,
    )


def _plain(name: str, help_text: str, max_length: int) -> Column:
    return Column(name, Kind.TEXT, help_text, max_length=max_length)


def _flag(name: str, help_text: str) -> Column:
    return Column(name, Kind.BOOL, help_text)


SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "sectors",
        "The 15 California CTE industry sectors.",
        (
            _code(),
            _text("name", "the sector's name", 80, required=True),
            _text("description", "one or two sentences for students", 300),
            _plain("icon", "icon name (defaults to the code in lower case)", 32),
        ),
        key=("code",),
    ),
    Sheet(
        "pathways",
        "Career pathways, each in one sector.",
        (
            _code(),
            Column("sector", Kind.REF, "the sector's code", required=True, ref="sectors"),
            _text("name", "the pathway's name", 80, required=True),
            _text("description", "what people in this pathway do", 400),
            _keywords("mechanic; cars", formerly=("aliases",)),
            Column(
                "riasec",
                Kind.AREAS,
                "1-3 interest areas (R I A S E C), strongest first",
                max_length=3,
            ),
        ),
        key=("code",),
    ),
    Sheet(
        "courses",
        "Courses students can take.",
        (
            _code(),
            Column("pathway", Kind.REF, "the pathway's code", required=True, ref="pathways"),
            _text("title", "the course title", 100, required=True),
            _text("description", "what a student will do in class", 800, required=True),
            _keywords("hacker; hacking"),
            Column("level", Kind.CHOICE, "course level", required=True, choices=LEVELS),
            Column(
                "grade_min",
                Kind.INT,
                "lowest grade that may enroll",
                required=True,
                minimum=9,
                maximum=12,
            ),
            Column(
                "grade_max",
                Kind.INT,
                "highest grade that may enroll",
                required=True,
                minimum=9,
                maximum=12,
            ),
            _text("prerequisites", "what to take first, if anything", 300),
            Column("hs_credits", Kind.NUMBER, "high-school credits", minimum=0, maximum=40),
            _flag("college_credit", "earns community-college credit"),
            _plain("partner_college", "the college that grants the credit", 120),
            _flag("cve", "offers paid Cooperative Vocational Education"),
            _text("certifications", "industry certifications, separated by ;", 300),
            Column("careers", Kind.REF_LIST, "career codes, separated by ;", ref="careers"),
        ),
        key=("code",),
    ),
    Sheet(
        "schools",
        "High schools and their counseling offices.",
        (
            _code(),
            _plain("name", "the school's public name", 120),
            _plain("address", "street address", 200),
            Column("phone", Kind.TEXT, "phone number", max_length=40, formula_guard=False),
            Column("website", Kind.TEXT, "web address", max_length=200, link=True),
            _text("counseling_location", "where the counseling office is", 200),
            _text("counseling_hours", "when it is open", 200),
            _text("counseling_booking", "how to get an appointment", 300),
        ),
        key=("code",),
    ),
    Sheet(
        "offerings",
        "Which course runs at which school, and when.",
        (
            Column("course", Kind.REF, "the course code", required=True, ref="courses"),
            Column("school", Kind.REF, "the school code", required=True, ref="schools"),
            Column("term", Kind.CHOICE, "when it runs", required=True, choices=TERMS),
            _text("notes", "periods, times or other notes", 200),
        ),
        key=("course", "school", "term"),
    ),
    Sheet(
        "careers",
        "Careers that courses lead to.",
        (
            _code(),
            _text("title", "the career's title", 100, required=True),
            _text("description", "what the job is", 400),
            _text("education", "typical education to start", 200),
            Column(
                "soc",
                Kind.OCCUPATION,
                "the official occupation code, SOC 2018 (29-1141) or O*NET-SOC (29-1141.00), "
                "as onetonline.org gives it; wages are looked up by it",
            ),
            Column(
                "soc_note",
                Kind.TEXT,
                "why this code, where no occupation is exactly the career (for staff)",
                max_length=300,
                shown=False,
            ),
            Column(
                "wage",
                Kind.NUMBER,
                "median yearly wage in dollars",
                minimum=0,
                maximum=1_000_000,
                money=True,
            ),
            _plain("wage_source", "where the wage figure comes from", 200),
            Column("outlook", Kind.CHOICE, "job outlook", choices=OUTLOOKS),
            _plain("outlook_source", "where the outlook comes from", 200),
        ),
        key=("code",),
    ),
    Sheet(
        "interests",
        "The 'I like...' tiles and the pathways they point to.",
        (
            _code(),
            _text("label", "completes 'I like...'", 40, required=True),
            _plain("icon", "icon name (defaults to the code in lower case)", 32),
            Column(
                "pathways",
                Kind.WEIGHTED_REFS,
                "pathway codes with weight 1-3, e.g. AG-AS:3",
                required=True,
                ref="pathways",
                minimum=1,
                maximum=3,
            ),
        ),
        key=("code",),
    ),
    Sheet(
        "quiz",
        "Quick-quiz statements, each scored on one RIASEC area.",
        (
            _code(),
            _text("statement", "a short activity statement", 120, required=True),
            Column("area", Kind.AREAS, "one RIASEC letter", required=True, max_length=1),
        ),
        key=("code",),
        min_rows=6,
    ),
    Sheet(
        "faq",
        "About ROP/CTE: questions and answers, and notices.",
        (
            Column("kind", Kind.CHOICE, "faq or notice", required=True, choices=FAQ_KINDS),
            _text("question", "the question (or the notice's title)", 200, required=True),
            _text("answer", "the answer (or the notice's text)", 1500, required=True),
        ),
        key=(),
    ),
    Sheet(
        "settings",
        "Catalog-wide settings.",
        (
            Column("key", Kind.CHOICE, "setting name", required=True, choices=SETTING_KEYS),
            _text("value", "setting value", 300),
        ),
        key=("key",),
    ),
)

SHEETS_BY_NAME = {s.name: s for s in SHEETS}
