"""speech-dispatcher, the daemon behind Qt's speechd engine (Read aloud on Linux), for tests.

No test may reach the machine's own daemon: it belongs to the user's session, starts itself
on first use and, with no sound card, has been seen to hang. So every process the tests start
is pointed at a socket where no daemon listens and may not start one (`hide_machine_daemon`):
Qt's speechd engine then fails at once, as on a machine without speech-dispatcher. A test of
the real engine starts a daemon of its own (`private_daemon`), which plays to ALSA's null
device, so speech starts and ends without a sound card or a sound server.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.ci import needs

ADDRESS = "SPEECHD_ADDRESS"  # where libspeechd connects: unix_socket:PATH
DAEMON = shutil.which("speech-dispatcher")
MISSING = [
    name
    for name, found in (
        ("speech-dispatcher", DAEMON),
        ("libspeechd2", ctypes.util.find_library("speechd")),
    )
    if not found
]
needs_speech_dispatcher = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="speech-dispatcher is Linux's"),
    needs(MISSING, "speech-dispatcher (.ci/setup installs it)"),
]

# Read by `speech-dispatcher --spawn`, which libspeechd runs when nobody answers.
NO_AUTOSPAWN = (
    "# Written by the test suite: no daemon starts itself for a test.\nDisableAutoSpawn\n"
)
PRIVATE_CONFIG = """\
# Written by the test suite: one daemon for one test, playing to ALSA's null device.
AudioOutputMethod "alsa"
AudioALSADevice "null"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule "espeak-ng"
LogLevel 3
"""


def hide_machine_daemon(folder: Path) -> None:
    """Point libspeechd, in this process and every process it starts, at a socket in
    `folder` (the tests' stand-in for the machine's folders, with XDG_CONFIG_HOME in it),
    and forbid the daemon that libspeechd would start there."""
    os.environ[ADDRESS] = f"unix_socket:{folder / 'speechd.sock'}"
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "speech-dispatcher" / "speechd.conf"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(NO_AUTOSPAWN, encoding="utf-8")


@contextmanager
def private_daemon(timeout: float = 30) -> Iterator[str]:
    """A speech-dispatcher of its own, in a throwaway folder (configuration, socket, logs;
    nothing of the user's session); yields the SPEECHD_ADDRESS that reaches it."""
    if MISSING:
        pytest.fail(f"speech-dispatcher is needed here (.ci/setup installs it): {MISSING}")
    assert DAEMON is not None
    folder = Path(tempfile.mkdtemp(prefix="spd-"))  # short: a socket path has a length limit
    config, socket, errors = folder / "config", folder / "speechd.sock", folder / "stderr.txt"
    (config / "modules").mkdir(parents=True)
    (config / "speechd.conf").write_text(PRIVATE_CONFIG, encoding="utf-8")
    (config / "modules" / "espeak-ng.conf").write_text("", encoding="utf-8")  # its defaults
    # The daemon's own runtime and home folders are the throwaway folder too.
    env = dict(os.environ, HOME=str(folder), XDG_RUNTIME_DIR=str(folder))
    env.pop(ADDRESS, None)
    with errors.open("w", encoding="utf-8") as stderr:
        daemon = subprocess.Popen(
            [
                DAEMON,
                *("--run-single", "--timeout", "0"),
                *("--communication-method", "unix_socket", "--socket-path", str(socket)),
                *("--pid-file", str(folder / "pid"), "--config-dir", str(config)),
                *("--log-dir", str(folder / "logs")),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env=env,
            start_new_session=True,  # its voice module too: one group to end
        )
    try:
        deadline = time.monotonic() + timeout
        while not socket.exists():
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"speech-dispatcher did not start: {_tail(errors)}")
            time.sleep(0.05)  # another process's socket; no Qt event loop to wait on
        yield f"unix_socket:{socket}"
    finally:
        _end(daemon)
        shutil.rmtree(folder, ignore_errors=True)


def _end(daemon: subprocess.Popen[bytes]) -> None:
    """End the daemon and the voice module it started (its process group)."""
    try:
        os.killpg(daemon.pid, signal.SIGTERM)
        daemon.wait(timeout=10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(daemon.pid, signal.SIGKILL)
        daemon.wait(timeout=10)


def _tail(path: Path, lines: int = 20) -> str:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return "\n".join(text.splitlines()[-lines:]) or "no output"
