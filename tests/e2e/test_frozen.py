"""The frozen bundle, built with the real PyInstaller from build_kiosk.spec: both programs
start, the kiosk's self-test is healthy and kiosk-admin validates the sample."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import __version__

ROOT = Path(__file__).resolve().parents[2]
# The library names below are Linux's; the Windows build is made and checked on Windows.
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="checks the Linux bundle"
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "scripts/translations.py", "build"], cwd=ROOT, check=True)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build_kiosk.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return work / "dist" / f"cte-kiosk-{__version__}"


def run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_frozen_self_test_is_healthy(bundle: Path, tmp_path: Path) -> None:
    result = run(bundle / "kiosk", "--self-test", "--data-dir", str(tmp_path))
    report = json.loads(result.stdout)
    assert result.returncode == 0, report["problems"]
    assert report["frozen"] is True
    assert report["sqlite"]["fts5"] and report["svg"]["icon_rendered"]
    assert report["translations"] == {"en": True, "es": True}


def test_frozen_kiosk_builds_its_sample_and_paints(bundle: Path, tmp_path: Path) -> None:
    result = run(
        bundle / "kiosk", "--windowed", "--data-dir", str(tmp_path), "--exit-after-first-frame"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame window ")
    assert (tmp_path / "catalogs" / "current.json").exists()


def test_frozen_admin_validates_the_sample(bundle: Path) -> None:
    result = run(bundle / "kiosk-admin", "validate", str(ROOT / "resources" / "sample-catalog"))
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1] == "sample-catalog: valid, 0 errors, 0 warnings"


def test_the_bundle_leaves_out_what_a_widgets_kiosk_never_uses(bundle: Path) -> None:
    names = {p.name for p in bundle.rglob("*")}
    for unwanted in (
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt6VirtualKeyboard.so.6",
        "libQt6Pdf.so.6",
    ):
        assert unwanted not in names
    assert "libQt6Svg.so.6" in names  # SVG icons must stay
