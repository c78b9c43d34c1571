"""Search: accent- and case-insensitive type-ahead over titles, text, pathways, careers and
codes, in every language whatever the student's, and safe for any input."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.catalog.build import build_catalog
from kiosk.catalog.pinyin import pinyin_words
from kiosk.catalog.repository import Repository
from kiosk.catalog.search import code_key, fold, parse_query, word_forms
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from tests.helpers.catalogs import tiny, write_csv_folder


def codes(repo: Repository, text: str, lang: str = "en") -> list[str]:
    return [hit.course.code for hit in repo.search(text, lang)]


def test_fold_and_code_key() -> None:
    assert fold("Enfermería TÉCNICA") == "enfermeria tecnica"
    assert code_key(" hs-110 ") == code_key("HS110") == "HS110"


@pytest.mark.parametrize("typed", ["enfermeria", "ENFERMERÍA", "Enfermería", "enfer", "enf"])
def test_accents_and_case_do_not_matter(sample_repo: Repository, typed: str) -> None:
    assert "HS-310" in codes(sample_repo, typed, "es")


def test_prefix_type_ahead_narrows_as_you_type(sample_repo: Repository) -> None:
    previous = None
    for typed in ["w", "we", "wel", "weld", "weldi", "welding"]:
        found = set(codes(sample_repo, typed))
        assert {"MPD-110", "MPD-210", "MPD-310"} <= found, typed
        if previous is not None and len(previous) < 30:
            assert found <= previous
        previous = found


def test_title_matches_rank_first(sample_repo: Repository) -> None:
    hits = sample_repo.search("welding", "en")
    kinds = [h.matched for h in hits]
    assert kinds == sorted(kinds, key=["code", "title", "text"].index)
    assert hits[0].course.title.lower().startswith("welding")
    assert {h.course.code for h in hits if h.matched == "title"} >= {"MPD-110", "MPD-210"}


def test_several_words_must_all_match(sample_repo: Repository) -> None:
    assert codes(sample_repo, "culinary arts II")[0] == "HTR-210"
    both = set(codes(sample_repo, "auto painting"))
    assert "TR-220" in both
    assert "TR-110" not in both


def test_descriptions_pathways_and_careers_are_searched(sample_repo: Repository) -> None:
    assert "PS-210" in codes(sample_repo, "detective")  # a career of Crime Scene Investigation
    assert "HS-310" in codes(sample_repo, "patient care")  # its pathway
    assert "AG-110" in codes(sample_repo, "animal caretaker")  # one of its careers
    assert codes(sample_repo, "zzzzqqq") == []


def test_plurals_and_word_endings(sample_repo: Repository) -> None:
    assert "HS-310" in codes(sample_repo, "nurse")  # finds "Nursing Assistant"
    assert "HS-310" in codes(sample_repo, "enfermeras", "es")


def test_course_codes_exact_and_prefix(sample_repo: Repository) -> None:
    assert codes(sample_repo, "HS-310")[0] == "HS-310"
    assert codes(sample_repo, "hs310")[0] == "HS-310"
    prefix = sample_repo.search("HS-1", "en")
    assert {h.course.code for h in prefix if h.matched == "code"} == {"HS-110", "HS-120", "HS-130"}
    assert codes(sample_repo, "TR-")[:1] == ["TR-110"]


def test_every_language_is_searched_whatever_the_interface_language(
    sample_repo: Repository,
) -> None:
    spanish = sample_repo.search("soldadura", "es")
    assert spanish and spanish[0].course.title.startswith("Soldadura")
    # A Spanish word in English mode: the course, shown in English.
    assert [h.course.title for h in sample_repo.search("soldadura", "en")][:1] == ["Welding I"]
    assert codes(sample_repo, "enfermeria", "en")[:1] == ["HS-310"]
    assert "MPD-110" in codes(sample_repo, "welding", "es")  # English words still work
    assert "MPD-110" in codes(sample_repo, "welding", "vi")


@pytest.mark.parametrize(
    "raw",
    [
        "C++",
        '"',
        "'",
        "auto-bo",
        "NEAR(a b)",
        "a OR b",
        "*",
        "^x",
        "(",
        "🙂🙂",
        "x" * 500,
        "-",
        "{title}:x",
        "AND",
        "\x00",
        "   ",
        "",
        "héllo wörld " * 60,
    ],
)
def test_raw_input_never_raises(sample_repo: Repository, raw: str) -> None:
    assert isinstance(sample_repo.search(raw, "es"), list)


def test_search_with_hyphen_means_both_words(sample_repo: Repository) -> None:
    assert "TR-110" in codes(sample_repo, "auto-tech")


def test_limit_is_respected(sample_repo: Repository) -> None:
    assert len(sample_repo.search("a", "en", limit=5)) == 5


def test_query_parsing() -> None:
    query = parse_query("C++ “Nurse” assistant!!")
    assert query.tokens == ("c", "nurse", "assistant")
    assert query.match("title") == '{title} : ("c"* AND ("nurse"* OR "nurs"*) AND "assistant"*)'

    assert parse_query("🙂").empty
    assert parse_query("Car y").match_words("title") == '{title} : (("car" OR "cars") AND ("y"))'


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("car", {"car", "cars"}),
        ("cars", {"cars", "car"}),
        ("bus", {"bus", "buses"}),
        ("cities", {"cities", "city"}),
        ("motores", {"motores", "motor"}),
        ("luz", {"luz", "luces"}),
        ("hospital", {"hospital", "hospitals", "hospitales"}),
        ("ta", {"ta"}),  # a Vietnamese syllable, not an English or Spanish word
        ("護", {"護"}),
    ],
)
def test_singular_and_plural_are_the_same_word(word: str, forms: set[str]) -> None:
    assert forms <= set(word_forms(word))
    assert "cares" not in word_forms("car")  # a three-letter word takes no Spanish -es


def test_pinyin_of_chinese_text() -> None:
    words = pinyin_words("註冊護士 (RN)").split()
    assert words[:4] == ["zhu", "ce", "hu", "shi"]  # the syllables in order, toneless
    assert {"hushi", "zhuce", "zhucehushi"} <= set(words)  # and typed run together
    assert "u" not in words and "rn" not in words  # only the Chinese
    assert pinyin_words("Nursing Assistant") == ""
    # ü is typed as v on pinyin keyboards, and as u by others.
    assert {"lv", "lu"} <= set(pinyin_words("綠").split())
    # Titles: a character's second reading too (銀行 is yinhang, 行 alone mostly xing).
    assert "yinhang" not in pinyin_words("銀行").split()
    assert "yinhang" in pinyin_words("銀行", readings=2).split()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=120), lang=st.sampled_from(["en", "es", "vi", "xx"]))
def test_random_text_never_makes_search_raise(
    sample_repo: Repository, text: str, lang: str
) -> None:
    hits = sample_repo.search(text, lang)
    assert len(hits) <= 30


def test_a_corrupted_index_is_a_catalog_problem_not_a_crash(
    sample_catalog: Path, tmp_path: Path
) -> None:
    # Sanity check that the FTS table really is used: drop it in a copy and search fails loudly.
    copy = tmp_path / "copy.catalog"
    copy.write_bytes(sample_catalog.read_bytes())
    db = sqlite3.connect(copy)
    db.execute("DROP TABLE course_fts")
    db.commit()
    db.close()
    with Repository(copy) as repo, pytest.raises(sqlite3.OperationalError):
        repo.search("welding", "en")


@pytest.fixture
def five_language_repo(tmp_path: Path) -> Iterator[Repository]:
    sheets = tiny()
    nursing, auto = sheets["courses"][0], sheets["courses"][1]
    nursing.update(
        {
            "title_zh": "護理入門",
            "title_zh-Hans": "护理入门",
            "title_vi": "Điều dưỡng cơ bản",
            "title_hmn": "Kev Saib Xyuas Neeg Mob",
        }
    )
    auto.update({"title_zh": "汽車技術", "title_vi": "Công nghệ ô tô"})
    result = validate(read_workbook(write_csv_folder(tmp_path / "book", sheets)))
    assert result.ok, [str(p) for p in result.errors]
    with Repository(build_catalog(result, tmp_path / "five.catalog")) as repo:
        yield repo


@pytest.mark.parametrize(
    ("typed", "lang", "found"),
    [
        ("護理", "zh", "護理入門"),  # the start of a run of characters
        ("入門", "zh", "護理入門"),  # and the middle of one: each character is a word
        ("护理", "zh-Hans", "护理入门"),
        ("汽", "zh", "汽車技術"),
        ("dieu duong", "vi", "Điều dưỡng cơ bản"),  # đ typed as d, tones left out
        ("Điều", "vi", "Điều dưỡng cơ bản"),
        ("cong nghe", "vi", "Công nghệ ô tô"),
        ("saib xyuas", "hmn", "Kev Saib Xyuas Neeg Mob"),
    ],
)
def test_chinese_vietnamese_and_hmong_are_searchable(
    five_language_repo: Repository, typed: str, lang: str, found: str
) -> None:
    assert [hit.course.title for hit in five_language_repo.search(typed, lang)] == [found]


def test_a_language_without_text_falls_back_to_english_titles(
    five_language_repo: Repository,
) -> None:
    # TR-210 has no Hmong title: Hmong search still finds it by its English one.
    assert [h.course.title for h in five_language_repo.search("auto", "hmn")] == ["Auto Technology"]
