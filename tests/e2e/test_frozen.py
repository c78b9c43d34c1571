"""The frozen bundle, built with the real PyInstaller from build_kiosk.spec: its three
programs start, the kiosk's self-test is healthy, kiosk-admin validates the sample and files a
spreadsheet program saved, the Catalog window checks the sample offscreen, and the Linux
tarball carries the programs with the systemd unit, the cage launcher and the Catalog's
desktop entry."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from PyInstaller.archive.readers import CArchiveReader

from kiosk.catalog.languages import LANGUAGES
from kiosk.pin import write_pin_file
from kiosk.sync.pagewords import page_words
from scripts.package import build, tarball
from tests.helpers.xvfb import needs_xvfb, x_environment, xvfb_display

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ("kiosk", "kiosk-admin", "kiosk-catalog")
# The library names below are Linux's; the Windows build is made and checked on Windows.
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="checks the Linux bundle"
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    return build(work / "dist", work / "build")  # a BuildError carries PyInstaller's output


@pytest.fixture(scope="module")
def archive(bundle: Path) -> Path:
    return tarball(bundle)


def run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_frozen_self_test_is_healthy(bundle: Path, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"  # health reports on: the bundle can make the textfile
    config.write_text(f"[health]\ntextfile_dir = '{tmp_path}'\n", encoding="utf-8")
    result = run(
        bundle / "kiosk", "--self-test", "--data-dir", str(tmp_path), "--config", str(config)
    )
    report = json.loads(result.stdout)
    assert result.returncode == 0, report["problems"]
    assert report["frozen"] is True
    assert report["health_reports"]["textfile_dir"]["format"] == "ok"
    assert report["sqlite"]["fts5"] and report["svg"]["icon_rendered"]
    assert report["translations"] == dict.fromkeys(("en", "es", "hmn", "zh", "vi"), True)
    # Qt's speech module loads in the bundle with the platform's engine, and the test-only
    # mock engine is not shipped.
    expected_engines = {"linux": ["speechd"], "win32": ["sapi", "winrt"]}.get(sys.platform)
    if expected_engines is not None:
        assert sorted(report["speech_engines"]) == expected_engines


def test_frozen_kiosk_builds_its_sample_and_paints(bundle: Path, tmp_path: Path) -> None:
    result = run(
        bundle / "kiosk", "--windowed", "--data-dir", str(tmp_path), "--exit-after-first-frame"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame window ")
    assert (tmp_path / "catalogs" / "current.json").exists()


def test_frozen_admin_signs_and_a_frozen_sync_verifies_and_installs(
    bundle: Path, tmp_path: Path
) -> None:
    # Signing and verifying load PyNaCl's compiled library, which the import scan cannot
    # follow by itself: the whole chain, in the bundle, as staff and a kiosk run it.
    made = run(bundle / "kiosk-admin", "keygen", "--out", str(tmp_path / "keys"))
    assert made.returncode == 0, made.stdout + made.stderr
    public = made.stdout.splitlines()[0].removeprefix("public key: ")
    sample, key = (
        str(ROOT / "resources" / "sample-catalog"),
        str(tmp_path / "keys" / "catalog-signing.key"),
    )
    published = run(
        bundle / "kiosk-admin", "publish", sample, "--key", key, "--out", str(tmp_path / "pub")
    )
    assert published.returncode == 0, published.stdout + published.stderr
    # The list page comes from the bundle's own resources and compiled words.
    pub = tmp_path / "pub"
    assert (pub / "list.html").read_bytes().startswith(b"<!DOCTYPE html>")
    assert (pub / "list.js").read_bytes() == (
        ROOT / "resources" / "listpage" / "list.js"
    ).read_bytes()
    index = json.loads((pub / "list-v1.json").read_text("utf-8"))
    assert index["words"]["es"] == page_words()["es"]
    synced = run(
        bundle / "kiosk-admin",
        *("sync", "--source", str(tmp_path / "pub"), "--trust", public),
        *("--data-dir", str(tmp_path / "kiosk")),
    )
    assert synced.returncode == 0, synced.stdout + synced.stderr
    current = json.loads((tmp_path / "kiosk" / "catalogs" / "current.json").read_text())
    assert current["current"] == "catalog-v1.catalog"


def test_frozen_admin_validates_the_sample(bundle: Path) -> None:
    result = run(bundle / "kiosk-admin", "validate", str(ROOT / "resources" / "sample-catalog"))
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1] == "sample-catalog: valid, 0 errors, 0 warnings"


@pytest.mark.parametrize("saved", ["libreoffice.xlsx", "libreoffice-csv-cp1252"])
def test_frozen_admin_reads_what_a_spreadsheet_program_saved(bundle: Path, saved: str) -> None:
    # The .xlsx reader and the code-page detector load only for such files: prove both are in.
    result = run(
        bundle / "kiosk-admin", "validate", str(ROOT / "tests" / "data" / "office" / saved)
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the cell shows the Excel error #N/A" in result.stdout
    assert "internal error" not in result.stdout + result.stderr


def test_the_catalog_window_checks_the_bundled_sample_offscreen(
    bundle: Path, tmp_path: Path
) -> None:
    assert all((bundle / program).is_file() for program in PROGRAMS)  # side by side
    result = run(
        bundle / "kiosk-catalog", "--self-test", "--data-dir", str(tmp_path), "--lang", "en"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is True and report["passed"] is True
    assert Path(report["workbook"]) == bundle / "_internal" / "resources" / "sample-catalog"
    assert (report["errors"], report["warnings"]) == (0, 0)
    assert report["count_line"] == "No problems: ready to publish"  # the window's own line
    assert report["translations"] == dict.fromkeys(LANGUAGES, True)
    # New workbook (openpyxl's writer) and publishing (build and sign) run in the bundle too.
    assert (report["template"], report["publishing"]) == ("ok", "ok")


def test_the_frozen_catalog_window_reads_what_a_spreadsheet_program_saved(
    bundle: Path, tmp_path: Path
) -> None:
    # Its own archive leaves out what it never needs: the .xlsx reader must still be in it.
    saved = ROOT / "tests" / "data" / "office" / "libreoffice.xlsx"
    result = run(bundle / "kiosk-catalog", "--self-test", str(saved), "--data-dir", str(tmp_path))
    report = json.loads(result.stdout)
    assert result.returncode == 1
    assert report["checked"] is True and report["crashed"] is False
    assert report["unreadable"] == "" and report["errors"] == 1
    assert "the cell shows the Excel error #N/A" in report["problems"][0]


def archived_modules(program: Path) -> set[str]:
    """The Python modules in a frozen program's own archive."""
    return set(CArchiveReader(str(program)).open_embedded_archive("PYZ.pyz").toc)


