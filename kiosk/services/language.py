"""Switches the interface language at run time with Qt's translators."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from kiosk.catalog.languages import LOCALES
from kiosk.services.translating import TRANSLATORS

log = logging.getLogger(__name__)


# The number, money and date formats of each language (kiosk.catalog.languages.LOCALES) in
# Qt's spelling of the same locale names.
_LOCALES = {lang: tag.replace("-", "_") for lang, tag in LOCALES.items()}


@cache
def interface_locale(language: str) -> QLocale:
    """The locale that formats numbers, money and dates for `language`. Passed where it is
    needed rather than made Qt's default: QLocale.setDefault is not safe while other threads
    (speech) make locales."""
    return QLocale(_LOCALES.get(language, "en_US"))


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
        """Install `language`; returns False (and falls back to English) if its file is
        missing. English itself needs only its plural forms ("1 class", "2 classes")."""
        translators = self._translators(language)
        found = bool(translators) or language == "en"
        if not found:
            log.error("no interface translation for %r in %s", language, self._folder)
            translators = self._translators("en")
        self.language = language if found else "en"
        self._install(translators)
        return found

    def _install(self, translators: list[QTranslator]) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        # Free unless the speech thread is starting or destroying an engine (translating.py).
        with TRANSLATORS:
            for translator in self._installed:
                app.removeTranslator(translator)
            for translator in translators:
                app.installTranslator(translator)
        self._installed = translators

    def _translators(self, language: str) -> list[QTranslator]:
        if language not in self._loaded:
            loaded: list[QTranslator] = []
            path = self._folder / f"kiosk_{language}.qm"
            if path.is_file():
                qt = QTranslator(self)
                if language != "en" and qt.load(
                    QLocale(language),
                    "qtbase",
                    "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                ):
                    loaded.append(qt)
                ours = QTranslator(self)
                if ours.load(str(path)):
                    loaded.append(ours)  # installed last, so asked first
            self._loaded[language] = loaded
        return self._loaded[language]
