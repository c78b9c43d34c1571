"""Publishing: build a catalog, sign its manifest, and lay both out in a folder that any web
server, file share or USB stick can carry."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from pathlib import Path

from kiosk import __version__
from kiosk.catalog.build import build_catalog
from kiosk.catalog.identify import is_catalog_file
from kiosk.catalog.schema import SCHEMA_VERSION
from kiosk.catalog.validate import Validation
from kiosk.files import read_shared, write_atomically
from kiosk.sync.keys import PrivateKey
from kiosk.sync.listpage import PageError, remove_older_pages, write_list_page
from kiosk.sync.manifest import MANIFEST_NAME, Manifest, ManifestError, read_unverified, sign
from kiosk.sync.pagewords import WordsMissing


class PublishError(Exception):
    """Nothing was published; the message says why."""


def published_version(folder: Path) -> int:
    """The catalog version already published in `folder` (0 if none)."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return 0
    try:
        return read_unverified(read_shared(path)).catalog_version
    except (OSError, ManifestError) as exc:
        raise PublishError(f"{path}: cannot read the published manifest ({exc})") from exc


def published_catalog(folder: Path) -> Path | None:
    """The catalog file the folder's manifest names (it may be missing); None if nothing is
    published in `folder` yet."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return None
    try:
        return folder / read_unverified(read_shared(path)).file
    except (OSError, ManifestError) as exc:
        raise PublishError(f"{path}: cannot read the published manifest ({exc})") from exc


def publish(
    validation: Validation,
    key: PrivateKey,
    folder: Path,
    *,
    version: int | None,
    expires_days: int = 365,
    min_app_version: str = __version__,
    now: dt.datetime | None = None,
) -> Manifest:
    now = now or dt.datetime.now(dt.UTC)
    if folder.exists() and not folder.is_dir():
        raise PublishError(f"{folder} is a file, not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    # An unreadable manifest.json (perhaps not ours) is refused here, so never overwritten.
    current = published_version(folder)
    new = version if version is not None else current + 1
    if new <= current:
        raise PublishError(f"version {new} is not newer than version {current} already in {folder}")
    name = _file_name(new)
    _check_replaceable(folder / name)
    path = build_catalog(validation, folder / name, catalog_version=new, created=now)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    # The list page phones open from the QR code, from the same build (kiosk.sync.listpage).
    try:
        write_list_page(path, folder, new)
    except (PageError, WordsMissing) as exc:
        raise PublishError(str(exc)) from exc
    manifest = Manifest(
        catalog_version=new,
        file=name,
        sha256=digest,
        size=path.stat().st_size,
        created=now.isoformat(timespec="seconds"),
        expires=(now + dt.timedelta(days=expires_days)).isoformat(timespec="seconds"),
        min_app_version=min_app_version,
        schema_version=SCHEMA_VERSION,
    )
    # The manifest goes last: a reader never sees it point at a file that is not there yet.
    write_atomically(folder / MANIFEST_NAME, sign(manifest, key))
    _remove_older(folder, keep={name, _file_name(current)})
    remove_older_pages(folder, keep={new, current})
    return manifest


def _file_name(version: int) -> str:
    return f"catalog-v{version}.catalog"


def _check_replaceable(path: Path) -> None:
    if path.exists() and not is_catalog_file(path):
        raise PublishError(
            f"{path.name} in {path.parent} exists and is not a catalog file; move it away first"
        )


def _remove_older(folder: Path, keep: set[str]) -> None:
    # The previous file stays: a kiosk may be downloading it right now. Only catalog files go:
    # anything else under such a name is somebody's file. One still open (a kiosk copying it
    # from the share) is not waited for: the next publish removes it.
    for old in folder.glob("catalog-v*.catalog"):
        if old.name not in keep and is_catalog_file(old):
            with contextlib.suppress(OSError):
                old.unlink()
