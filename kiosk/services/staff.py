"""What the admin panel can do, behind one narrow object: check the PIN, report status,
sync, import from a USB drive, roll back, summarise usage, print a test page, restart, exit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.exits import EXIT_OK, EXIT_RESTART
from kiosk.log import Event, event
from kiosk.pin import Attempt, PinGuard
from kiosk.services.sync import SyncService
from kiosk.services.usage import UsageRecorder
from kiosk.sync.store import CatalogStore

# The panel's machinery (HTTP, manifests, printing) loads when staff first use it, not at
# launch, where every millisecond counts towards the first frame.
if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from kiosk.sync.removable import PublishedFolder
    from kiosk.sync.status import StoreStatus

log = logging.getLogger(__name__)


class ActionFailed(Exception):
    """A staff action could not be done; the message says why."""


class StaffService(QObject):
    exit_requested = Signal(int)  # an exit code from kiosk.exits

    def __init__(
        self,
        pin: PinGuard,
        store: CatalogStore,
        sync: SyncService,
        usage: UsageRecorder,
        config: Config,
        printer: Callable[[], QPrinter | None],
        media_roots: Callable[[], list[Path]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pin = pin
        self.sync = sync
        self._store = store
        self._usage = usage
        self._interval = config.sync_interval_minutes
        self._printer = printer
        self._media_roots = media_roots

    def try_pin(self, pin: str) -> Attempt:
        attempt = self.pin.attempt(pin)
        log.info("admin PIN %s", "accepted" if attempt.ok else "refused")  # never the PIN
        return attempt

    def status(self) -> StoreStatus:
        from kiosk.sync.status import status_report

        return status_report(self._store, self._interval)

    def published_on_media(self) -> list[PublishedFolder]:
        from kiosk.sync.removable import find_published, removable_roots

        return find_published((self._media_roots or removable_roots)())

    def import_from(self, folder: Path) -> bool:
        log.info("staff import from %s", folder)
        return self.sync.run_now(str(folder))

    def rollback(self) -> tuple[int, int]:
        """Back to the previous catalog; the kiosk shows it when admin mode closes. Raises
        ActionFailed with the reason."""
        from kiosk.catalog.repository import CatalogError
        from kiosk.sync.lock import LockBusy, sync_lock

        try:
            with sync_lock(self._store.folder):
                versions = self._store.rollback()
        except (CatalogError, LockBusy) as exc:
            raise ActionFailed(str(exc)) from exc
        except OSError as exc:  # the pointer file could not be replaced: nothing changed
            raise ActionFailed(f"the catalog folder cannot be written ({exc})") from exc
        event(log, Event.ROLLBACK, "staff rolled back from version %s to %s", *versions)
        return versions

    def usage(self, days: int) -> tuple[dict[str, int], list[tuple[str, int]]]:
        """Totals per measure and the most opened courses over the last `days` days."""
        self._usage.flush()
        log_ = self._usage.usage
        return log_.summary(days), log_.top("course", days)

    def test_print(self) -> None:
        """Raises PrintFailed with the reason."""
        from kiosk.services.slip import print_test_page

        print_test_page(self._printer())

    def restart(self) -> None:
        event(log, Event.RESTART, "staff asked for a restart")
        self.exit_requested.emit(EXIT_RESTART)

    def exit_kiosk(self) -> None:
        event(log, Event.EXIT, "staff exited the kiosk")
        self.exit_requested.emit(EXIT_OK)
