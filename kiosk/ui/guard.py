"""The locked kiosk keeps the whole screen, whatever a desktop window manager does to it.

Many districts start the kiosk inside an ordinary desktop session, where the window manager
can minimise, move or resize the window, show the desktop or switch to an empty workspace.
The guard asks for full screen and, after any of that, takes the screen back by itself: full
screen, raised and active. It stands back while staff use admin mode, and for good once staff
exit. On Windows it also blocks the keys that leave an app (kiosk/services/winkeys.py).
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

from kiosk.services.winkeys import KeyHook

log = logging.getLogger(__name__)

COALESCE_MS = 150  # a window manager sends several events for one action: act once, after them
VERIFY_MS = 400  # then look again: "restored" is logged only once it is true
SLOW_RETRY_MS = 3000  # a window manager that keeps refusing: go on trying, but slowly
FAST_TRIES = 5
# Mapping the window afresh shows as a flicker, so it is done only while trying fast, and
# for a refused activation only on X11, where a window manager treats a new map as a new
# window to focus (elsewhere it would not help).
REMAP_AFTER_TRIES = 2
# Between unmapping and mapping again, so the window manager has forgotten the window (and
# its full-screen and on-top state with it) before it sees it anew with those states.
REMAP_PAUSE_MS = 200
START_GRACE_MS = 3000  # at launch the window manager takes a moment to map and focus it
WATCHED_EVENTS = {
    QEvent.Type.Expose,  # an unmapped window (another workspace, "show desktop") is unexposed
    QEvent.Type.WindowStateChange,
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Hide,
}


class Trouble(enum.Enum):
    """What the window manager did, as the log says it."""

    MINIMISED = "minimised"
    HIDDEN = "hidden (another workspace, or the desktop shown)"
    NOT_FULL_SCREEN = "taken out of full screen"
    MOVED = "moved or resized"
    DEACTIVATED = "deactivated (another window took the focus)"


def describe(troubles: list[Trouble]) -> str:
    return " and ".join(trouble.value for trouble in troubles)


class ScreenGuard(QObject):
    """Created for a kiosk-mode window only; a preview window is never guarded."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._handle: QWindow | None = None
        self._engaged = False
        self._paused = False
        self._settled = False  # launch is over: the window was in place once, or time is up
        self._grace_over = False
        self._incident = ""  # what happened, until the window is back in place
        self._tries = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._keys = KeyHook()  # Windows only; elsewhere it does nothing

    @property
    def guarding(self) -> bool:
        """Watching the window: engaged, past launch and not paused for staff."""
        return self._engaged and self._settled and not self._paused

    @property
    def checking(self) -> bool:
        """A look at the window's place is due: the guard is not idle."""
        return self._timer.isActive()

    def engage(self) -> None:
        """Show the window frameless, on top and full screen, and keep it so."""
        window = self._window
        window.setWindowFlags(
            Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        # Without a window manager (cage-less X) full screen alone keeps the size hint.
        window.setGeometry(QGuiApplication.primaryScreen().geometry())
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        handle = self._handle = window.windowHandle()  # exists once shown
        handle.installEventFilter(self)
        handle.activeChanged.connect(self._poke)
        handle.visibilityChanged.connect(self._visibility_changed)
        self._engaged = True
        QTimer.singleShot(START_GRACE_MS, self, self._end_grace)
        self._keys.start()

    def pause(self) -> None:
        """Staff opened admin mode: they may use the desktop, and are not fought."""
        self._paused = True
        self._timer.stop()
        self._incident, self._tries = "", 0
        self._keys.stop()

    def resume(self) -> None:
        """Admin mode locked again: back to guarding, putting right what staff left."""
        if not self._engaged or not self._paused:
            return
        self._paused = False
        self._keys.start()
        self._poke()

    def release(self) -> None:
        """Staff exit: the window closes and nothing brings it back."""
        self._engaged = False
        self._timer.stop()
        self._keys.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in WATCHED_EVENTS:
            self._poke()
        return False

    @Slot(QWindow.Visibility)
    def _visibility_changed(self, visibility: QWindow.Visibility) -> None:
        self._poke()

    @Slot()
    def _poke(self) -> None:
        # While the window is being put back the retry timer leads: the events that putting
        # it back causes must not restart the timer, or a refusing window manager would be
        # fought in a tight loop.
        if self._engaged and not self._paused and not self._incident:
            self._timer.start(COALESCE_MS)

    @Slot()
    def _end_grace(self) -> None:
        self._grace_over = True
        self._check()

    @Slot()
    def _check(self) -> None:
        if not self._engaged or self._paused:
            return
        troubles = self._troubles()
        if not self._settled and not self._settle(troubles):
            return
        if not troubles:
            if self._incident:
                log.info("lockdown: window was %s; restored full screen", self._incident)
            self._incident, self._tries = "", 0
            return
        self._incident = self._incident or describe(troubles)
        self._tries += 1
        if self._tries == FAST_TRIES:
            log.warning(
                "lockdown: window was %s and is still %s; trying again every %d s",
                self._incident,
                describe(troubles),
                SLOW_RETRY_MS // 1000,
            )
        remap = self._should_remap(troubles)
        self._restore(remap=remap)
        wait = VERIFY_MS + (REMAP_PAUSE_MS if remap else 0)
        self._timer.start(wait if self._tries < FAST_TRIES else SLOW_RETRY_MS)

    def _settle(self, troubles: list[Trouble]) -> bool:
        """Launch is over once the window is first in place, or when the grace time ends;
        until then the window manager is still mapping and focusing it."""
        if troubles and not self._grace_over:
            return False
        self._settled = True
        if troubles:
            log.warning("lockdown: at launch the window was %s", describe(troubles))
        else:
            log.info("lockdown: the window is full screen; guarding it")
        return True

    def _should_remap(self, troubles: list[Trouble]) -> bool:
        if self._tries > FAST_TRIES:
            return False
        if Trouble.HIDDEN in troubles:
            return True
        return (
            self._tries > REMAP_AFTER_TRIES
            and Trouble.DEACTIVATED in troubles
            and QGuiApplication.platformName() == "xcb"
        )

    def _troubles(self) -> list[Trouble]:
        window, handle = self._window, self._handle
        if window.isMinimized():
            return [Trouble.MINIMISED]
        if not window.isVisible() or handle is None or not handle.isExposed():
            return [Trouble.HIDDEN]
        troubles = []
        if window.geometry() != QGuiApplication.primaryScreen().geometry():
            troubles.append(Trouble.MOVED)
        if not window.isFullScreen():
            troubles.append(Trouble.NOT_FULL_SCREEN)
        if QGuiApplication.focusWindow() is None:  # a window of our own having it is fine
            troubles.append(Trouble.DEACTIVATED)
        return troubles

    def _restore(self, *, remap: bool) -> None:
        if remap:
            # Window managers refuse to activate a window that is not on the current
            # workspace, or while the desktop is shown; a window mapped afresh is placed on
            # the current workspace and focused like a new one.
            self._window.hide()
            QTimer.singleShot(REMAP_PAUSE_MS, self, self._take_screen)
        else:
            self._take_screen()

    @Slot()
    def _take_screen(self) -> None:
        if not self._engaged:
            return  # staff exited while the window was being mapped afresh
        window = self._window
        screen = QGuiApplication.primaryScreen().geometry()
        if window.geometry() != screen:
            window.setGeometry(screen)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
