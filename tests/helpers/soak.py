"""Random tapping across the whole kiosk: the soak test and the memory benchmark use it."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.screenshots import tour
from kiosk.ui.window import KioskWindow


def random_taps(
    window: KioskWindow,
    taps: int,
    *,
    seed: int = 7,
    reset_every: int = 250,
    tour_every: int = 2000,
    on_tap: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Tap `taps` random visible buttons (screen, top bar, Still there?), wiping the session
    every `reset_every` taps as an idle timeout would, and walking through every screen with
    content every `tour_every` taps (random taps rarely finish an 18-question quiz). Returns
    how often each screen was shown."""
    rng = random.Random(seed)
    seen: dict[str, int] = {}
    for number in range(taps):
        if window.inactivity.still_there.isVisible():
            candidates = [window.inactivity.still_there.keep]
        else:
            candidates = [
                b
                for b in window.nav.current_screen().findChildren(QAbstractButton)
                if b.isVisible() and b.isEnabled()
            ]
            if window.top_bar.isVisible():
                candidates += [
                    b
                    for b in window.top_bar.findChildren(QAbstractButton)
                    if b.isVisible() and b.isEnabled()
                ]
        if not candidates:  # e.g. the attract screen's background: a tap anywhere starts
            window.nav.go("home")
        else:
            rng.choice(candidates).click()
        QApplication.processEvents()
        # processEvents() leaves deleteLater() for the event loop; a running kiosk is in
        # app.exec(), so do what its loop would do.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        name = window.nav.current[0]
        seen[name] = seen.get(name, 0) + 1
        if number % reset_every == reset_every - 1:
            window.nav.start_over()
        if number % tour_every == tour_every - 1:
            for _ in tour(window, rng.choice(window.ctx.config.languages)):
                seen[window.nav.current[0]] = seen.get(window.nav.current[0], 0) + 1
        if on_tap is not None:
            on_tap(number)
    return seen
