"""One place that knows where things live: packaged resources, and the data, log and site
configuration folders (from platformdirs, or all inside one folder given with --data-dir)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "cte-kiosk"
CONFIG_FILE = "kiosk.toml"


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
LIST_PAGE_FILES = RESOURCES / "listpage"  # the page publish writes beside the catalog
LIST_PAGE = "list.html"  # its name in a published folder, which the QR code links to


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
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
        """The platform's folders, or with a data folder (--data-dir DIR) everything the
        machine would otherwise give inside it: data in DIR, logs in DIR/logs, the site
        configuration in DIR/config/kiosk.toml. So a test, or a second kiosk, shares nothing
        with the kiosk installed on the machine. The portable file stays beside the program:
        it belongs to the installed folder, not to the machine."""
        if data_dir is not None:
            return cls(
                data_dir=data_dir,
                log_dir=data_dir / "logs",
                # A folder of its own, as on the platform: what IT writes stays apart from
                # what the kiosk writes, and a --config file kept in DIR is never read twice.
                site_config=data_dir / "config" / CONFIG_FILE,
                portable_config=portable_config(),
            )
        return cls(
            data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
            log_dir=platformdirs.user_log_path(APP_NAME, appauthor=False),
            site_config=platformdirs.site_config_path(APP_NAME, appauthor=False) / CONFIG_FILE,
            portable_config=portable_config(),
        )


def portable_config() -> Path | None:
    """A portable install (a frozen folder copied anywhere) reads kiosk.toml from beside
    its executable; a source checkout has no such place."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent / CONFIG_FILE
