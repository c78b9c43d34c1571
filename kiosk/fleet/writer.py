"""Writing health reports off the window's thread: one worker per destination, so a share
that hangs never holds up the local Prometheus file, and nothing ever waits for either.

Each worker writes the newest figures it was given and skips the ones it missed. A failing
destination is logged once, not every minute, and once more when it works again; one that
has not answered for `timeout` seconds is logged once as not answering.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kiosk.fleet.figures import KioskFigures

log = logging.getLogger(__name__)

Write = Callable[[KioskFigures], Path]


class Destination:
    """One place reports go (the textfile folder, the status share), with its own thread."""

    def __init__(
        self,
        what: str,
        write: Write,
        timeout: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self._write = write
        self._timeout = timeout
        self._clock = clock
        self._wake = threading.Condition()
        self._pending: KioskFigures | None = None
        self._busy_since = 0.0  # when the write under way began; 0 when idle
        self._stopping = False
        self._failing = ""  # the failure last logged, "" while writes work
        self._hung_logged = False
        self.written = 0  # reports written, for tests and the self-check
        self._thread = threading.Thread(target=self._run, name=f"health-{what}", daemon=True)
        self._thread.start()

    def submit(self, figures: KioskFigures) -> None:
        """Hand the newest figures over; returns at once, whatever the folder is doing."""
        with self._wake:
            self._pending = figures
            busy = self._busy_since
            self._wake.notify()
        if busy and self._clock() - busy > self._timeout and not self._hung_logged:
            self._hung_logged = True
            log.warning(
                "health report to %s: the folder has not answered for %g s; the kiosk goes "
                "on and writes again when it does",
                self.what,
                self._timeout,
            )

    @property
    def busy(self) -> bool:
        """A write is under way (or hanging) now."""
        with self._wake:
            return bool(self._busy_since) or self._pending is not None

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                figures, self._pending = self._pending, None
                if figures is None:
                    continue
                self._busy_since = self._clock()
            self._write_one(figures)
            with self._wake:
                self._busy_since = 0.0

    def _write_one(self, figures: KioskFigures) -> None:
        try:
            self._write(replace(figures, written=time.time()))
        except Exception as exc:  # an unreachable share, a full disk, a refused rename...
            problem = f"{type(exc).__name__}: {exc}"
            if not self._failing:
                log.warning(
                    "health report to %s not written (%s); trying again with each report, "
                    "logged again only when it works",
                    self.what,
                    problem,
                )
            self._failing = problem
            return
        self.written += 1
        if self._failing or self._hung_logged:
            log.info("health report to %s written again", self.what)
        self._failing = ""
        self._hung_logged = False
