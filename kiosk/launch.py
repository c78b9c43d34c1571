"""The kiosk program's entry point. On a kiosk that saved a picture of its attract screen,
that picture is on the screen before the kiosk itself is imported (kiosk/ui/launchscreen.py);
then the composition root (kiosk/app.py) builds the live kiosk, which takes its place."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.launchscreen import LaunchScreen

# Anything else means another job than a locked kiosk's launch: no launch screen.
NOT_A_LAUNCH = {"--windowed", "--self-test", "--screenshots", "--help", "-h", "--version"}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    shown = _launch_screen(args) if not NOT_A_LAUNCH & {a.split("=")[0] for a in args} else None
    from kiosk.app import main as run

    return run(args, launch_screen=shown)


def _launch_screen(args: list[str]) -> LaunchScreen | None:
    from PySide6.QtCore import QLockFile, Qt
    from PySide6.QtWidgets import QApplication

    from kiosk.paths import Paths
    from kiosk.ui.launchscreen import show_saved

    data_dir = Paths.resolve(_data_dir(args)).data_dir
    lock = QLockFile(str(data_dir / "kiosk.lock"))
    if not lock.tryLock(0):
        return None  # another kiosk runs here: its screen is not to be covered
    lock.unlock()
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents)
    QApplication(sys.argv[:1])
    return show_saved(data_dir)


def _data_dir(args: list[str]) -> Path | None:
    for i, arg in enumerate(args):
        if arg == "--data-dir" and i + 1 < len(args):
            return Path(args[i + 1])
        if arg.startswith("--data-dir="):
            return Path(arg.split("=", 1)[1])
    return None
