"""`kiosk --self-test`: one JSON object, exit 0 only when the kiosk can really run."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk.exits import EXIT_FAILURE
from kiosk.pin import hash_pin
from tests.helpers.kiosk import seed_store


def self_test(data: Path, *args: str) -> tuple[int, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--self-test", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    return result.returncode, json.loads(result.stdout)


def test_healthy_with_a_catalog(tmp_path: Path, sample_catalog: Path) -> None:
    seed_store(tmp_path, sample_catalog)
    code, report = self_test(tmp_path)
    assert code == 0, report["problems"]
    assert report["healthy"] is True and report["problems"] == []
    assert report["platform_plugin"] == "offscreen"
    assert report["sqlite"]["fts5"] is True
    assert report["svg"] == {"supported": True, "icon_rendered": True}
    assert report["catalog"]["version"] == 1 and report["catalog"]["integrity"] == "ok"
    assert report["catalog"]["sample"] is True
    assert report["translations"] == dict.fromkeys(("en", "es", "hmn", "zh", "vi"), True)
    assert all(report["fonts"][lang] for lang in ("en", "es", "hmn", "zh", "vi"))
    assert report["paths"]["data"] == str(tmp_path)


def test_it_says_where_health_reports_go(tmp_path: Path, sample_catalog: Path) -> None:
    seed_store(tmp_path, sample_catalog)
    (tmp_path / "textfile").mkdir()
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f"[kiosk]\nname = 'front-desk'\n[health]\ntextfile_dir = '{tmp_path / 'textfile'}'\n"
        f"report_dir = '{tmp_path / 'share'}'\n",
        encoding="utf-8",
    )
    code, report = self_test(tmp_path, "--config", str(config))
    assert code == 0, report["problems"]  # a share that is down does not stop a kiosk
    assert report["health_reports"] == {
        "name": "front-desk",
        "interval_seconds": 60,
        "textfile_dir": {"path": str(tmp_path / "textfile"), "reachable": True, "format": "ok"},
        "report_dir": {"path": str(tmp_path / "share"), "reachable": False},
    }


def test_a_first_launch_is_healthy_before_the_sample_is_built(tmp_path: Path) -> None:
    code, report = self_test(tmp_path)
    assert code == 0
    assert report["catalog"]["installed"] is False


def test_a_bad_configuration_is_unhealthy(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[session]\nidle_timeout_seconds = 2\n")
    code, report = self_test(tmp_path, "--config", str(config))
    assert code == 1
    assert report["problems"] == [
        f"configuration: {config}: session.idle_timeout_seconds = 2: bad value (expected a "
        "whole number from 15 to 3600)"
    ]


def test_a_broken_catalog_is_unhealthy(tmp_path: Path) -> None:
    catalogs = tmp_path / "catalogs"
    catalogs.mkdir()
    (catalogs / "broken.catalog").write_bytes(b"nonsense" * 100)
    (catalogs / "current.json").write_text('{"current": "broken.catalog"}')
    code, report = self_test(tmp_path)
    assert code == 1
    assert any(p.startswith("the current catalog does not open") for p in report["problems"])


def test_a_missing_translation_or_font_is_a_problem(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QFontDatabase

    from kiosk.services import health

    (tmp_path / "kiosk_es.qm").write_bytes(b"")
    monkeypatch.setattr(health, "TRANSLATIONS", tmp_path)
    problems: list[str] = []
    assert health._translations(("en", "es", "vi"), problems) == {
        "en": False,
        "es": True,
        "vi": False,
    }
    assert problems == ["no interface translation for vi (kiosk_vi.qm)"]
    monkeypatch.setattr(QFontDatabase, "families", lambda *args: [])  # a machine without fonts
    problems.clear()
    health._fonts(("en", "zh"), problems)
    assert problems == ["no installed font covers en", "no installed font covers zh"]


def test_only_one_kiosk_per_data_folder(tmp_path: Path, sample_catalog: Path) -> None:
    seed_store(tmp_path, sample_catalog)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed", "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        log = tmp_path / "logs" / "kiosk.log"
        for _ in range(300):  # until the first one says it started
            if log.exists() and "started" in log.read_text():
                break
            first.wait(timeout=0) if first.poll() is not None else None
            subprocess.run([sys.executable, "-c", "import time; time.sleep(0.05)"], check=True)
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "--windowed",
                "--data-dir",
                str(tmp_path),
                "--exit-after-first-frame",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 3
        assert "another kiosk is already running" in second.stderr
    finally:
        first.terminate()
        first.wait(timeout=30)
    assert (tmp_path / "logs" / "crash.log").exists()  # faulthandler's file is ready


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="systemd is Linux-only")
def test_systemd_ready_and_watchdog_on_a_real_socket(tmp_path: Path, sample_catalog: Path) -> None:
    seed_store(tmp_path, sample_catalog)
    address = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(address)
        server.settimeout(30)
        env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", NOTIFY_SOCKET=address, WATCHDOG_USEC="400000"
        )
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--windowed", "--data-dir", str(tmp_path)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            messages = [server.recv(256).decode() for _ in range(3)]
        finally:
            kiosk.terminate()
            kiosk.wait(timeout=30)
    assert messages == ["READY=1", "WATCHDOG=1", "WATCHDOG=1"]


def test_a_bad_configuration_at_launch_is_out_of_service_and_logged(
    tmp_path: Path, sample_catalog: Path
) -> None:
    seed_store(tmp_path, sample_catalog)
    config = tmp_path / "kiosk.toml"
    # The fleet's PIN (from kiosk-admin set-pin --print) and a typo: staff keep their PIN.
    config.write_text(f'[admin]\npin_hash = "{hash_pin("482613")}"\n[kiosk]\nlockdwn = true\n')
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path), "--config", str(config),
         "--exit-after-first-frame"],
        capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60, check=False,
    )  # fmt: skip
    # It paints, locked down (the whole screen, no window to close), and never ends as a
    # success: a supervisor restarts it, so a fixed file is read again.
    assert result.returncode == EXIT_FAILURE, result.stderr
    painted = re.fullmatch(r"first-frame window 0,0,(\d+x\d+) screen (\d+x\d+)\n", result.stdout)
    assert painted is not None and painted[1] == painted[2], result.stdout
    problem = f"{config}: kiosk.lockdwn: unknown key"
    assert problem in result.stderr
    log = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    logged = re.search(r"configuration error (CFG-[0-9A-F]{4}): (.*)", log)
    assert logged is not None and logged[2].startswith(problem), log
    assert "out of service until the file is fixed and the kiosk restarted" in logged[2]
    assert "started (kiosk mode)" in log
    assert "PIN" not in log  # the cause is the file, not a missing PIN
