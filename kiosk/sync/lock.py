"""One sync at a time per data folder: the kiosk's own and a scheduled `kiosk-admin sync` may
start together. The lock is a file created exclusively; a lock left by a process that died is
taken over."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from kiosk.files import read_shared, retry_refused, unlink_retrying

STALE_SECONDS = 30 * 60  # no sync takes this long; a lock this old was left by a crash


class LockBusy(Exception):
    """Another sync holds the lock."""


def _holder_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # no cheap, safe check on Windows (os.kill would end it): age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(path: Path) -> bool:
    try:
        holder = json.loads(read_shared(path).decode("utf-8"))
        age = time.time() - float(holder["time"])
        return age > STALE_SECONDS or not _holder_alive(int(holder["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable: a crash between creating and writing it, unless it is brand new.
        try:
            return time.time() - path.stat().st_mtime > 5
        except OSError:
            return False


@contextlib.contextmanager
def sync_lock(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sync.lock"
    for _ in range(2):
        try:
            # Refused for a moment on Windows while a lock just removed is still held open.
            descriptor = retry_refused(
                lambda: os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644), path
            )
        except FileExistsError:
            if _stale(path):
                unlink_retrying(path, missing_ok=True)
                continue
            raise LockBusy("another sync is running") from None
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"pid": os.getpid(), "time": time.time()}, handle)
        try:
            yield
        finally:
            # Still refused after the retries (and logged): the lock goes stale by its age,
            # and the sync that held it is over either way.
            with contextlib.suppress(PermissionError):
                unlink_retrying(path, missing_ok=True)
        return
    raise LockBusy("another sync is running")
