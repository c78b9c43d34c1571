"""Keywords: the words students use for a course or a pathway, declared once, in the template,
searched in every language, read back by the diff tool; and catalogs built before them still
open, search and compare."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from kiosk.catalog.build import build_catalog
from kiosk.catalog.readback import read_snapshot
from kiosk.catalog.repository import Repository
from kiosk.catalog.snapshot import snapshot_of
from kiosk.catalog.template import write_template
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from tests.helpers.catalogs import Sheets, tiny, write_csv_folder


def built(tmp_path: Path, sheets: Sheets, name: str = "k.catalog") -> Path:
    result = validate(read_workbook(write_csv_folder(tmp_path / name.replace(".", "-"), sheets)))
    assert result.ok, [str(p) for p in result.errors]
    assert result.warnings == []
    return build_catalog(result, tmp_path / name)


def codes(path: Path, typed: str, lang: str = "en") -> list[str]:
    with Repository(path) as repo:
        return [hit.course.code for hit in repo.search(typed, lang)]


def test_course_and_pathway_keywords_are_found_in_any_language(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][0]["keywords"] = "CNA; scrubs"
    # Only in Spanish: keywords are never shown, so they need no English text to fall back to.
    sheets["courses"][1]["keywords_es"] = "carro; coche"
    path = built(tmp_path, sheets)
    assert codes(path, "scrubs") == ["HS-110"]
    assert codes(path, "coche", "en") == ["TR-210"]
    assert codes(path, "coches", "es") == ["TR-210"]
    assert codes(path, "mechanic") == ["TR-210"]  # the pathway's keywords


def test_a_workbook_that_calls_pathway_keywords_aliases_reads_the_same(tmp_path: Path) -> None:
    sheets = tiny()
    for pathway in sheets["pathways"]:
        pathway["aliases"] = pathway.pop("keywords")
        pathway["aliases_es"] = pathway.pop("keywords_es")
    old = validate(read_workbook(write_csv_folder(tmp_path / "old", sheets)))
    new = validate(read_workbook(write_csv_folder(tmp_path / "new", tiny())))
    assert old.ok and old.warnings == []
    assert snapshot_of(old) == snapshot_of(new)
    assert snapshot_of(new).items("pathways")["HS-PC"]["keywords_es"] == "enfermera; hospital"


def test_the_template_has_keyword_columns(tmp_path: Path) -> None:
    write_template(tmp_path / "t.xlsx")
    book = load_workbook(tmp_path / "t.xlsx")
    for sheet in ("courses", "pathways"):
        headers = [c.value for c in book[sheet][1]]
        assert {"keywords", "keywords_es", "keywords_vi"} <= set(headers), sheet
        assert "aliases" not in headers


def test_the_diff_tool_reads_keywords_back(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][1]["keywords_vi"] = "xe hơi"
    path = built(tmp_path, sheets)
    snapshot = read_snapshot(path)
    assert snapshot.items("courses")["TR-210"]["keywords_vi"] == "xe hơi"
    assert snapshot.items("pathways")["TR-SDSR"]["keywords"] == "cars; mechanic"


def older_catalog(path: Path, tmp_path: Path) -> Path:
    """A copy of `path` as catalogs were built before keywords and ranked search words."""
    copy = tmp_path / "older.catalog"
    copy.write_bytes(path.read_bytes())
    db = sqlite3.connect(copy)
    db.execute("ALTER TABLE course_text DROP COLUMN keywords")
    db.execute("ALTER TABLE search_doc DROP COLUMN words")
    db.commit()
    db.close()
    return copy


def test_a_catalog_built_before_keywords_still_opens_searches_and_compares(
    tiny_catalog: Path, tmp_path: Path
) -> None:
    older = older_catalog(tiny_catalog, tmp_path)
    with Repository(older) as repo:
        assert [h.course.code for h in repo.search("nursing", "en")][:1] == ["HS-110"]
        assert [h.course.code for h in repo.search("enfermeria", "en")][:1] == ["HS-110"]
        assert repo.course("TR-210", "es") is not None
    # Nothing was typed in a column the file does not have: it reads like the new one.
    assert read_snapshot(older) == read_snapshot(tiny_catalog)


def test_the_kiosk_searches_pinyin_without_loading_the_pinyin_library(
    sample_catalog: Path,
) -> None:
    # The pinyin is made when a catalog is built; a kiosk only reads it from the index.
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kiosk.catalog.repository import Repository\n"
        f"repo = Repository(Path({str(sample_catalog)!r}))\n"
        "print(repo.search('hushi', 'zh')[0].course.code)\n"
        "print(sorted(m for m in sys.modules if m.startswith('pypinyin')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines() == ["HS-310", "[]"]
