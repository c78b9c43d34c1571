"""The floor for the launch benchmark: a bare PySide6 window, full screen, with a title, a
label and a few buttons, and nothing else (run as a program, like the kiosk)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Career Kiosk")
    layout = QVBoxLayout(window)
    title = QLabel("Career classes")
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = title.font()
    font.setPointSize(40)
    title.setFont(font)
    label = QLabel("Touch the screen to explore career classes")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addStretch()
    layout.addWidget(title)
    layout.addWidget(label)
    row = QHBoxLayout()
    for name in ("Start", "English", "Español", "Tiếng Việt"):
        row.addWidget(QPushButton(name))
    layout.addLayout(row)
    layout.addStretch()
    # As the locked kiosk does: without a window manager, full screen alone keeps the size hint.
    window.setGeometry(app.primaryScreen().geometry())
    window.showFullScreen()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
