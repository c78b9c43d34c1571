"""The Catalog window's preview without Qt: which kiosk it starts, and the data folder it
starts it on (the workbook's catalog installed in the kiosk's store, and its configuration)."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk import programs
from kiosk.catalog.languages import LANGUAGES
from kiosk.catalog.repository import Repository
from kiosk.catalogapp.previewfolder import (
    prepare_preview,
    preview_arguments,
    preview_folders,
)
from kiosk.config import load
from kiosk.paths import Paths
from kiosk.sync.store import CatalogStore
from tests.helpers.catalogs import tiny, write_csv_folder


def test_a_frozen_window_starts_the_kiosk_program_beside_it(tmp_path: Path) -> None:
    windows = programs.command(
        programs.KIOSK,
        frozen=True,
        executable=str(tmp_path / "kiosk-catalog.exe"),
        platform="win32",
    )
    assert windows == [str(tmp_path.resolve() / "kiosk.exe")]
    linux = programs.command(
        programs.CATALOG, frozen=True, executable=str(tmp_path / "kiosk-admin"), platform="linux"
    )
    assert linux == [str(tmp_path.resolve() / "kiosk-catalog")]


def test_from_python_it_starts_this_pythons_package() -> None:
    assert programs.command(programs.KIOSK, frozen=False) == [sys.executable, "-m", "kiosk"]
    # the tests are not frozen
    assert programs.command(programs.CATALOG) == [sys.executable, "-m", "kiosk.catalogapp"]


def test_the_folder_holds_the_workbooks_catalog_installed_in_the_kiosks_store(
    tmp_path: Path,
) -> None:
    sheets = tiny()
    sheets["courses"][0]["title"] = "Nursing Basics, as typed today"
    book = write_csv_folder(tmp_path / "book", sheets)
    prepared = prepare_preview(book, tmp_path / "previews", "vi")
    assert prepared.folder is not None and not prepared.unreadable
    assert preview_folders(tmp_path / "previews") == [prepared.folder]
    store = CatalogStore(prepared.folder)
    current = store.current_path()
    assert current is not None and current.parent == prepared.folder / "catalogs"
    assert store.current_version() == 1
    with Repository(current) as repo:
        assert repo.count("course") == 2
        titles = {c.code: c.title for c in repo.course_summaries(["HS-110", "TR-210"], "en")}
    assert titles == {"HS-110": "Nursing Basics, as typed today", "TR-210": "Auto Technology"}


def test_the_kiosk_reads_the_chosen_language_first_no_sync_and_no_lockdown(
    tmp_path: Path,
) -> None:
    book = write_csv_folder(tmp_path / "book", tiny())
    folder = prepare_preview(book, tmp_path / "previews", "es").folder
    assert folder is not None
    arguments = preview_arguments(folder)
    assert arguments[:3] == ["--windowed", "--data-dir", str(folder)]
    # As the kiosk itself layers its files for `--data-dir folder --config ...`.
    paths = Paths.resolve(folder)
    config = load(paths.config_files(Path(arguments[-1])))
    assert config.languages == ("es", *(code for code in LANGUAGES if code != "es"))
    assert config.lockdown is False
    assert config.sync_source == "" and config.sync_trusted_keys == ()
    assert paths.site_config in config.files


def test_a_workbook_with_errors_gets_no_folder(tmp_path: Path) -> None:
    sheets = tiny()
    sheets["courses"][1]["grade_min"] = "eleven"
    sheets["offerings"][2]["school"] = "ZZZ"
    book = write_csv_folder(tmp_path / "book", sheets)
    prepared = prepare_preview(book, tmp_path / "previews", "en")
    assert (prepared.folder, prepared.errors) == (None, 2)
    assert preview_folders(tmp_path / "previews") == []


def test_an_unreadable_wage_file_is_said_and_nothing_is_built(tmp_path: Path) -> None:
    book = write_csv_folder(tmp_path / "book", tiny())
    wages = tmp_path / "MSA_M2025_dl.xlsx"
    wages.write_bytes(b"not a workbook")
    prepared = prepare_preview(book, tmp_path / "previews", "en", wages)
    assert prepared.folder is None
    assert prepared.unreadable.startswith("MSA_M2025_dl.xlsx: cannot be read as a workbook")
    assert preview_folders(tmp_path / "previews") == []
