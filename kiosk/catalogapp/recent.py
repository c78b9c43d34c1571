"""What staff used last, kept in their settings: the workbook (so the window reopens it), the
folder they publish to, BLS's wage file and area, and the language they preview the kiosk in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kiosk.catalog.languages import FALLBACK, LANGUAGES

KEY = "workbook/last"
PUBLISH_KEY = "publish/folder"
WAGES_KEY = "wages/file"
AREA_KEY = "wages/area"
PREVIEW_LANGUAGE_KEY = "preview/language"


class RecentWorkbook:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def last(self) -> Path | None:
        """The last workbook, if it is still there."""
        path = self._path(KEY)
        return path if path is not None and path.exists() else None

    def remember(self, source: Path) -> None:
        self._settings.setValue(KEY, str(source))
        self._settings.sync()

    def wage_file(self) -> Path | None:
        """The wage file chosen last, whether or not it is still there."""
        return self._path(WAGES_KEY)

    def wage_area(self) -> str | None:
        value = self._settings.value(AREA_KEY, "")
        return value if isinstance(value, str) and value else None

    def remember_wages(self, wages: Path | None, area: str | None) -> None:
        self._settings.setValue(WAGES_KEY, str(wages) if wages else "")
        self._settings.setValue(AREA_KEY, area or "")
        self._settings.sync()

    def preview_language(self) -> str:
        value = self._settings.value(PREVIEW_LANGUAGE_KEY, FALLBACK)
        return value if isinstance(value, str) and value in LANGUAGES else FALLBACK

    def remember_preview_language(self, language: str) -> None:
        self._settings.setValue(PREVIEW_LANGUAGE_KEY, language)
        self._settings.sync()

    def _path(self, key: str) -> Path | None:
        value = self._settings.value(key, "")
        return Path(value) if isinstance(value, str) and value else None


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
