"""A language switch never deadlocks with the speech thread: Qt translates in the speech
thread (an engine's errors as it starts, its destructor) while holding its translator lock,
and our translators need the interpreter lock that a switch holds. The real program's code
runs in a process of its own, switching languages for seconds while speech threads start
and destroy Qt's speechd engine over and over; a deadlock ends it with every thread's stack."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.helpers.speechd import needs_speech_dispatcher
from tests.helpers.switchstress import HANG_AFTER_S

pytestmark = needs_speech_dispatcher

SECONDS = 4


def test_switching_languages_while_engines_start_and_end_does_not_deadlock() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.switchstress", str(SECONDS)],
        capture_output=True,
        text=True,
        timeout=SECONDS + HANG_AFTER_S + 60,  # the program's own watchdog ends it before
    )
    assert result.returncode == 0, f"stuck (stacks below):\n{result.stderr[-6000:]}"
    counts = re.search(r"(\d+) engines, (\d+) switches", result.stdout)
    assert counts, result.stdout
    engines, switches = map(int, counts.groups())
    assert engines > 1 and switches > 1  # both sides really ran, over and over
    assert "speech engine speechd did not start" in result.stderr  # Qt's engine, failing
