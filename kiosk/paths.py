"""One place that knows where things live: packaged resources, and the data, config and log
folders (from platformdirs, each overridable)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "cte-kiosk"


def _resources() -> Path:
    # Frozen builds carry data in sys._MEIPASS; a source tree or an editable install keeps
    # resources/ beside the package.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources()
SAMPLE_CATALOG_SOURCE = RESOURCES / "sample-catalog"
ICONS = RESOURCES / "icons"
THEME = RESOURCES / "theme"
TRANSLATIONS = RESOURCES / "translations"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    user_config: Path
    site_config: Path
    portable_config: Path | None  # kiosk.toml beside the frozen executable

    def config_files(self, extra: Path | None = None) -> list[Path]:
        """The configuration layers in the order they apply, later ones winning: the
        site-wide file, the portable file, then one given on the command line."""
        files = [self.site_config]
        if self.portable_config is not None:
            files.append(self.portable_config)
        return files + ([extra] if extra else [])

    @classmethod
    def resolve(cls, data_dir: Path | None = None) -> Paths:
        data = data_dir or platformdirs.user_data_path(APP_NAME, appauthor=False)
        logs = (
            (data / "logs") if data_dir else platformdirs.user_log_path(APP_NAME, appauthor=False)
        )
        return cls(
            data_dir=data,
            log_dir=logs,
            user_config=platformdirs.user_config_path(APP_NAME, appauthor=False) / "kiosk.toml",
            site_config=platformdirs.site_config_path(APP_NAME, appauthor=False) / "kiosk.toml",
            portable_config=portable_config(),
        )


def portable_config() -> Path | None:
    """A portable install (a frozen folder copied anywhere) reads kiosk.toml from beside
    its executable; a source checkout has no such place."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent / "kiosk.toml"
