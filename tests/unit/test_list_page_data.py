"""The list page's files as publish writes them: the JSON says what the kiosk's own queries
say, course by course and language by language; old versions go, other people's files stay."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from kiosk.catalog.build import build_catalog
from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import LIST_PAGE, TRANSLATIONS
from kiosk.sync import listpage
from kiosk.sync.keys import generate
from kiosk.sync.listpage import GENERATOR, page_files, shard_of, write_list_page
from kiosk.sync.manifest import MANIFEST_NAME
from kiosk.sync.pagewords import WORDS, page_words
from kiosk.sync.publish import PublishError, publish
from tests.helpers.catalogs import tiny, write_csv_folder


def read(folder: Path, name: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads((folder / name).read_text("utf-8"))
    return value


def shown(texts: dict[str, dict[str, Any]], lang: str, field: str) -> Any:
    """What the page shows: the language's field, else English's (list.js does the same)."""
    return texts.get(lang, {}).get(field, texts["en"].get(field))


def all_courses(folder: Path, index: dict[str, Any]) -> dict[str, Any]:
    courses: dict[str, Any] = {}
    for number in range(index["shards"]):
        shard = read(folder, f"list-v{index['version']}-{number}.json")
        assert shard["version"] == index["version"]
        for code in shard["courses"]:
            assert shard_of(code, index["shards"]) == number, code
        courses |= shard["courses"]
    return courses


def test_every_course_reads_as_the_kiosk_reads_it(sample_catalog: Path, tmp_path: Path) -> None:
    files = write_list_page(sample_catalog, tmp_path, 7)
    index = read(tmp_path, "list-v7.json")
    assert index["shards"] == files.shards == 1  # a district's catalog is one file
    courses = all_courses(tmp_path, index)
    with Repository(sample_catalog) as repo:
        assert index["languages"] == list(repo.languages)
        assert len(courses) == repo.count("course")
        checked_pay = 0
        for code, page in courses.items():
            for lang in repo.languages:
                course = repo.course(code, lang)
                assert course is not None
                text = page["text"]
                assert shown(text, lang, "title") == course.title
                assert shown(text, lang, "description") == course.description
                assert shown(text, lang, "prerequisites") == course.prerequisites
                assert tuple(shown(text, lang, "certifications")) == course.certifications
                assert shown(text, lang, "pathway") == course.pathway.name
                assert shown(text, lang, "sector") == course.pathway.sector_name
                assert [(o["school"], o["term"]) for o in page["offerings"]] == [
                    (o.school_code, o.term) for o in course.offerings
                ]
                for offering, theirs in zip(page["offerings"], course.offerings, strict=True):
                    notes = offering["notes"]
                    assert notes.get(lang, notes.get("en", "")) == theirs.notes
                assert page["careers"] == [c.code for c in course.careers]
                for career_code, theirs in zip(page["careers"], course.careers, strict=True):
                    career = index["careers"][career_code]
                    assert shown(career["text"], lang, "title") == theirs.title
                    assert shown(career["text"], lang, "education") == theirs.education
                    pay = career["pay"]
                    if theirs.pay is None:
                        assert pay is None
                        continue
                    assert (pay["median"], pay["median_top"]) == (
                        theirs.pay.median.amount,
                        theirs.pay.median.at_least,
                    )
                    assert (pay["p25"], pay["p75"], pay["hourly"], pay["jobs"]) == (
                        theirs.pay.p25.amount,
                        theirs.pay.p75.amount,
                        theirs.pay.hourly,
                        theirs.pay.jobs,
                    )
                    assert (pay["scope"], pay["place"]) == (theirs.pay.scope, theirs.pay.place)
                    checked_pay += 1
            assert (page["hs_credits"], page["college_credit"], page["cve"]) == (
                course.hs_credits,
                course.college_credit,
                course.cve,
            )
        assert checked_pay > 0  # the sample's careers are paid from its wage file
        for school in repo.schools("en"):
            mine = index["schools"][school.code]
            assert mine["name"] == school.name
            for lang in repo.languages:
                theirs = repo.school(school.code, lang)
                assert theirs is not None
                office = mine["office"]
                assert shown(office, lang, "location") == theirs.counseling.location
                assert shown(office, lang, "booking") == theirs.counseling.booking
        assert list(index["schools"]) == [s.code for s in repo.schools("en")]


def test_the_page_speaks_every_language_in_the_kiosks_words(
    sample_catalog: Path, tmp_path: Path
) -> None:
    write_list_page(sample_catalog, tmp_path, 1)
    index = read(tmp_path, "list-v1.json")
    words = index["words"]
    for lang in index["languages"]:
        assert set(words[lang]) == set(WORDS)
        assert index["names"][lang] and index["locale"][lang] and index["html_lang"][lang]
    assert index["html_lang"]["zh"] == "zh-Hant"
    # Word for word what Qt's translator gives the kiosk from the compiled .qm files.
    for lang in index["languages"]:
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"kiosk_{lang}.qm"))
        for key, word in WORDS.items():
            if word.plural:
                forms = words[lang][key]
                one, many = (
                    translator.translate(word.context, word.source, None, n) for n in (1, 5)
                )
                assert (one, many) == (forms[0], forms[-1]), (lang, key)
            else:
                qt = translator.translate(word.context, word.source, word.comment or None)
                assert words[lang][key] == (qt or word.source), (lang, key)
    assert words["es"]["careers"] != words["en"]["careers"]
    assert words["en"]["pay_jobs_area"] == ["%n job here", "%n jobs here"]
    assert len(words["vi"]["pay_jobs_area"]) == 1  # Vietnamese has one plural form
    assert page_words()["es"]["print"] == "Imprimir esta lista"
    assert index["credits"]["es"][0].startswith("Salarios:")


def test_the_page_files_are_the_resources_with_the_version_filled_in(
    sample_catalog: Path, tmp_path: Path
) -> None:
    files = write_list_page(sample_catalog, tmp_path, 12)
    page = (tmp_path / LIST_PAGE).read_text("utf-8")
    assert "{{VERSION}}" not in page and "list-v12" in page and GENERATOR in page
    for name in listpage.ASSETS:
        assert (tmp_path / name).read_bytes() == (listpage.LIST_PAGE_FILES / name).read_bytes()
    assert sorted(p.name for p in page_files(tmp_path, 12)) == sorted(files.names)
    assert files.size == sum(p.stat().st_size for p in page_files(tmp_path, 12))


def test_a_large_catalog_is_cut_into_shards_by_code(
    sample_catalog: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listpage, "ONE_FILE_BYTES", 0)
    monkeypatch.setattr(listpage, "SHARD_BYTES", 40_000)
    files = write_list_page(sample_catalog, tmp_path, 3)
    index = read(tmp_path, "list-v3.json")
    assert index["shards"] == files.shards > 3
    courses = all_courses(tmp_path, index)  # each code in the shard its hash names
    with Repository(sample_catalog) as repo:
        assert len(courses) == repo.count("course")


def test_the_shard_hash_is_fnv1a() -> None:
    # FNV-1a's published test values: list.js computes the same.
    assert shard_of("", 2**32) == 0x811C9DC5
    assert shard_of("a", 2**32) == 0xE40C292C
    assert shard_of("foobar", 2**32) == 0xBF9CF968


def published_sample(folder: Path, version: int | None = None) -> None:
    validation = validate(read_workbook(write_csv_folder(folder.parent / "book", tiny())))
    publish(validation, KEY, folder, version=version)


KEY = generate()


def test_publish_keeps_the_page_of_the_previous_version_only(tmp_path: Path) -> None:
    pub = tmp_path / "pub"
    for _ in range(3):
        published_sample(pub)
    names = {p.name for p in pub.glob("list-v*.json")}
    assert names == {"list-v2.json", "list-v2-0.json", "list-v3.json", "list-v3-0.json"}
    assert "list-v3" in (pub / LIST_PAGE).read_text("utf-8")
    # Somebody's own file under such a name stays.
    (pub / "list-v1.json").write_text('{"mine": true}')
    published_sample(pub)
    assert (pub / "list-v1.json").exists() and not (pub / "list-v2.json").exists()


def test_somebody_elses_list_page_is_never_overwritten(tmp_path: Path) -> None:
    pub = tmp_path / "pub"
    pub.mkdir()
    (pub / LIST_PAGE).write_text("<html>our school's own list</html>")
    with pytest.raises(PublishError, match="list.html .* is not our list page"):
        published_sample(pub)
    assert (pub / LIST_PAGE).read_text() == "<html>our school's own list</html>"
    assert not (pub / MANIFEST_NAME).exists()  # nothing was published


def test_publish_without_the_compiled_words_says_how_to_make_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kiosk.sync.pagewords.TRANSLATIONS", tmp_path / "none")
    with pytest.raises(PublishError, match=r"translations\.py build"):
        published_sample(tmp_path / "pub")
    assert not (tmp_path / "pub" / MANIFEST_NAME).exists()


def test_offerings_read_in_the_kiosks_order_whatever_the_sheets_order(tmp_path: Path) -> None:
    sheets = tiny()
    others = [o for o in sheets["offerings"] if o["course"] != "HS-110"]
    sheets["offerings"] = [
        *others,
        {"course": "HS-110", "school": "BBB", "term": "summer"},
        {"course": "HS-110", "school": "BBB", "term": "school_year"},
        {
            "course": "HS-110",
            "school": "AAA",
            "term": "summer",
            "notes": "July",
            "notes_es": "Julio",
        },
        {"course": "HS-110", "school": "AAA", "term": "school_year"},
    ]
    validation = validate(read_workbook(write_csv_folder(tmp_path / "book", sheets)))
    catalog = build_catalog(validation, tmp_path / "tiny.catalog")
    (tmp_path / "pub").mkdir()
    write_list_page(catalog, tmp_path / "pub", 1)
    course = all_courses(tmp_path / "pub", read(tmp_path / "pub", "list-v1.json"))["HS-110"]
    with Repository(catalog) as repo:
        theirs = repo.course("HS-110", "es")
        assert theirs is not None
        assert [(o["school"], o["term"]) for o in course["offerings"]] == [
            (o.school_code, o.term) for o in theirs.offerings
        ]
        assert [o["notes"].get("es", "") for o in course["offerings"]] == [
            o.notes for o in theirs.offerings
        ]


def test_every_word_of_the_page_is_used_by_its_script() -> None:
    # A word list.js never shows is a translation nobody needs.
    script = (listpage.LIST_PAGE_FILES / "list.js").read_text("utf-8")
    assert [key for key in WORDS if f'"{key}"' not in script] == []
