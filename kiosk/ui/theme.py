"""Applies the kiosk's one stylesheet."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kiosk.paths import THEME


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same look on Windows and Linux, fully styled by our QSS
    app.setStyleSheet((THEME / "kiosk.qss").read_text(encoding="utf-8"))
