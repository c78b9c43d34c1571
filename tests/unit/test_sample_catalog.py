"""The shipped sample catalog: real sectors and pathways, enough courses, Spanish throughout."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk.catalog.repository import Repository

REFERENCE = Path(__file__).parents[2] / "resources" / "sample-catalog"
# The state's list of sectors and pathways, kept as test data.
CALIFORNIA = Path(__file__).parents[1] / "data" / "ca-cte-sectors-pathways.csv"


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def test_counts(sample_repo: Repository) -> None:
    assert sample_repo.count("sector") == 15
    assert sample_repo.count("pathway") == 58
    assert sample_repo.count("course") >= 80
    assert 12 <= sample_repo.count("quiz_item") <= 18
    assert sample_repo.count("interest") >= 12


def test_courses_cover_at_least_twelve_sectors(sample_repo: Repository) -> None:
    with_courses = [s for s in sample_repo.sectors("en") if s.course_count > 0]
    assert len(with_courses) >= 12


def test_every_course_has_careers_and_offerings(sample_repo: Repository) -> None:
    for pathway in sample_repo.pathways(None, "en"):
        for summary in sample_repo.courses(pathway.code, "en"):
            course = sample_repo.course(summary.code, "en")
            assert course is not None
            assert course.careers, course.code
            assert course.offerings, course.code


def test_some_summer_college_credit_and_cve(sample_repo: Repository) -> None:
    from kiosk.catalog.models import BrowseFilter

    def total(where: BrowseFilter) -> int:
        return sum(s.course_count for s in sample_repo.sectors("en", where))

    assert total(BrowseFilter(summer=True)) >= 5
    assert total(BrowseFilter(college_credit=True)) >= 5
    assert 1 <= total(BrowseFilter(cve=True)) <= 10


@pytest.mark.parametrize("lang", ["es", "hmn", "zh", "vi", "zh-Hans"])
def test_every_language_has_text_for_every_student_facing_row(
    sample_repo: Repository, lang: str
) -> None:
    assert sample_repo.missing_translations(lang) == []


def test_translations_await_district_review(sample_repo: Repository) -> None:
    settings = sample_repo._settings("en")
    assert settings["translation_review"] == "es, hmn, zh, zh-Hans, vi"


def test_marked_as_sample_with_no_invented_facts(sample_repo: Repository) -> None:
    info = sample_repo.info("en")
    assert info.is_sample
    assert "Sacramento City Unified" in info.district
    for school in sample_repo.schools("en"):
        assert school.address == school.phone == school.counseling.hours == ""
    careers = read_csv(REFERENCE / "careers.csv")
    assert all(not (c["wage"] or c["outlook"]) for c in careers)


def test_sectors_and_pathways_match_the_california_list(sample_repo: Repository) -> None:
    names = {(p.sector_name, p.name) for p in sample_repo.pathways(None, "en")}
    expected = {(r["sector"], r["pathway"]) for r in read_csv(CALIFORNIA)}
    assert len(expected) == 58
    assert names == expected


def test_faq_covers_the_district_facts(sample_repo: Repository) -> None:
    entries = sample_repo.faq("en")
    text = " ".join(f"{e.question} {e.answer}" for e in entries).lower()
    for fact in ("tuition", "counselor", "summer", "college credit", "cooperative vocational"):
        assert fact in text, fact
    notices = [e for e in entries if e.kind == "notice"]
    assert len(notices) == 1
    for ground in ("disability", "gender", "religion", "sexual orientation", "race"):
        assert ground in notices[0].answer.lower()
