"""A Catalog window button is named by its words alone: no accelerator, no trailing dots."""

from __future__ import annotations

import pytest

from kiosk.catalogapp.widgets import spoken


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("&Open workbook...", "Open workbook"),
        ("Pu&blish", "Publish"),
        ("發佈(&B)", "發佈"),
        ("以学生身份查看(&S)", "以学生身份查看"),
        ("Salt && &Pepper", "Salt & Pepper"),
        ("Check", "Check"),
    ],
)
def test_the_name_is_the_words_staff_read(text: str, name: str) -> None:
    assert spoken(text) == name
