"""The project's colours on a staff desktop window: Fusion with the kiosk's palette, at the
desktop's own text sizes (the kiosk's touch sizes would be too big on a staff PC)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from kiosk.ui.theme import PALETTES, STANDARD

STYLESHEET = """
QLabel[role="h3"] { font-weight: bold; color: @navy; }
QLabel[role="muted"] { color: @muted; }
QLabel#MessageLabel, QLabel#ActionLabel {
    background: @note; border: 1px solid @note-edge; border-radius: 4px; padding: 8px;
}
"""


def apply(app: QApplication) -> None:
    colours = PALETTES[STANDARD]
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "page",
        QPalette.ColorRole.WindowText: "ink",
        QPalette.ColorRole.Base: "white",
        QPalette.ColorRole.AlternateBase: "soft",
        QPalette.ColorRole.Text: "ink",
        QPalette.ColorRole.Button: "soft",
        QPalette.ColorRole.ButtonText: "ink",
        QPalette.ColorRole.Highlight: "navy",
        QPalette.ColorRole.HighlightedText: "white",
        QPalette.ColorRole.ToolTipBase: "note",
        QPalette.ColorRole.ToolTipText: "ink",
    }
    for role, name in roles.items():
        palette.setColor(role, QColor(colours[name]))
    app.setStyle("Fusion")
    app.setPalette(palette)
    sheet = STYLESHEET
    for name, value in colours.items():
        sheet = sheet.replace(f"@{name};", f"{value};")
    app.setStyleSheet(sheet)
