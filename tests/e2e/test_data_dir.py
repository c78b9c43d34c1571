"""`kiosk --data-dir DIR` as a process: the site configuration it reads and the logs it writes
are inside DIR, and `--self-test` says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_the_self_test_reads_the_site_file_inside_the_data_folder(tmp_path: Path) -> None:
    site = tmp_path / "config" / "kiosk.toml"
    site.parent.mkdir()
    site.write_text('[ui]\nlanguages = ["en", "vi"]\n')
    extra = tmp_path / "extra.toml"
    extra.write_text("[session]\nwarning_seconds = 40\n")
    command = [sys.executable, "-m", "kiosk", "--self-test", "--data-dir", str(tmp_path)]
    result = subprocess.run(
        [*command, "--config", str(extra)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
        check=False,
    )
    report = json.loads(result.stdout)
    assert result.returncode == 0, report["problems"]
    assert report["config"] == {"files": [str(site), str(extra)], "error": ""}
    assert report["paths"]["site_config"] == str(site)
    assert report["paths"]["logs"] == str(tmp_path / "logs")
    assert list(report["translations"]) == ["en", "vi"]  # the site file's languages
    assert (tmp_path / "logs" / "kiosk.log").is_file()
