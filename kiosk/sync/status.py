"""What a kiosk's catalog store holds and what its last sync found: for `kiosk-admin status`
and the admin panel."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from kiosk.catalog.repository import CatalogError, Repository
from kiosk.sync.install import read_state
from kiosk.sync.store import CatalogStore


def status_report(store: CatalogStore, interval_minutes: int) -> dict[str, Any]:
    """current/previous catalog (file, version, sample, created, or error), rolled_back_from,
    last_sync (the saved sync state) and next_check."""
    pointer = store.pointer()
    report: dict[str, Any] = {"current": None, "previous": None}
    for role in ("current", "previous"):
        name = getattr(pointer, role) if pointer else None
        if not name:
            continue
        try:
            with Repository(store.folder / name) as repo:
                info = repo.info()
            report[role] = {
                "file": name,
                "version": info.catalog_version,
                "sample": info.is_sample,
                "created": info.created.isoformat(),
            }
        except CatalogError as exc:
            report[role] = {"file": name, "error": str(exc)}
    report["rolled_back_from"] = pointer.rolled_back_from if pointer else None
    state = read_state(store)
    report["last_sync"] = asdict(state)
    if state.last_check:
        due = dt.datetime.fromisoformat(state.last_check) + dt.timedelta(minutes=interval_minutes)
        report["next_check"] = due.isoformat(timespec="seconds")
    else:
        report["next_check"] = "at the kiosk's next launch"
    return report
