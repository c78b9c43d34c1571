"""Whatever text staff type comes out of the catalog exactly as typed, from .xlsx and from a
UTF-8 CSV folder alike: CJK, Vietnamese, Hmong, emoji, no-break spaces, leading zeros, commas,
quotes and line breaks included."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.catalog.build import build_catalog
from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from tests.helpers.catalogs import Sheets, tiny, write_csv_folder, write_xlsx

# What a cell may hold and still be valid plain text: no HTML (<, &), no characters that do not
# show. A "?" is what was typed in a UTF-8 file that holds any other letter; in a file of ASCII
# only, "??" could be letters a code page lost, so the ASCII-only offerings notes go without.
_SPECIAL = [*"0,;'\"“”‘’«»¿¡?!:()/%$#-_ \u00a0\n", "🙂", "👩🏽\u200d🔧", "₫", "€"]
_WORDS = ["護理", "汽车维修", "Công nghệ ô tô", "Kev kawm txuj ci", "Enfermería", "0101", "1,234"]
_CHAR = st.one_of(
    st.sampled_from(_SPECIAL),
    st.characters(categories=("L", "N", "Mn", "So"), exclude_characters="<&"),
)
_FORMULA_START = re.compile(r"[=+@]|-[^\s\d]")


@st.composite
def staff_text(draw: st.DrawFn, max_length: int, *, questions: bool = True) -> str:
    parts = draw(st.lists(st.one_of(_CHAR, st.sampled_from(_WORDS)), min_size=1, max_size=12))
    text = "".join(parts).strip()[:max_length].strip()
    if not questions:
        text = text.replace("?", "").strip()
    if not text or _FORMULA_START.match(text):
        return "A" + text[: max_length - 1] if text else "0"
    return text


_CODE = st.from_regex(r"0[0-9]{2,4}-[A-Z0-9]{1,6}", fullmatch=True)


def _with_course(
    code: str, title: str, title_zh: str, description: str, description_vi: str, notes: str
) -> Sheets:
    sheets = tiny()
    course = sheets["courses"][0]
    course.update(
        code=code,
        title=title,
        title_zh=title_zh,
        description=description,
        description_vi=description_vi,
        prerequisites=description[:300],
    )
    for offering in sheets["offerings"]:
        if offering["course"] == "HS-110":
            offering["course"] = code
    sheets["offerings"][0]["notes"] = notes
    return sheets


def _read_back(source: Path, out: Path, code: str) -> tuple[str, ...]:
    result = validate(read_workbook(source))
    assert result.ok, [str(p) for p in result.errors]
    with Repository(build_catalog(result, out)) as repo:
        en, zh, vi = (repo.course(code, lang) for lang in ("en", "zh", "vi"))
        assert en is not None and zh is not None and vi is not None
        notes = next(o.notes for o in en.offerings if o.school_code == "AAA")
        return en.code, en.title, zh.title, en.description, vi.description, en.prerequisites, notes


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    code=_CODE,
    title=staff_text(100),
    title_zh=staff_text(100),
    description=staff_text(800),
    description_vi=staff_text(800),
    notes=staff_text(200, questions=False),
)
def test_staff_text_reads_back_exactly_from_xlsx_and_csv(
    code: str, title: str, title_zh: str, description: str, description_vi: str, notes: str
) -> None:
    sheets = _with_course(code, title, title_zh, description, description_vi, notes)
    typed = (code, title, title_zh, description, description_vi, description[:300].strip(), notes)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        from_xlsx = _read_back(write_xlsx(base / "book.xlsx", sheets), base / "x.catalog", code)
        from_csv = _read_back(write_csv_folder(base / "csv", sheets), base / "c.catalog", code)
    assert from_xlsx == typed
    assert from_csv == typed
