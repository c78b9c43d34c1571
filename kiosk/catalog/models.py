"""What the catalog answers with: frozen, typed domain objects, text already in one language.

Optional facts are empty strings or None, so the UI can hide what is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.catalog.payrecords import CareerPay


@dataclass(frozen=True)
class CatalogInfo:
    schema_version: int
    catalog_version: int
    created: dt.datetime
    district: str
    title: str
    is_sample: bool
    source: str
    languages: tuple[str, ...]
    qr_base_url: str
    highlights: tuple[str, ...]
    wage_release: str  # the BLS release careers' pay is from ("May 2025"), or ""
    wage_area: str  # BLS's title of the area it is for, or ""
    credits: tuple[str, ...]  # citations and attributions the catalog's data requires
    wage_area_code: str = ""  # BLS's code of that area (40900), or ""


@dataclass(frozen=True)
class Sector:
    code: str
    name: str
    description: str
    icon: str
    course_count: int


@dataclass(frozen=True)
class PayRange:
    """A pathway's range of yearly middle pay across its careers; `high_top` when the high
    end is top-coded ("or more")."""

    low: float
    high: float
    high_top: bool = False


@dataclass(frozen=True)
class Pathway:
    code: str
    name: str
    description: str
    sector_code: str
    sector_name: str
    riasec: str
    course_count: int
    pay: PayRange | None = None


@dataclass(frozen=True)
class CourseSummary:
    """A course as a list shows it."""

    code: str
    title: str
    level: str
    pathway_code: str
    pathway_name: str


@dataclass(frozen=True)
class CounselingOffice:
    location: str
    hours: str
    booking: str


@dataclass(frozen=True)
class School:
    code: str
    name: str
    address: str
    phone: str
    website: str
    counseling: CounselingOffice


@dataclass(frozen=True)
class Offering:
    school_code: str
    school_name: str
    term: str  # "school_year" or "summer"
    notes: str


@dataclass(frozen=True)
class Career:
    code: str
    title: str
    description: str
    education: str
    outlook: str
    outlook_source: str
    pay: CareerPay | None = None  # a wage from BLS's file or typed by staff; None: no figure


@dataclass(frozen=True)
class Course:
    code: str
    title: str
    description: str
    level: str
    grade_min: int
    grade_max: int
    prerequisites: str
    hs_credits: float | None
    college_credit: bool
    partner_college: str
    cve: bool
    certifications: tuple[str, ...]
    pathway: Pathway
    offerings: tuple[Offering, ...]
    careers: tuple[Career, ...]

    @property
    def summer(self) -> bool:
        return any(o.term == "summer" for o in self.offerings)


@dataclass(frozen=True)
class BrowseFilter:
    """Browse filters; each narrows the list, none set means everything."""

    school: str | None = None
    summer: bool = False
    college_credit: bool = False
    cve: bool = False


@dataclass(frozen=True)
class Interest:
    code: str
    label: str
    icon: str


@dataclass(frozen=True)
class PathwayMatch:
    pathway: Pathway
    score: float
    reasons: tuple[str, ...]  # interest labels, or RIASEC letters for the quiz
    courses: tuple[CourseSummary, ...]


@dataclass(frozen=True)
class QuizItem:
    code: str
    statement: str
    area: str


class Answer:
    """Quiz answers and the points each gives its area."""

    LIKE = 2
    NOT_SURE = 1
    DISLIKE = 0


@dataclass(frozen=True)
class QuizResult:
    area_scores: dict[str, float] = field(default_factory=dict)  # 0..1 per RIASEC letter
    top_areas: tuple[str, ...] = ()
    pathways: tuple[PathwayMatch, ...] = ()


@dataclass(frozen=True)
class FaqEntry:
    kind: str  # "faq" or "notice"
    question: str
    answer: str


@dataclass(frozen=True)
class SearchHit:
    course: CourseSummary
    matched: str  # "code", "title" or "text"
