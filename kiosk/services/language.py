"""Switches the interface language at run time with Qt's translators."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

log = logging.getLogger(__name__)


class LanguageSwitcher(QObject):
    """Installs our `kiosk_<lang>.qm` and Qt's own `qtbase_<lang>.qm`; English needs none."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._installed: list[QTranslator] = []
        # Loaded once per language and reused: a kiosk switches language all day long.
        self._loaded: dict[str, list[QTranslator]] = {}
        self.language = "en"

    def switch(self, language: str) -> bool:
        """Install `language`; returns False (and stays English) if its file is missing."""
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        if language == "en":
            return True
        translators = self._translators(language)
        if not translators:
            self.language = "en"
            return False
        for translator in translators:
            app.installTranslator(translator)
        self._installed = translators
        return True

    def _translators(self, language: str) -> list[QTranslator]:
        if language not in self._loaded:
            ours = QTranslator(self)
            if not ours.load(str(self._folder / f"kiosk_{language}.qm")):
                log.error("no interface translation for %r in %s", language, self._folder)
                return []
            qt = QTranslator(self)
            qt_found = qt.load(
                QLocale(language),
                "qtbase",
                "_",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            )
            # Installed last is asked first: ours before Qt's own strings.
            self._loaded[language] = ([qt] if qt_found else []) + [ours]
        return self._loaded[language]
