"""What a kiosk's catalog store holds and what its last sync found: for `kiosk-admin status`
and the staff panel."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from kiosk.catalog.repository import CatalogError, Repository
from kiosk.sync.install import SyncState, read_state
from kiosk.sync.store import CatalogStore


@dataclass(frozen=True)
class InstalledCatalog:
    """A catalog file of the store: its version and when it was built, or why it cannot be
    opened (`error`)."""

    file: str
    version: int = -1
    sample: bool = False
    created: str = ""  # ISO 8601
    error: str = ""
    # Where its careers' pay comes from: BLS's release and area; "" when no wage file was
    # joined (a catalog built without --wages, or before pay existed).
    wage_release: str = ""
    wage_area: str = ""  # BLS's area code, 40900
    wage_area_title: str = ""

    @property
    def pay_source(self) -> str:
        """`BLS May 2025, Sacramento-Roseville-Folsom, CA (40900)`, or "" when none."""
        if not self.wage_release:
            return ""
        title, code = self.wage_area_title, self.wage_area
        area = f"{title} ({code})" if title and code else title or code
        return f"BLS {self.wage_release}, {area}" if area else f"BLS {self.wage_release}"

    def as_json(self) -> dict[str, Any]:
        if self.error:
            return {"file": self.file, "error": self.error}
        return {k: v for k, v in asdict(self).items() if k != "error"}


@dataclass(frozen=True)
class StoreStatus:
    current: InstalledCatalog | None
    previous: InstalledCatalog | None
    rolled_back_from: int | None
    last_sync: SyncState
    next_check: str  # ISO 8601, or words for a kiosk that has not checked yet

    @property
    def healthy(self) -> bool:
        """A current catalog that opens."""
        return self.current is not None and not self.current.error

    def as_json(self) -> dict[str, Any]:
        """For `kiosk-admin status --json`."""
        return {
            "current": self.current.as_json() if self.current else None,
            "previous": self.previous.as_json() if self.previous else None,
            "rolled_back_from": self.rolled_back_from,
            "last_sync": asdict(self.last_sync),
            "next_check": self.next_check,
        }


def status_report(store: CatalogStore, interval_minutes: int) -> StoreStatus:
    pointer = store.pointer()
    state = read_state(store)
    if state.last_check:
        due = dt.datetime.fromisoformat(state.last_check) + dt.timedelta(minutes=interval_minutes)
        next_check = due.isoformat(timespec="seconds")
    else:
        next_check = "at the kiosk's next launch"
    return StoreStatus(
        current=_installed(store, pointer.current if pointer else None),
        previous=_installed(store, pointer.previous if pointer else None),
        rolled_back_from=pointer.rolled_back_from if pointer else None,
        last_sync=state,
        next_check=next_check,
    )


def _installed(store: CatalogStore, name: str | None) -> InstalledCatalog | None:
    if not name:
        return None
    try:
        with Repository(store.folder / name) as repo:
            info = repo.info()
    except CatalogError as exc:
        return InstalledCatalog(name, error=str(exc))
    return InstalledCatalog(
        name,
        info.catalog_version,
        info.is_sample,
        info.created.isoformat(),
        wage_release=info.wage_release,
        wage_area=info.wage_area_code,
        wage_area_title=info.wage_area,
    )
