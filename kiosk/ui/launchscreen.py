"""The launch screen: the picture of the attract screen the kiosk last opened on, shown the
moment Qt is up, before the rest of the program is imported, the way a phone app shows its
launch screen. The live kiosk then takes its place: the same pixels, so nothing moves.

A picture that no longer fits (another app version, screen or scale) is not shown, and one
that has gone stale (a new catalog, another first language) is simply replaced by the live
screen a moment later and saved anew. It is only ever a picture of the attract screen as a
launch paints it, before any student touches it: nothing about a student is in it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import __version__

log = logging.getLogger(__name__)
PICTURE = "launch-screen.png"
ABOUT = "launch-screen.json"  # what the picture is of: it is shown only where it fits


def _fits() -> dict[str, object]:
    screen = QGuiApplication.primaryScreen()
    size = screen.geometry()
    return {
        "app_version": __version__,
        "screen": [size.x(), size.y(), size.width(), size.height()],
        "scale": screen.devicePixelRatio(),
    }


class LaunchScreen(QWidget):
    """Full screen, frameless and on top, like the kiosk; it keeps the taps it gets until the
    live window can have them."""

    def __init__(self, picture: QImage) -> None:
        super().__init__()
        self._picture = picture
        self.taps: list[QPointF] = []
        self.painted = False
        self.on_painted: Callable[[], None] = lambda: None
        self._handed_over = False
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setWindowTitle("Career Kiosk")  # no translations are loaded yet: a name only
        self.setAccessibleName("Career Kiosk")

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).drawImage(0, 0, self._picture)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.on_painted)  # once this paint has gone to the screen

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.taps.append(event.position())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handed_over:
            event.ignore()  # a student cannot close it; the live kiosk takes its place
            return
        super().closeEvent(event)

    def hand_over(self, window: QWidget) -> None:
        """The live window is on the screen: give it the taps that came meanwhile, go."""
        handle = window.windowHandle()
        steps = (
            (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
            (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
        )
        for where in self.taps if handle is not None else []:
            for kind, held in steps:
                event = QMouseEvent(
                    kind, where, where, Qt.MouseButton.LeftButton, held,
                    Qt.KeyboardModifier.NoModifier,
                )  # fmt: skip
                QApplication.sendEvent(handle, event)
        self._handed_over = True
        self.close()
        self.deleteLater()


def show_saved(data_dir: Path) -> LaunchScreen | None:
    """Show the saved picture if it fits this screen and this version, and wait until it is
    painted; None when there is none that fits."""
    try:
        about = json.loads((data_dir / ABOUT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if about != _fits():
        return None
    picture = QImage(str(data_dir / PICTURE))
    if picture.isNull():
        return None
    picture.setDevicePixelRatio(float(about["scale"]))
    screen = LaunchScreen(picture)
    screen.setGeometry(QGuiApplication.primaryScreen().geometry())
    screen.showFullScreen()
    # On the screen before anything else is imported; a screen that never paints (none
    # attached) holds the launch up for two seconds at most.
    waiting = QEventLoop()
    screen.on_painted = waiting.quit
    QTimer.singleShot(2000, waiting.quit)
    if not screen.painted:
        waiting.exec()
    QApplication.processEvents()  # and the paint flushed to the screen
    return screen


def save(window: QWidget, data_dir: Path) -> None:
    """Keep a picture of `window` (the attract screen as launch painted it) for the next
    launch; written in a thread, so the screen does not wait for the PNG."""
    image = window.grab().toImage()
    about = _fits()

    def write() -> None:
        from kiosk.files import replace_retrying, write_atomically

        temp = data_dir / f".{PICTURE}"  # ends in .png: the format is the name's
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            # Qt's usual compression: 66 KB for a 1366x768 attract screen, read in 10 ms;
            # uncompressed it reads 2 ms faster from a warm cache but is 3 MB on the disk.
            if not image.save(str(temp)):
                raise OSError(f"{temp.name} could not be written")
            replace_retrying(temp, data_dir / PICTURE)
            write_atomically(data_dir / ABOUT, json.dumps(about).encode("utf-8"))
        except OSError as exc:
            log.info("no launch screen saved: %s", exc)

    threading.Thread(target=write, name="launch-screen", daemon=True).start()


def forget(data_dir: Path) -> None:
    """This launch did not open on the attract screen in kiosk mode: the next one should not
    show a picture of it."""
    for name in (ABOUT, PICTURE):
        try:
            (data_dir / name).unlink(missing_ok=True)
        except OSError as exc:
            log.info("launch screen not removed: %s", exc)
