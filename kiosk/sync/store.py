"""The kiosk's local catalog store: immutable versioned files and one small pointer file.

A catalog file is never replaced in place (Windows cannot replace a file SQLite has open);
instead a new file is added and `current.json` is rewritten atomically to point at it. The
previous catalog is kept for rollback.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog.repository import CatalogError, Repository
from kiosk.files import read_shared, write_atomically

POINTER = "current.json"
SAMPLE_VERSION = 0  # any published catalog (version 1 and up) is newer than the sample


@dataclass(frozen=True)
class Pointer:
    current: str
    previous: str | None = None
    # After a rollback: the version rolled away from. Sync skips it (and anything older)
    # until a newer version is published.
    rolled_back_from: int | None = None


class CatalogStore:
    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / "catalogs"

    def pointer(self) -> Pointer | None:
        try:
            raw = json.loads(read_shared(self.folder / POINTER).decode("utf-8"))
            pin = raw.get("rolled_back_from")
            return Pointer(
                str(raw["current"]), raw.get("previous"), int(pin) if pin is not None else None
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def current_path(self) -> Path | None:
        pointer = self.pointer()
        return self.folder / pointer.current if pointer else None

    def switch_to(self, name: str) -> None:
        """Point at catalog file `name` (already in the store), keeping the old one as
        previous. The pointer is replaced atomically, so a crash leaves the old or the new
        pointer, never half of one."""
        old = self.pointer()
        previous = old.current if old and old.current != name else (old.previous if old else None)
        self._write(Pointer(name, previous))

    def rollback(self) -> tuple[int, int]:
        """Go back to the previous catalog and pin it; returns (from, to) versions."""
        pointer = self.pointer()
        if pointer is None or not pointer.previous:
            raise CatalogError("there is no previous catalog to go back to")
        target = self.folder / pointer.previous
        with Repository(target) as repo:  # refuses a damaged file before switching
            to_version = repo.info().catalog_version
        from_version = self.current_version()
        self._write(Pointer(pointer.previous, pointer.current, from_version))
        return from_version, to_version

    def _write(self, pointer: Pointer) -> None:
        write_atomically(
            self.folder / POINTER,
            json.dumps(
                {
                    "current": pointer.current,
                    "previous": pointer.previous,
                    "rolled_back_from": pointer.rolled_back_from,
                },
                indent=2,
            ).encode(),
        )

    def current_version(self) -> int:
        """The catalog version in use; -1 when there is none that opens."""
        path = self.current_path()
        if path is None:
            return -1
        try:
            with Repository(path) as repo:
                return repo.info().catalog_version
        except CatalogError:
            return -1

    def keep_only(self, names: set[str]) -> None:
        """Remove catalog files other than `names` (call with the sync lock held)."""
        for path in self.folder.glob("*.catalog"):
            if path.name not in names:
                # Still open somewhere (Windows): no waiting here, every install calls this
                # again and removes it then.
                with contextlib.suppress(OSError):
                    path.unlink()

    def ensure_sample(self, source: Path) -> Path:
        """Return the current catalog, first building the packaged sample if there is none
        that opens, or if the current one is an older edition of the sample."""
        current = self.current_path()
        name = sample_name(source)
        is_old_sample = current is not None and current.name.startswith("sample-")
        if current is not None and _opens(current) and not (is_old_sample and current.name != name):
            return current
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / name
        if not _opens(target):
            # Only a first launch builds; the workbook reader stays out of every other one.
            from kiosk.catalog.sample import build_sample

            build_sample(source, target, SAMPLE_VERSION)
        self.switch_to(name)
        return target


def sample_name(source: Path) -> str:
    """The sample's file name, which changes with its sheets and wage file: an app update
    with a new sample replaces the old one on a kiosk that still shows it."""
    digest = hashlib.sha256()
    for path in sorted(source.rglob("*.csv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"sample-v{SAMPLE_VERSION}-{digest.hexdigest()[:12]}.catalog"


def _opens(path: Path) -> bool:
    try:
        Repository(path).close()
    except CatalogError:
        return False
    return True