def test_the_catalog_program_adds_only_its_own_modules(bundle: Path) -> None:
    catalog = archived_modules(bundle / "kiosk-catalog")
    others = archived_modules(bundle / "kiosk") | archived_modules(bundle / "kiosk-admin")
    assert "kiosk.catalog.validate" in catalog and "kiosk.catalogapp.window" in catalog
    assert {m for m in catalog - others if not m.startswith("kiosk.catalogapp")} == set()
    assert not catalog & {"email", "http.client", "urllib.request", "ssl", "kiosk.ui.window"}


def test_the_bundle_leaves_out_what_a_widgets_kiosk_never_uses(bundle: Path) -> None:
    names = {p.name for p in bundle.rglob("*")}
    for unwanted in (
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt6VirtualKeyboard.so.6",
        "libQt6Pdf.so.6",
        "libreadline.so.8",  # only `python -m sqlite3`'s shell would use it
    ):
        assert unwanted not in names
    assert "libQt6Svg.so.6" in names  # SVG icons must stay
    dangling = [str(p.relative_to(bundle)) for p in bundle.rglob("*") if not p.exists()]
    assert dangling == []  # no link to a library the build left out


def test_frozen_kiosk_renders_the_screens_it_loads_on_first_use(
    bundle: Path, tmp_path: Path
) -> None:
    # Screens other than the attract screen are imported by module name when first built,
    # which PyInstaller cannot see by itself; a bundle without them shows only the attract.
    result = run(bundle / "kiosk-admin", "screenshots", str(tmp_path), "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    shown = {p.stem.split("-", 1)[1].rsplit("-en-", 1)[0] for p in tmp_path.glob("*.png")}
    assert {"home", "interests", "quiz", "search", "course", "counselor", "about"} <= shown


def install_folder(text: str) -> str:
    """Where the install steps point /opt/cte-kiosk: the target of their `ln -sfn` line."""
    links = re.findall(r"ln -sfn \S+ (/\S+)", text)
    assert len(set(links)) == 1, links
    return links[0]


def test_the_linux_tarball_holds_the_programs_and_the_service(bundle: Path, archive: Path) -> None:
    top = bundle.name
    assert archive == bundle.parent / f"{top}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        unit_file = tar.extractfile(f"{top}/linux/cte-kiosk.service")
        readme_file = tar.extractfile(f"{top}/linux/README.txt")
        desktop_file = tar.extractfile(f"{top}/linux/cte-kiosk-catalog.desktop")
        assert unit_file is not None and readme_file is not None and desktop_file is not None
        unit, readme = unit_file.read().decode(), readme_file.read().decode()
        desktop = desktop_file.read().decode()
    for program in (*PROGRAMS, "linux/cage-kiosk.sh"):
        member = members[f"{top}/{program}"]
        assert member.isfile() and member.mode & 0o111 == 0o111, (program, oct(member.mode))
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())
    # The unit starts the launcher from the folder the docs tell IT to install, and that path,
    # taken relative to the install folder, is the launcher this tarball carries.
    exec_start = re.search(r"^ExecStart=(\S+)", unit, re.MULTILINE)
    assert exec_start is not None
    folder = install_folder((ROOT / "docs" / "deploy.md").read_text(encoding="utf-8"))
    assert folder == install_folder(readme) == "/opt/cte-kiosk"
    assert exec_start[1] == f"{folder}/linux/cage-kiosk.sh"
    # The staff menu entry starts the Catalog program this tarball carries, from there too.
    assert f"Exec={folder}/kiosk-catalog %f" in desktop.splitlines()
    assert "Name=CTE Career Kiosk Catalog" in desktop.splitlines()
    assert "User=kiosk" in unit.splitlines() and "Type=notify" in unit.splitlines()


@needs_xvfb
def test_the_frozen_kiosk_locks_down_and_fills_a_real_screen(bundle: Path, tmp_path: Path) -> None:
    write_pin_file(tmp_path, "482613")  # lockdown needs a staff PIN
    with xvfb_display() as display:
        result = subprocess.run(
            [str(bundle / "kiosk"), "--data-dir", str(tmp_path), "--exit-after-first-frame"],
            env=x_environment(display), capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "first-frame window 0,0,1920x1080 screen 1920x1080"
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "started (kiosk mode)" in log
