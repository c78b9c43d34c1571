"""What students type finds what they mean: queries in every language, as students at a kiosk
type them, against the courses they mean, on the sample catalog (its keywords included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.catalog.build import build_catalog
from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from tests.helpers.catalogs import tiny, write_csv_folder

# Courses a student means by "car" or "mechanic": any of them will do.
AUTOMOTIVE = ("TR-110", "TR-210", "TR-310", "TR-120", "TR-220")
# (what a student typed, the kiosk's language, the course or courses they mean: one of them
# expected in the top 3)
STUDENT_QUERIES: list[tuple[str, str, str | tuple[str, ...]]] = [
    # English
    ("car", "en", AUTOMOTIVE),
    ("cars", "en", AUTOMOTIVE),
    ("mechanic", "en", AUTOMOTIVE),
    ("hacker", "en", "ICT-320"),
    ("hacking", "en", "ICT-320"),
    ("nurse", "en", "HS-310"),
    ("nurses", "en", "HS-310"),
    ("cna", "en", "HS-310"),
    ("vet", "en", "AG-210"),
    ("chef", "en", "HTR-110"),
    ("cooking", "en", "HTR-110"),
    ("police", "en", "PS-110"),
    ("firefighter", "en", "PS-120"),
    ("ambulance", "en", "PS-220"),
    ("coding", "en", "ICT-110"),
    ("video games", "en", "AME-120"),
    ("hair", "en", "FID-130"),
    ("babysitting", "en", "ED-110"),
    ("lawyer", "en", "PS-130"),
    ("weld", "en", "MPD-110"),
    ("teacher", "en", "ED-120"),
    ("solar panels", "en", "EEU-220"),
    ("robots", "en", "EA-210"),
    ("computer repair", "en", "ICT-120"),
    ("hs 310", "en", "HS-310"),
    # Spanish, in Spanish and in English mode
    ("enfermeria", "en", "HS-310"),
    ("enfermera", "es", "HS-310"),
    ("enfermeras", "es", "HS-310"),
    ("carro", "es", AUTOMOTIVE),
    ("carro", "en", AUTOMOTIVE),
    ("soldadura", "en", "MPD-110"),
    ("cocina", "es", "HTR-110"),
    ("bombero", "es", "PS-120"),
    ("policía", "es", "PS-110"),
    ("peluqueria", "es", "FID-130"),
    ("programación", "es", "ICT-110"),
    ("abogado", "es", "PS-130"),
    ("veterinario", "es", "AG-210"),
    ("nurse", "es", "HS-310"),
    # Hmong
    ("nais maum", "hmn", "HS-310"),
    ("nais maum", "en", "HS-310"),
    ("kho tsheb", "hmn", AUTOMOTIVE),
    ("ua noj", "hmn", "HTR-110"),
    ("tub ceev xwm", "hmn", "PS-110"),
    ("kws kho tsiaj", "hmn", "AG-210"),
    # Chinese in characters, Traditional and Simplified, either way round
    ("護士", "zh", "HS-310"),
    ("護理", "zh", "HS-310"),
    ("护士", "zh-Hans", "HS-310"),
    ("护士", "zh", "HS-310"),
    ("汽車", "zh", AUTOMOTIVE),
    ("駭客", "zh", "ICT-320"),
    ("廚師", "zh", "HTR-110"),
    ("警察", "zh", "PS-110"),
    # Chinese in pinyin, the only way to type it on the kiosk's keyboard
    ("hushi", "zh", "HS-310"),
    ("hu shi", "zh", "HS-310"),
    ("hushi", "en", "HS-310"),
    ("qiche", "zh", AUTOMOTIVE),
    ("xiuche", "zh", AUTOMOTIVE),
    ("chushi", "zh", "HTR-110"),
    ("jingcha", "zh", "PS-110"),
    ("haike", "zh", "ICT-320"),
    ("heike", "zh-Hans", "ICT-320"),
    ("hanjie", "zh", "MPD-110"),
    ("shouyi", "zh", "AG-210"),
    # Vietnamese with tones and without
    ("y tá", "vi", "HS-310"),
    ("y ta", "vi", "HS-310"),
    ("y ta", "en", "HS-310"),
    ("điều dưỡng", "vi", "HS-310"),
    ("dieu duong", "vi", "HS-310"),
    ("xe hơi", "vi", AUTOMOTIVE),
    ("xe hoi", "vi", AUTOMOTIVE),
    ("sua xe", "vi", AUTOMOTIVE),
    ("nấu ăn", "vi", "HTR-110"),
    ("nau an", "vi", "HTR-110"),
    ("cảnh sát", "vi", "PS-110"),
    ("canh sat", "vi", "PS-110"),
    ("thu y", "vi", "AG-210"),
    ("lính cứu hỏa", "vi", "PS-120"),
    ("linh cuu hoa", "vi", "PS-120"),
    ("tin tac", "vi", "ICT-320"),
]


def top(repo: Repository, typed: str, lang: str, n: int = 3) -> list[str]:
    return [hit.course.code for hit in repo.search(typed, lang)][:n]


def test_the_queries_cover_every_language() -> None:
    assert len(STUDENT_QUERIES) >= 40
    assert {lang for _, lang, _ in STUDENT_QUERIES} == {"en", "es", "hmn", "zh", "zh-Hans", "vi"}


@pytest.mark.parametrize(("typed", "lang", "meant"), STUDENT_QUERIES)
def test_a_student_query_finds_the_course_meant(
    sample_repo: Repository, typed: str, lang: str, meant: str | tuple[str, ...]
) -> None:
    wanted = {meant} if isinstance(meant, str) else set(meant)
    assert wanted & set(top(sample_repo, typed, lang)), sample_repo.search(typed, lang)[:3]


def test_car_means_cars_before_careers(sample_repo: Repository) -> None:
    hits = sample_repo.search("car", "en")
    automotive = [i for i, h in enumerate(hits) if h.course.pathway_code.startswith("TR-S")]
    careers = [i for i, h in enumerate(hits) if "Careers" in h.course.title]
    assert automotive[0] == 0
    assert careers and max(automotive) < min(careers)


def test_y_ta_is_the_nurse_before_the_vet(sample_repo: Repository) -> None:
    for typed in ("y ta", "y tá"):
        found = top(sample_repo, typed, "vi", n=30)
        assert found[0] == "HS-310"
        assert found.index("HS-310") < found.index("AG-310")


def test_whole_words_before_prefixes_and_titles_before_descriptions(
    sample_repo: Repository,
) -> None:
    # "nurse" is a word of the Nursing Assistant's keywords and of other health courses'
    # text; "nurse" is only the start of "nursery" in a title.
    hits = sample_repo.search("nurse", "en")
    assert [h.course.code for h in hits][:1] == ["HS-310"]
    assert [h.matched for h in hits][:2] == ["title", "text"]
    order = [h.course.code for h in hits]
    assert order.index("HS-210") < order.index("AG-220")  # text word < title prefix


def test_singular_and_plural_alike(sample_repo: Repository) -> None:
    assert top(sample_repo, "robot", "en") == top(sample_repo, "robots", "en")
    assert top(sample_repo, "carros", "es")[0] == top(sample_repo, "carro", "es")[0]


def test_the_interface_language_comes_first(tmp_path: Path) -> None:
    # One word, a keyword of one course in English and of another in Spanish.
    sheets = tiny()
    nursing, auto = sheets["courses"]
    nursing.update({"keywords": "hospital", "keywords_es": "enfermera"})
    auto["keywords_es"] = "hospital"
    result = validate(read_workbook(write_csv_folder(tmp_path / "book", sheets)))
    with Repository(build_catalog(result, tmp_path / "two.catalog")) as repo:
        assert top(repo, "hospital", "en") == ["HS-110", "TR-210"]
        assert top(repo, "hospital", "es") == ["TR-210", "HS-110"]


def test_a_short_start_of_a_word_stays_in_the_interface_language(
    sample_repo: Repository,
) -> None:
    # "an" is on its way to "animal", not the Vietnamese "an" of "an ninh mạng" (security).
    assert top(sample_repo, "an", "en", n=1) != ["ICT-320"]
    assert top(sample_repo, "com", "en", n=1)[0].startswith("ICT-")


def test_a_word_in_most_descriptions_is_still_the_start_of_a_title(
    sample_repo: Repository,
) -> None:
    # "the" is a whole word of nearly every description, and the start of "Theater".
    assert top(sample_repo, "the", "en", n=1) == ["AME-130"]


def test_several_words_in_a_title_before_the_same_words_apart(sample_repo: Repository) -> None:
    # On the way to "auto technology": both words begin words of these titles.
    assert set(top(sample_repo, "auto tech", "en", n=2)) == {"TR-110", "TR-210"}
