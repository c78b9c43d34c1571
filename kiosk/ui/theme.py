"""Applies the kiosk's one stylesheet."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.paths import THEME


def apply(app: QApplication) -> None:
    sheet = (THEME / "kiosk.qss").read_text(encoding="utf-8")
    if app.styleSheet() == sheet:
        return  # re-applying would re-polish every widget for nothing
    app.setStyle("Fusion")  # the same look on Windows and Linux, fully styled by our QSS
    app.setStyleSheet(sheet)
