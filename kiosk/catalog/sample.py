"""Build the packaged sample catalog: its sheets, and the BLS wage file in its `wages/`."""

from __future__ import annotations

from pathlib import Path

from kiosk.catalog.build import BuildError, build_catalog
from kiosk.catalog.careerpay import join_pay, open_wage_file
from kiosk.catalog.repository import CatalogError
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import WorkbookError, read_workbook


def build_sample(source: Path, target: Path, version: int) -> None:
    """Raises CatalogError when the sample cannot be built."""
    try:
        validation = validate(read_workbook(source))
        wage_files = sorted((source / "wages").glob("*.csv")) if source.is_dir() else []
        if wage_files:
            validation.pay = join_pay(validation, open_wage_file(wage_files[0]))
        # force: a damaged file here is the kiosk's own, not a staff file to protect.
        build_catalog(validation, target, catalog_version=version, force=True)
    except (BuildError, WorkbookError) as exc:
        raise CatalogError(f"the sample catalog could not be built: {exc}") from exc
