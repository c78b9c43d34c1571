"""Every question the screens ask, answered from a real built catalog file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.catalog.models import BrowseFilter, Interest
from kiosk.catalog.repository import Repository
from kiosk.catalog.rowmap import as_model


def test_info_in_each_language(sample_repo: Repository) -> None:
    en, es = sample_repo.info("en"), sample_repo.info("es")
    assert en.catalog_version == 1 and en.schema_version == 1
    assert en.title == "Career Technical Education courses"
    assert es.title == "Cursos de Educación Técnica Profesional"
    assert len(en.highlights) == 4 and en.highlights != es.highlights
    assert en.languages == ("en", "es", "hmn", "zh", "vi", "zh-Hans")
    assert en.created.tzinfo is not None


def test_a_language_without_text_falls_back_to_english(tiny_catalog: Path) -> None:
    with Repository(tiny_catalog) as repo:  # English and Spanish only
        assert repo.lang("vi") == "en"
        assert repo.sectors("vi") == repo.sectors("en")
        assert repo.lang("xx") == "en"


def test_sectors_in_order_with_counts(sample_repo: Repository) -> None:
    sectors = sample_repo.sectors("es")
    assert sectors[0].code == "AG"
    assert sectors[0].name == "Agricultura y recursos naturales"
    assert sectors[0].icon == "ag"
    assert sum(s.course_count for s in sectors) == sample_repo.count("course")


def test_pathways_of_a_sector(sample_repo: Repository) -> None:
    pathways = sample_repo.pathways("HS", "en")
    assert [p.name for p in pathways] == [
        "Biotechnology",
        "Health Care Administrative Services",
        "Health Care Operational Support Services",
        "Mental and Behavioral Health",
        "Patient Care",
        "Public and Community Health",
    ]
    patient_care = next(p for p in pathways if p.code == "HS-PC")
    assert patient_care.course_count == 3
    assert patient_care.sector_name == "Health Science and Medical Technology"


LEVELS = ["introductory", "concentrator", "capstone"]


def test_courses_of_a_pathway_in_the_order_a_student_takes_them(sample_repo: Repository) -> None:
    """Introductory first, then concentrator, then capstone; each level in title order."""
    courses = sample_repo.courses("HS-PC", "en")
    assert [c.level for c in courses] == ["introductory", "concentrator", "capstone"]
    assert "Nursing Assistant" in [c.title for c in courses]
    assert "Asistente de enfermería" in [c.title for c in sample_repo.courses("HS-PC", "es")]
    # AG-AS has its capstone first in title order ("Introduction...", "Veterinary Assistant
    # Capstone", "Veterinary Science"): the level decides, not the title.
    assert [c.code for c in sample_repo.courses("AG-AS", "en")] == ["AG-110", "AG-210", "AG-310"]
    for pathway in sample_repo.pathways(None, "en"):
        summaries = sample_repo.courses(pathway.code, "en")
        ranks = [LEVELS.index(c.level) for c in summaries]
        assert ranks == sorted(ranks), pathway.code
        for level in set(ranks):
            titles = [c.title for c in summaries if LEVELS.index(c.level) == level]
            assert titles == sorted(titles), pathway.code


def test_browse_filters(sample_repo: Repository) -> None:
    def codes(where: BrowseFilter) -> set[str]:
        return {
            c.code
            for p in sample_repo.pathways(None, "en")
            for c in sample_repo.courses(p.code, "en", where)
        }

    everything = codes(BrowseFilter())
    summer = codes(BrowseFilter(summer=True))
    college = codes(BrowseFilter(college_credit=True))
    cve = codes(BrowseFilter(cve=True))
    at_school = codes(BrowseFilter(school="AABHP"))
    summer_at_school = codes(BrowseFilter(school="AABHP", summer=True))
    assert summer and college and cve and at_school
    assert summer | college | cve | at_school <= everything
    assert summer_at_school <= summer & at_school
    for code in summer:
        course = sample_repo.course(code, "en")
        assert course is not None and course.summer
    for code in college:
        course = sample_repo.course(code, "en")
        assert course is not None and course.college_credit and course.partner_college
    for code in at_school:
        course = sample_repo.course(code, "en")
        assert course is not None and "AABHP" in {o.school_code for o in course.offerings}
    # pathway and sector counts follow the same filter
    assert sum(s.course_count for s in sample_repo.sectors("en", BrowseFilter(cve=True))) == len(
        cve
    )


def test_course_detail(sample_repo: Repository) -> None:
    course = sample_repo.course("HS-310", "es")
    assert course is not None
    assert course.title == "Asistente de enfermería"
    assert course.level == "capstone"
    assert course.cve
    assert course.pathway.code == "HS-PC" and course.pathway.sector_code == "HS"
    assert course.prerequisites
    assert [c.code for c in course.careers] == ["CAR-CNA", "CAR-LVN", "CAR-RN"]
    assert all(c.title and c.education for c in course.careers)
    assert {o.term for o in course.offerings} <= {"school_year", "summer"}
    assert all(o.school_name for o in course.offerings)
    assert sample_repo.course("NOPE-1", "es") is None


def test_course_detail_on_the_tiny_catalog(tiny_catalog: Path) -> None:
    with Repository(tiny_catalog) as repo:
        course = repo.course("HS-110", "es")
        assert course is not None
        assert course.certifications == ("RCP", "Primeros auxilios")
        assert course.hs_credits == 10
        assert course.partner_college == "Sacramento City College"
        assert [(o.school_code, o.term, o.notes) for o in course.offerings] == [
            ("AAA", "school_year", "Periodos 1-2"),
            ("BBB", "summer", ""),
        ]
        assert course.careers[1].education == ""  # missing facts are empty, never "None"
        assert course.careers[1].pay is None


def test_course_summaries_keep_the_given_order(sample_repo: Repository) -> None:
    found = sample_repo.course_summaries(["TR-110", "NOPE", "AG-110"], "en")
    assert [c.code for c in found] == ["TR-110", "AG-110"]


def test_schools_and_counseling(sample_repo: Repository) -> None:
    schools = sample_repo.schools("es")
    assert len(schools) == 11
    school = sample_repo.school("CKM", "es")
    assert school is not None
    assert school.name == "C. K. McClatchy High School"
    assert school.counseling.location.startswith("Oficina de consejería")
    assert school.counseling.booking
    assert sample_repo.school("ZZZ", "es") is None


def test_interests_rank_pathways_with_reasons(sample_repo: Repository) -> None:
    interests = sample_repo.interests("es")
    assert len(interests) >= 12
    assert interests[0].label == "Construir cosas"
    matches = sample_repo.match_interests(["INT-HELP", "INT-HEALTH"], "en")
    for with_classes in (True, False):  # pathways with classes first, each part by score
        scores = [m.score for m in matches if bool(m.courses) == with_classes]
        assert scores == sorted(scores, reverse=True)
    top = matches[0]
    assert top.pathway.code == "HS-PC"  # weight 3 from each interest
    assert top.score == 6
    assert set(top.reasons) == {"Helping people", "Health and science"}
    assert all(set(m.reasons) <= {"Helping people", "Health and science"} for m in matches)
    assert all(m.courses or m.pathway.course_count == 0 for m in matches)
    assert [c.code for c in top.courses] == [c.code for c in sample_repo.courses("HS-PC", "en")]
    assert sample_repo.match_interests([], "en") == []


def test_quiz_scoring(sample_repo: Repository) -> None:
    items = sample_repo.quiz_items("es")
    assert 12 <= len(items) <= 18
    assert {i.area for i in items} == set("RIASEC")
    answers = {i.code: (2 if i.area == "S" else 1 if i.area == "I" else 0) for i in items}
    scores, top, pathways = sample_repo.score_quiz(answers, "en")
    assert scores["S"] == 1.0 and scores["I"] == 0.5 and scores["R"] == 0.0
    assert top == ("S", "I")
    assert pathways and all("S" in p.reasons or "I" in p.reasons for p in pathways)
    assert pathways[0].pathway.riasec[0] == "S"


def test_pathways_with_classes_come_before_those_without(sample_repo: Repository) -> None:
    """A doer and organizer's best match (building and construction, with no class in the
    sample) once came first and said "No classes in this pathway yet"."""
    items = sample_repo.quiz_items("en")
    doer = {i.code: 2 if i.area in "RC" else 0 for i in items}
    _, _, quiz = sample_repo.score_quiz(doer, "en", limit=60)
    interests = sample_repo.match_interests(["INT-HELP"], "en", limit=60)
    for matches in (quiz, interests):
        with_classes = [bool(m.courses) for m in matches]
        assert True in with_classes and False in with_classes  # both kinds really match
        assert with_classes == sorted(with_classes, reverse=True)
        for group in (True, False):
            scores = [m.score for m in matches if bool(m.courses) == group]
            assert scores == sorted(scores, reverse=True)
    assert all(m.courses for m in sample_repo.score_quiz(doer, "en")[2])  # the first ten


def test_quiz_with_no_likes_finds_nothing(sample_repo: Repository) -> None:
    items = sample_repo.quiz_items("en")
    scores, top, pathways = sample_repo.score_quiz({i.code: 0 for i in items}, "en")
    assert top == () and pathways == [] and set(scores.values()) == {0.0}


def test_faq_in_spanish(sample_repo: Repository) -> None:
    entries = sample_repo.faq("es")
    assert entries[0].kind == "faq"
    assert entries[-1].kind == "notice"
    assert all(e.question and e.answer for e in entries)
    assert entries[0].question != sample_repo.faq("en")[0].question


def test_rows_become_models_by_column_name_and_a_mismatch_fails() -> None:
    db = sqlite3.connect(":memory:")
    db.row_factory = sqlite3.Row
    reordered = db.execute("SELECT 'AUTO' AS code, 'car' AS icon, 'Cars' AS label").fetchone()
    assert as_model(Interest, reordered) == Interest(code="AUTO", label="Cars", icon="car")
    unnamed = db.execute("SELECT 'AUTO', 'Cars', 'car'").fetchone()
    with pytest.raises(TypeError):
        as_model(Interest, unnamed)
    extra = db.execute("SELECT 'AUTO' AS code, 'Cars' AS label, 'car' AS icon, 1 AS n").fetchone()
    with pytest.raises(TypeError):
        as_model(Interest, extra)
    assert as_model(Interest, extra, skip=("n",)).label == "Cars"
