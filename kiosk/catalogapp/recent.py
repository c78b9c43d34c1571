"""The workbook staff used last and the folder they publish to, kept in their settings, so
the window offers them again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "workbook/last"
PUBLISH_KEY = "publish/folder"


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


class PublishFolder:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def last(self) -> Path | None:
        """The folder published to last, even if it is not there now: a USB stick or a share
        may only be plugged in or connected later."""
        value = self._settings.value(PUBLISH_KEY, "")
        return Path(value) if isinstance(value, str) and value else None

    def remember(self, folder: Path) -> None:
        self._settings.setValue(PUBLISH_KEY, str(folder))
        self._settings.sync()
