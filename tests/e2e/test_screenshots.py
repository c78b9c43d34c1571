"""`kiosk-admin screenshots`: the kiosk started as a process renders every screen to PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.admin.cli import main
from kiosk.ui.theme import HIGH_CONTRAST, PALETTES, STANDARD


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().out.splitlines()


def test_screenshots_of_every_screen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shots"
    code, lines = run(capsys, "screenshots", str(out), "--lang", "es", "--size", "1366x768")
    assert (code, lines) == (0, ["shots: 26 screenshots written"])
    pictures = sorted(p.name for p in out.glob("*.png") if not p.name.startswith("catalog-"))
    assert pictures[0] == "01-attract-es-1366x768.png"
    assert "11-counselor-es-1366x768.png" in pictures
    assert "09-course-careers-es-1366x768.png" in pictures  # the careers and their pay
    assert pictures[-1] == "16-admin-panel-es-1366x768.png"
    image = QImage(str(out / "02-home-es-1366x768.png"))
    assert (image.width(), image.height()) == (1366, 768)
    assert image.pixelColor(683, 760).name().upper() == PALETTES[STANDARD]["page"]
    # The staff's Catalog window, in the same language: the real window's own text.
    catalog = sorted(p.name for p in out.glob("catalog-*.png"))
    names = ("01-open", "02-problems", "03-changes", "04-published", "05-first-key", "06-key")
    assert catalog == [f"catalog-{name}-es.png" for name in names]
    assert QImage(str(out / "catalog-02-problems-es.png")).width() == 1100
    code, lines = run(
        capsys,
        *("screenshots", str(out), "--lang", "es", "--size", "1366x768"),
        *("--text-size", "200", "--contrast", "high"),
    )
    assert (code, lines) == (0, ["shots: 46 screenshots written"])  # no new catalog ones
    image = QImage(str(out / "02-home-es-1366x768-200-high.png"))
    assert image.pixelColor(683, 760).name().upper() == PALETTES[HIGH_CONTRAST]["page"]


def test_screenshots_refuse_a_broken_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[ui]\nlangauges = ['en']\n")
    out = tmp_path / "shots"
    code, lines = run(capsys, "screenshots", str(out), "--lang", "en", "--config", str(config))
    assert code == 1 and "ui.langauges: unknown key" in lines[-1]
    assert not list(out.glob("*.png"))
