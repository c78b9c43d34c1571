"""The workbook staff used last, kept in their settings, so the window reopens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "workbook/last"


class RecentWorkbook:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def last(self) -> Path | None:
        """The last workbook, if it is still there."""
        value = self._settings.value(KEY, "")
        if not isinstance(value, str) or not value:
            return None
        path = Path(value)
        return path if path.exists() else None

    def remember(self, source: Path) -> None:
        self._settings.setValue(KEY, str(source))
        self._settings.sync()
