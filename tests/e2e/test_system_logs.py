"""The kiosk under systemd, for real: when its stderr is the journal (JOURNAL_STREAM names it)
every line carries the journal's priority prefix and no time, so `journalctl -p err` finds the
errors; anywhere else stderr keeps the warnings-only, time-stamped lines it always had."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from kiosk import __version__
from kiosk.exits import EXIT_FAILURE

KIOSK_S = 120  # a cold start of Python, Qt and the kiosk on a slow CI machine
OURS = re.compile(r"^(<\d>)?(DEBUG|INFO|WARNING|ERROR|CRITICAL) kiosk")  # the kiosk's lines
STAMPED = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING|ERROR) kiosk")


def kiosk_stderr(tmp_path: Path, journal: bool | None) -> tuple[int, list[str]]:
    """Run the kiosk on a broken configuration (an error, a warning, then its start line)
    with stderr a pipe, and return its exit code and stderr's lines. JOURNAL_STREAM names
    that pipe (`journal` True), some other file (False, as a child of a service whose stderr
    went elsewhere inherits it), or is unset (None)."""
    tmp_path.mkdir(exist_ok=True)
    config = tmp_path / "kiosk.toml"
    config.write_text("[session]\nidle_timeout_seconds = 2\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("JOURNAL_STREAM", None)
    read_end, write_end = os.pipe()
    pipe = os.fstat(write_end)
    if journal is not None:
        env["JOURNAL_STREAM"] = f"{pipe.st_dev}:{pipe.st_ino + (0 if journal else 1)}"
    command = [sys.executable, "-m", "kiosk", "--windowed", "--data-dir", str(tmp_path)]
    command += ["--config", str(config), "--exit-after-first-frame"]
    try:
        result = subprocess.run(
            command, stdout=subprocess.PIPE, stderr=write_end, env=env, timeout=KIOSK_S
        )
    finally:
        os.close(write_end)
        with os.fdopen(read_end, encoding="utf-8") as pipe_out:
            lines = pipe_out.read().splitlines()
    return result.returncode, lines


def test_in_the_journal_every_line_has_its_priority(tmp_path: Path) -> None:
    code, lines = kiosk_stderr(tmp_path, journal=True)
    assert code == EXIT_FAILURE, lines  # a kiosk that never worked did not end well
    text = "\n".join(lines)
    assert re.search(r"^<3>ERROR kiosk: configuration error CFG-\w+: ", text, re.M), text
    assert re.search(r"^<4>WARNING kiosk: CFG-\w+: no staff PIN is known", text, re.M), text
    assert f"<6>INFO kiosk: kiosk {__version__} started (preview mode)" in lines, text
    assert re.search(r"^<6>INFO kiosk.services.catalog: catalog \S+ version \d+ open$", text, re.M)
    ours = [line for line in lines if OURS.match(line)]
    assert all(line.startswith("<") for line in ours), text
    assert not any(re.match(r"<\d>\d{4}-\d\d-\d\d ", line) for line in lines), text  # no time


def test_elsewhere_stderr_keeps_its_timestamped_warnings(tmp_path: Path) -> None:
    for journal in (None, False):
        code, lines = kiosk_stderr(tmp_path / str(journal), journal=journal)
        text = "\n".join(lines)
        assert code == EXIT_FAILURE, text
        assert any(STAMPED.match(line) and " ERROR kiosk: configuration" in line for line in lines)
        assert any(STAMPED.match(line) and " WARNING kiosk: CFG-" in line for line in lines)
        assert not any(line.startswith("<") for line in lines), text
        assert not any("started (preview mode)" in line for line in lines), text  # INFO
