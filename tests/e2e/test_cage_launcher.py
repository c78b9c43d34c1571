"""packaging/linux/cage-kiosk.sh, the ExecStart of cte-kiosk.service: systemd decides whether
to restart from its exit code, so it must be the kiosk's own code whatever cage returns."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "packaging" / "linux" / "cage-kiosk.sh"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")

# Stand-ins for cage: each writes its options to cage-options, then behaves like a release.
OLD_CAGE = """#!/bin/sh
echo "$@" > "$TEST_DIR/cage-options"
while [ "$1" != "--" ]; do shift; done; shift
"$@"
exit 0
"""  # cage before 0.2: runs the program, always exits 0
NEW_CAGE = """#!/bin/sh
echo "$@" > "$TEST_DIR/cage-options"
while [ "$1" != "--" ]; do shift; done; shift
"$@"
"""  # cage 0.2 and later: exits with the program's code
BROKEN_CAGE = """#!/bin/sh
echo "$@" > "$TEST_DIR/cage-options"
exit 1
"""  # no screen or seat: the program never starts
KIOSK = """#!/bin/sh
echo "$@" > "$TEST_DIR/kiosk-args"
exit "$KIOSK_EXIT"
"""


def script(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """The tarball's layout: the kiosk program, and the launcher in linux/ beside it."""
    folder = tmp_path / "opt" / "cte-kiosk"
    (folder / "linux").mkdir(parents=True)
    shutil.copy(LAUNCHER, folder / "linux" / LAUNCHER.name)
    (folder / "linux" / LAUNCHER.name).chmod(0o755)
    script(folder / "kiosk", KIOSK)
    (tmp_path / "run").mkdir()
    return folder


def launch(
    installed: Path, cage: str, kiosk_exit: int, *args: str
) -> subprocess.CompletedProcess[str]:
    test_dir = installed.parent.parent
    script(test_dir / "bin" / "cage", cage)
    env = dict(
        os.environ,
        PATH=f"{test_dir / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        RUNTIME_DIRECTORY=str(test_dir / "run"),
        TEST_DIR=str(test_dir),
        KIOSK_EXIT=str(kiosk_exit),
    )
    command = [str(installed / "linux" / LAUNCHER.name), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=30, check=False)


@pytest.mark.parametrize("cage", [OLD_CAGE, NEW_CAGE], ids=["cage-0.1", "cage-0.2"])
@pytest.mark.parametrize("kiosk_exit", [0, 1, 3, 4])
def test_the_launcher_exits_with_the_kiosks_code(
    installed: Path, cage: str, kiosk_exit: int
) -> None:
    result = launch(installed, cage, kiosk_exit)
    assert result.returncode == kiosk_exit, result.stderr
    assert list((installed.parent.parent / "run").iterdir()) == []  # nothing left behind


def test_the_launcher_runs_the_kiosk_beside_it_under_cage_without_console_switching(
    installed: Path,
) -> None:
    result = launch(installed, OLD_CAGE, 0, "--config", "/etc/kiosk-extra.toml")
    assert result.returncode == 0, result.stderr
    test_dir = installed.parent.parent
    assert (test_dir / "kiosk-args").read_text().split() == ["--config", "/etc/kiosk-extra.toml"]
    options = (test_dir / "cage-options").read_text().split()
    assert options[: options.index("--")] == ["-d"]  # no -s: Ctrl+Alt+F2 stays in the kiosk


def test_a_cage_that_cannot_start_is_a_failure(installed: Path) -> None:
    result = launch(installed, BROKEN_CAGE, 0)
    assert result.returncode == 1
    assert not (installed.parent.parent / "kiosk-args").exists()
