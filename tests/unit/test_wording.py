"""Every problem and every unreadable workbook carries the template its English was filled
from, so that the Catalog window can say it in another language; the English stays the same."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kiosk.catalog
from kiosk.catalog import wording as w
from kiosk.catalog.records import Problem
from kiosk.catalog.wording import TEMPLATES, Wording, fill
from kiosk.catalog.workbook import WorkbookError, read_workbook
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.checks import check

CORE = Path(kiosk.catalog.__file__).parent


def faulty(folder: Path) -> Path:
    """A workbook with a problem of many kinds: bad cells, unknown codes, a missing sheet."""
    sheets = tiny()
    courses = sheets["courses"]
    courses[0]["grade_min"] = "eleven"
    courses[0]["hs_credits"] = "7,5"
    courses[1]["grade_max"] = "9"
    courses[1]["description"] = "<b>bold</b>"
    courses[1]["college_credit"] = "maybe"
    courses[1]["code"] = courses[0]["code"]
    sheets["offerings"][0]["school"] = "ZZZ"
    sheets["faq"][0]["bogus"] = "x"
    sheets["extra"] = [{"a": "b"}]
    del sheets["careers"]
    return write_csv_folder(folder, sheets)


def assert_worded(problem: Problem) -> None:
    for wording, text in (
        (problem.message_wording, problem.message),
        (problem.expected_wording, problem.expected),
    ):
        assert wording is not None, str(problem)
        assert wording.template in TEMPLATES
        assert wording.text() == text


def test_every_problem_carries_the_templates_its_english_is_filled_from(tmp_path: Path) -> None:
    problems = check(faulty(tmp_path / "book")).problems
    assert len(problems) >= 10
    for problem in problems:
        assert_worded(problem)
    grade = next(p for p in problems if p.column == "grade_min")
    assert grade.message == '"eleven" is not a number'
    assert grade.message_wording == Wording(w.NOT_A_NUMBER, (("cell", "eleven"),))
    assert grade.expected_wording == Wording.of(w.WHOLE_FROM, low="9", high="12")


@pytest.mark.parametrize(
    ("name", "content", "template"),
    [
        ("missing.xlsx", None, w.NO_SUCH_PATH),
        ("old.xls", b"x", w.REFUSED_FORMAT),
        ("broken.xlsx", b"this is not a zip file", w.NOT_AN_XLSX),
        ("notes.txt", b"x", w.NOT_A_WORKBOOK),
    ],
)
def test_a_workbook_that_cannot_be_read_says_why_from_a_template(
    tmp_path: Path, name: str, content: bytes | None, template: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(WorkbookError) as refused:
        read_workbook(path)
    assert refused.value.wording.template == template
    assert str(refused.value) == refused.value.wording.text()
    assert name in str(refused.value)


def test_a_binary_csv_file_says_why_from_a_template(tmp_path: Path) -> None:
    folder = write_csv_folder(tmp_path / "book", tiny())
    (folder / "courses.csv").write_bytes(b"\x00\x01\x02")
    with pytest.raises(WorkbookError) as refused:
        read_workbook(folder)
    assert refused.value.wording == Wording.of(w.BINARY_FILE, file="courses.csv")


def test_a_template_is_filled_once_and_keeps_a_name_it_has_no_value_for() -> None:
    assert fill("{cell} and {other}", {"cell": "{other}"}) == "{other} and {other}"
    assert Wording.of(w.OUT_OF_RANGE, cell="{cell}").text() == "{cell} is out of range"


def _called(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name):
        return f"{function.value.id}.{function.attr}"
    return function.id if isinstance(function, ast.Name) else ""


def unworded(path: Path) -> list[str]:
    """Where `path` makes a problem or a wording whose text is no template of the wording
    module: Problem(...) rather than Problem.worded(...), or a template written in place."""
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call):
            continue
        called = _called(call)
        first = call.args[0] if call.args else None
        if called == "Problem":
            found.append(f"{path.name}:{call.lineno}: Problem(...)")
        elif called in ("Wording.of", "Wording") and not isinstance(
            first, ast.Attribute | ast.Name | ast.Subscript
        ):
            found.append(f"{path.name}:{call.lineno}: a template written in place")
    return found


def test_the_core_words_every_problem_with_a_template_of_the_wording_module() -> None:
    files = sorted(CORE.glob("*.py"))
    assert any(f.name == "validate.py" for f in files)  # the walk found the core
    assert [line for path in files for line in unworded(path)] == []


def test_the_check_finds_a_problem_made_without_a_template(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        'Problem("s", 1, "c", "wrong", "expected")\n'
        'Wording.of(f"{x} is bad")\n'
        "Wording.of(w.NOT_A_NUMBER, cell=x)\n"
    )
    assert unworded(bad) == [
        "bad.py:1: Problem(...)",
        "bad.py:2: a template written in place",
    ]
