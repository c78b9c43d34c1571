"""Test-wide setup: Qt renders offscreen, the machine's own kiosk folders and speech daemon
are out of reach, an unexpected warning from the kiosk fails the test; shared catalog
fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must happen before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.catalog.build import build_catalog
from kiosk.catalog.careerpay import join_pay, open_wage_file
from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from tests.helpers import machine, speechd
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.logfail import fail_on_unexpected_warnings
from tests.helpers.machine import no_machine_folders

__all__ = ["fail_on_unexpected_warnings", "no_machine_folders"]  # autouse fixtures


def pytest_configure() -> None:
    # Before any test runs, so every process a test starts inherits the hidden folders.
    machine.hide_machine_folders()
    speechd.hide_machine_daemon(machine.hidden[-1])  # and the machine's speech daemon
    machine.forbid_platform_folders()


def pytest_unconfigure() -> None:
    machine.unhide()


@pytest.fixture(scope="session")
def sample_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped sample catalog, with its pay from its BLS wage file, built once per test
    run."""
    result = validate(read_workbook(SAMPLE_CATALOG_SOURCE))
    (wages,) = (SAMPLE_CATALOG_SOURCE / "wages").glob("*.csv")
    result.pay = join_pay(result, open_wage_file(wages))
    assert result.ok, [str(p) for p in result.errors]
    return build_catalog(result, tmp_path_factory.mktemp("sample") / "sample.catalog")


@pytest.fixture
def sample_repo(sample_catalog: Path) -> Repository:
    repo = Repository(sample_catalog)
    yield repo  # type: ignore[misc]
    repo.close()


@pytest.fixture
def tiny_source(tmp_path: Path) -> Path:
    return write_csv_folder(tmp_path / "tiny", tiny())


@pytest.fixture
def tiny_catalog(tiny_source: Path, tmp_path: Path) -> Path:
    result = validate(read_workbook(tiny_source))
    assert result.ok, [str(p) for p in result.errors]
    return build_catalog(result, tmp_path / "tiny.catalog")
