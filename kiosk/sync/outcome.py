"""What a sync check ends with. Its own small module: the window and the staff panel read
outcomes at launch, before the sync machinery (HTTP, signatures) is loaded."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SyncResult(StrEnum):
    """What a check did; its value is the word logs, `kiosk-admin` and the state file use."""

    UPDATED = "updated"
    CURRENT = "current"
    FAILED = "failed"


UPDATED, CURRENT, FAILED = SyncResult.UPDATED, SyncResult.CURRENT, SyncResult.FAILED


@dataclass(frozen=True)
class Outcome:
    result: SyncResult
    reason: str
    version: int
