"""Run as a program: the GUI thread switches the interface language over and over while
speech threads start Qt's speechd engine, see it fail and destroy it, again and again (a
kiosk whose speech restarts while a student taps languages). Exits 0 when the time is up;
a deadlock is reported by faulthandler, with every thread's stack, and exit code 1.

    python -m tests.helpers.switchstress SECONDS
"""

from __future__ import annotations

import faulthandler
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.paths import TRANSLATIONS
from kiosk.services.language import LanguageSwitcher
from kiosk.services.speech import SpeechService
from tests.helpers.speechd import hide_machine_daemon

LANGUAGES = ("es", "vi", "zh", "hmn", "zh-Hans", "en")
HANG_AFTER_S = 20  # far longer than any run: a run this long is stuck


class Stress:
    def __init__(self, seconds: float) -> None:
        self.switcher = LanguageSwitcher(TRANSLATIONS)
        self.service: SpeechService | None = None
        self.engines = 0
        self.switches = 0
        QTimer.singleShot(int(seconds * 1000), self.finish)
        self.restart()
        self.switching = QTimer()
        self.switching.timeout.connect(self.switch)
        self.switching.start(0)

    def restart(self) -> None:
        """A new speech thread and engine; the last one's failed engine is destroyed."""
        if self.service is not None:
            self.service.shutdown()
        self.service = SpeechService("speechd", ("en", "es"))
        self.service.availability_changed.connect(lambda: QTimer.singleShot(0, self.restart))
        self.service.load()
        self.engines += 1

    def switch(self) -> None:
        for language in LANGUAGES * 5:  # back to the event loop now and then, for restarts
            # Fresh translators: Qt's first call into each needs the interpreter lock.
            self.switcher._loaded.clear()
            self.switcher.switch(language)
            self.switches += 1

    def finish(self) -> None:
        self.switching.stop()
        if self.service is not None:
            self.service.shutdown()
        print(f"{self.engines} engines, {self.switches} switches", flush=True)
        QApplication.quit()


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5
    faulthandler.dump_traceback_later(seconds + HANG_AFTER_S, exit=True)
    folder = Path(tempfile.mkdtemp(prefix="stress-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    hide_machine_daemon(folder)  # the engine fails at once, as on a kiosk without a daemon
    app = QApplication(sys.argv[:1])
    stress = Stress(seconds)
    code = app.exec()
    del stress
    return code


if __name__ == "__main__":
    sys.exit(main())
