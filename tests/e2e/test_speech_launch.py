"""Read aloud never delays launch: the kiosk paints its first frame without Qt's speech
module, and the real program loads the engine afterwards, in a thread of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers.kiosk import seed_store

KIOSK = [sys.executable, "-m", "kiosk", "--windowed"]
FIRST_FRAME = """
import sys
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.app import create
from kiosk.config import defaults
kiosk = create(defaults(), Path(sys.argv[1]), kiosk_mode=False, lazy=True)
kiosk.window.show()
app.processEvents()
print("speech module loaded:", "PySide6.QtTextToSpeech" in sys.modules)
kiosk.window.close()
"""


def test_the_first_frame_comes_before_any_speech_engine(
    tmp_path: Path, sample_catalog: Path
) -> None:
    seed_store(tmp_path, sample_catalog)
    result = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["speech module loaded: False"]


def test_the_kiosk_reports_what_read_aloud_found(tmp_path: Path, sample_catalog: Path) -> None:
    """The real program loads the engine after launch and logs what it found; on this
    machine the engine named in the configuration is Qt's mock engine (English voices)."""
    seed_store(tmp_path, sample_catalog)
    config = tmp_path / "kiosk.toml"
    config.write_text('[speech]\nengine = "mock"\n', encoding="utf-8")
    process = subprocess.Popen(
        [*KIOSK, "--data-dir", str(tmp_path), "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    log_file = tmp_path / "logs" / "kiosk.log"
    log = ""
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            log = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
            if "read aloud with" in log:
                break
            time.sleep(0.1)  # waiting on another process's log; no Qt event loop here
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert "read aloud with mock: ['en']" in log, log
    started = log.index(" started (preview mode)")
    assert started < log.index("read aloud with"), "the engine came before the window"
