"""A preview of the workbook in the real kiosk (Qt-free): the command that starts the
installed kiosk, and a data folder of its own holding the workbook's catalog and a
configuration that opens it in one language, windowed, syncing from nowhere."""

from __future__ import annotations

import contextlib
import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog.build import BuildError, build_catalog
from kiosk.catalog.careerpay import WageFile, open_wage_file
from kiosk.catalog.checking import read_and_check
from kiosk.catalog.languages import LANGUAGES
from kiosk.catalog.wording import Wording
from kiosk.catalog.workbook import WorkbookError
from kiosk.paths import CONFIG_FILE
from kiosk.sync.store import CatalogStore

logger = logging.getLogger(__name__)

PREFIX = "preview-"  # every preview folder's name starts so; nothing else in the root does
CATALOG = "preview.catalog"


def preview_arguments(folder: Path) -> list[str]:
    # The folder's file is given again with --config, so that it wins over a kiosk.toml
    # beside an installed kiosk: a preview must never sync or lock down.
    config = folder / "config" / CONFIG_FILE
    return ["--windowed", "--data-dir", str(folder), "--config", str(config)]


def languages_with_first(language: str) -> list[str]:
    """Every kiosk language, `language` first: the kiosk starts in the first."""
    return [language, *(code for code in LANGUAGES if code != language)]


@dataclass(frozen=True)
class Prepared:
    """A data folder ready for `kiosk --data-dir`, or why there is none."""

    folder: Path | None = None
    errors: int = 0  # the workbook's errors: nothing was built
    unreadable: str = ""  # why the workbook, the wage file or the build failed
    unreadable_wording: Wording | None = None  # what a WorkbookError's message was made from


def prepare_preview(
    source: Path,
    root: Path,
    language: str,
    wages: Path | None = None,
    area: str | None = None,
    *,
    open_wages: Callable[[Path], WageFile] = open_wage_file,
) -> Prepared:
    """Check `source` as publishing would and, if it has no errors, build its catalog into a
    new folder in `root` and install it there as the kiosk's store expects."""
    try:
        result = read_and_check(source, wages, area, open_wages=open_wages)
    except WorkbookError as exc:
        return Prepared(unreadable=str(exc), unreadable_wording=exc.wording)
    if not result.ok:
        return Prepared(errors=len(result.errors))
    try:
        root.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))
    except OSError as exc:
        return Prepared(unreadable=f"{root}: {exc.strerror or exc}")
    try:
        store = CatalogStore(folder)
        store.folder.mkdir()
        build_catalog(result, store.folder / CATALOG)
        store.switch_to(CATALOG)
        write_config(folder, language)
    except (BuildError, OSError) as exc:
        remove_folder(folder)
        return Prepared(unreadable=str(exc))
    logger.info("preview of %s prepared in %s", source, folder)
    return Prepared(folder)


def write_config(folder: Path, language: str) -> Path:
    """config/kiosk.toml: `language` first, a window, no sync."""
    path = folder / "config" / CONFIG_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    languages = ", ".join(f'"{code}"' for code in languages_with_first(language))
    path.write_text(
        "# A preview of a workbook from the Catalog window; removed when it ends.\n"
        "[kiosk]\nlockdown = false\n\n"
        f"[ui]\nlanguages = [{languages}]\n\n"
        '[sync]\nsource = ""\ntrusted_keys = []\n',
        encoding="utf-8",
    )
    return path


def preview_folders(root: Path) -> list[Path]:
    with contextlib.suppress(OSError):
        return sorted(p for p in root.iterdir() if p.is_dir() and p.name.startswith(PREFIX))
    return []


def remove_folder(folder: Path) -> None:
    # Windows keeps a file for a moment after the process that had it open ends: what is
    # left is removed with the next preview.
    shutil.rmtree(folder, ignore_errors=True)
