"""What the counselor QR code says, without Qt: the list in the student's words, its codes when
the words do not fit, a link when the catalog names a base address; never past MAX_VERSION."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import kiosk.qrtext
from kiosk.catalog.models import Course, School
from kiosk.catalog.repository import Repository
from kiosk.qrtext import CAPACITY, ELLIPSIS, MAX_VERSION, Words, encode, fits, payload
from tests.unit.test_architecture import FORBIDDEN, imported_modules

SPANISH = Words(
    heading="Mi lista de clases de carreras",
    sign_up="Para inscribirte, habla con el consejero o la consejera de tu preparatoria.",
    school="Escuela: %1",
)
CHINESE = Words(
    heading="我的職業課程清單", sign_up="想報名，請找你高中的輔導老師。", school="學校：%1"
)


def courses(repo: Repository, lang: str, codes: list[str]) -> list[Course]:
    found = [repo.course(code, lang) for code in codes]
    assert all(found)
    return [c for c in found if c is not None]


def every_course(repo: Repository, lang: str) -> list[Course]:
    codes = [
        summary.code
        for pathway in repo.pathways(None, lang)
        for summary in repo.courses(pathway.code, lang)
    ]
    return courses(repo, lang, codes)


def school(repo: Repository, lang: str, code: str = "AABHP") -> School:
    found = repo.school(code, lang)
    assert found is not None
    return found


def test_the_module_does_not_import_qt() -> None:
    names = imported_modules(Path(kiosk.qrtext.__file__))
    assert "kiosk.catalog.models" in names  # the walk really read the module
    assert [n for n in names if n.startswith(FORBIDDEN)] == []


@pytest.mark.parametrize(("lang", "words"), [("es", SPANISH), ("zh", CHINESE)])
def test_the_list_in_the_students_words(sample_repo: Repository, lang: str, words: Words) -> None:
    listed = courses(sample_repo, lang, ["HS-310", "TR-110", "ICT-110"])
    chosen = school(sample_repo, lang)
    text = payload(listed, chosen, words, lang)
    assert text.splitlines() == [
        words.heading,
        *(f"{c.code} {c.title}" for c in listed),
        chosen.name,
        words.sign_up,
    ]
    assert listed[0].title in ("Asistente de enfermería", "護理助理")  # really translated
    assert fits(text)


def test_without_a_school_there_is_no_school_line(sample_repo: Repository) -> None:
    listed = courses(sample_repo, "es", ["HS-310"])
    assert payload(listed, None, SPANISH, "es").splitlines() == [
        SPANISH.heading,
        f"HS-310 {listed[0].title}",
        SPANISH.sign_up,
    ]


def test_a_title_stays_on_its_own_line(sample_repo: Repository) -> None:
    listed = [replace(courses(sample_repo, "en", ["HS-310"])[0], title="Nursing\nAssistant ")]
    assert payload(listed, None, SPANISH, "en").splitlines()[1] == "HS-310 Nursing Assistant"


def test_the_sign_up_line_gives_way_first(sample_repo: Repository) -> None:
    listed = courses(sample_repo, "es", ["HS-310", "TR-110"])
    wordy = replace(SPANISH, sign_up="x" * CAPACITY)
    assert payload(listed, school(sample_repo, "es"), wordy, "es").splitlines() == [
        SPANISH.heading,
        *(f"{c.code} {c.title}" for c in listed),
        school(sample_repo, "es").name,
    ]


def test_a_long_list_falls_back_to_its_codes_and_the_school_code(sample_repo: Repository) -> None:
    listed = every_course(sample_repo, "es")[:15]
    readable = "\n".join(f"{c.code} {c.title}" for c in listed)
    assert not fits(readable)  # the titles really do not fit
    text = payload(listed, school(sample_repo, "es"), SPANISH, "es")
    assert text.splitlines() == [
        SPANISH.heading,
        ", ".join(c.code for c in listed),
        "Escuela: AABHP",
    ]


def test_a_list_too_long_even_for_its_codes_keeps_the_first_ones(
    sample_repo: Repository,
) -> None:
    listed = every_course(sample_repo, "en")
    assert len(listed) > 60
    text = payload(listed, school(sample_repo, "en"), SPANISH, "en")
    heading, codes, school_line = text.splitlines()
    assert heading == SPANISH.heading
    kept = codes.split(", ")
    assert kept[-1] == ELLIPSIS
    assert kept[:-1] == [c.code for c in listed[: len(kept) - 1]]
    assert school_line == "Escuela: AABHP"
    assert fits(text)
    assert not fits(text.replace(ELLIPSIS, f"{listed[len(kept) - 1].code}, {ELLIPSIS}"))


def test_words_too_long_for_any_code_still_make_one(sample_repo: Repository) -> None:
    listed = courses(sample_repo, "en", ["HS-310", "TR-110"])
    huge = Words(heading="x" * CAPACITY, sign_up="", school="%1")
    assert payload(listed, None, huge, "en") == "HS-310"
    assert payload(listed, None, SPANISH, "en", "https://x.example/" + "l" * CAPACITY) == "HS-310"


def test_a_link_names_codes_school_and_language(sample_repo: Repository) -> None:
    listed = courses(sample_repo, "es", ["HS-310", "TR-110"])
    chosen = school(sample_repo, "es", "CKM")
    assert payload(listed, chosen, SPANISH, "es", "https://cte.example.org/catalog") == (
        "https://cte.example.org/catalog/list.html#c=HS-310,TR-110&s=CKM&l=es"
    )
    # No school chosen, and the folder's address written with its closing slash.
    assert payload(listed[:1], None, CHINESE, "zh-Hans", "https://x.example/pub/") == (
        "https://x.example/pub/list.html#c=HS-310&l=zh-Hans"
    )


def test_a_long_link_keeps_the_first_codes(sample_repo: Repository) -> None:
    listed = every_course(sample_repo, "en")
    text = payload(listed, None, SPANISH, "en", "https://cte.example.org/list")
    assert fits(text) and not fits(text + "," + listed[-1].code)
    codes = text.split("#c=")[1].split("&")[0].split(",")
    assert codes == [c.code for c in listed[: len(codes)]] and len(codes) < len(listed)


def test_capacity_is_what_the_largest_allowed_version_holds() -> None:
    assert encode("a" * CAPACITY).version == MAX_VERSION
    assert encode("a" * (CAPACITY + 1)).version == MAX_VERSION + 1
    # Bytes, not characters: Chinese takes three bytes a character in UTF-8.
    chinese = "課" * (CAPACITY // 3)
    assert fits(chinese) and not fits(chinese + "課")
    assert encode(chinese).version == MAX_VERSION


def test_a_short_text_makes_a_full_qr_code_not_a_micro_one() -> None:
    code = encode("HS-310")
    assert not code.is_micro
    assert code.version == 1
