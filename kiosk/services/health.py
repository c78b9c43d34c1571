"""`kiosk --self-test`: what IT needs to know a kiosk can run, as one JSON object.

Healthy means: a Qt platform plugin loaded, SQLite has FTS5, SVG icons render, the
configuration is valid, a catalog opens (or the sample can be built on first launch), the
interface translations are there and some installed font covers every enabled language.
"""

from __future__ import annotations

import importlib
import platform
import sqlite3
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon, QImageReader

from kiosk import __version__
from kiosk.catalog.repository import CatalogError, Repository
from kiosk.config import Config
from kiosk.paths import ICONS, SAMPLE_CATALOG_SOURCE, TRANSLATIONS, Paths
from kiosk.sync.store import CatalogStore

WRITING_SYSTEMS = {
    "en": QFontDatabase.WritingSystem.Latin,
    "es": QFontDatabase.WritingSystem.Latin,
    "hmn": QFontDatabase.WritingSystem.Latin,  # Hmong RPA is written in Latin letters
    "vi": QFontDatabase.WritingSystem.Vietnamese,
    "zh": QFontDatabase.WritingSystem.TraditionalChinese,
    "zh-Hans": QFontDatabase.WritingSystem.SimplifiedChinese,
}


def report(
    app: QGuiApplication,
    config: Config | None,
    config_error: str,
    paths: Paths,
) -> tuple[bool, dict[str, Any]]:
    problems: list[str] = []
    result: dict[str, Any] = {
        "app_version": __version__,
        "python": platform.python_version(),
        "os": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "platform_plugin": app.platformName(),
        "sqlite": _sqlite(problems),
        "svg": _svg(problems),
        "config": {
            "files": [str(p) for p in config.files] if config else [],
            "error": config_error,
        },
        "paths": {
            "data": str(paths.data_dir),
            "logs": str(paths.log_dir),
            "site_config": str(paths.site_config),
            "portable_config": str(paths.portable_config or ""),
        },
        "catalog": _catalog(paths.data_dir, problems),
        "speech_engines": _speech(),
    }
    if config_error:
        problems.append(f"configuration: {config_error}")
    languages = config.languages if config else ("en",)
    result["health_reports"] = _reports(config, problems) if config else {}
    result["translations"] = _translations(languages, problems)
    result["fonts"] = _fonts(languages, problems)
    result["problems"] = problems
    result["healthy"] = not problems
    return not problems, result


def _sqlite(problems: list[str]) -> dict[str, Any]:
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        fts5 = True
    except sqlite3.Error:
        fts5 = False
        problems.append("SQLite has no FTS5: search cannot work")
    finally:
        db.close()
    return {"version": sqlite3.sqlite_version, "fts5": fts5}


def _svg(problems: list[str]) -> dict[str, Any]:
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    rendered = not QIcon(str(ICONS / "ui" / "home.svg")).pixmap(QSize(32, 32)).isNull()
    if "svg" not in formats or not rendered:
        problems.append("SVG icons do not render (the Qt SVG plugin is missing)")
    return {"supported": "svg" in formats, "icon_rendered": rendered}


def _catalog(data_dir: Path, problems: list[str]) -> dict[str, Any]:
    path = CatalogStore(data_dir).current_path()
    if path is None:
        if SAMPLE_CATALOG_SOURCE.is_dir():
            return {"installed": False, "note": "the sample catalog is built on first launch"}
        problems.append("no catalog is installed and the sample catalog is missing")
        return {"installed": False}
    try:
        with Repository(path) as repo:
            info = repo.info()
            integrity = repo.integrity()
    except CatalogError as exc:
        problems.append(f"the current catalog does not open: {exc}")
        return {"installed": True, "file": path.name, "error": str(exc)}
    if integrity != "ok":
        problems.append(f"the current catalog failed its integrity check: {integrity}")
    return {
        "installed": True,
        "file": path.name,
        "version": info.catalog_version,
        "sample": info.is_sample,
        "languages": list(info.languages),
        "integrity": integrity,
    }


def _reports(config: Config, problems: list[str]) -> dict[str, Any]:
    """Where health reports go and whether those folders are there now. Not a problem when
    one is missing: a share may be down for a while, and the kiosk works without it."""
    from kiosk.fleet.figures import kiosk_name

    folders = {"textfile_dir": config.health_textfile_dir, "report_dir": config.health_report_dir}
    found: dict[str, Any] = {
        "name": kiosk_name(config.kiosk_name),
        "interval_seconds": config.health_interval_seconds,
    }
    for key, folder in folders.items():
        if folder:
            found[key] = {"path": folder, "reachable": Path(folder).is_dir()}
    if config.health_textfile_dir:
        found["textfile_dir"]["format"] = _textfile_format(problems)
    return found


def _textfile_format(problems: list[str]) -> str:
    """Whether the Prometheus textfile can be made here (its library is in the program)."""
    from kiosk.fleet.figures import KioskFigures
    from kiosk.fleet.textfile import exposition

    blank = KioskFigures("self-test", __version__, -1, "", False, False, "off", "", 0, 0, 0, 0, 0,
                         False, False, True, 60)  # fmt: skip
    try:
        text = exposition(blank)
    except Exception as exc:  # a build without prometheus_client
        problems.append(f"health.textfile_dir is set, but the textfile cannot be made: {exc}")
        return "error"
    return "ok" if "cte_kiosk_info" in text else "error"


def _speech() -> list[str]:
    try:  # QtTextToSpeech comes with PySide6-Addons, which a kiosk may not have
        module = importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        return []
    return [e for e in module.QTextToSpeech.availableEngines() if e != "mock"]


def _translations(languages: tuple[str, ...], problems: list[str]) -> dict[str, bool]:
    found = {lang: (TRANSLATIONS / f"kiosk_{lang}.qm").is_file() for lang in languages}
    for lang, present in found.items():
        if lang != "en" and not present:
            problems.append(f"no interface translation for {lang} (kiosk_{lang}.qm)")
    return found


def _fonts(languages: tuple[str, ...], problems: list[str]) -> dict[str, list[str]]:
    covered = {}
    for lang in languages:
        families = QFontDatabase.families(
            WRITING_SYSTEMS.get(lang, QFontDatabase.WritingSystem.Latin)
        )
        covered[lang] = families[:3]
        if not families:
            problems.append(f"no installed font covers {lang}")
    return covered
