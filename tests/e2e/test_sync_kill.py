"""Kill the sync process (SIGKILL) at random moments, 60 times: afterwards `status` always
reports a valid current catalog and the kiosk's repository opens it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.sync.install import sync_once
from kiosk.sync.keys import generate
from kiosk.sync.outcome import UPDATED
from kiosk.sync.publish import publish
from kiosk.sync.sources import FolderSource
from kiosk.sync.store import CatalogStore
from tests.helpers.catalogs import tiny, write_csv_folder

TRIALS = 60
ADMIN = [sys.executable, "-m", "kiosk.admin.cli"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_points_never_breaks_the_store(tmp_path: Path) -> None:
    rng = random.Random(20261128)
    key = generate()
    workbook = validate(read_workbook(write_csv_folder(tmp_path / "book", tiny())))
    pub, data = tmp_path / "pub", tmp_path / "data"
    store = CatalogStore(data)
    publish(workbook, key, pub, version=None)
    assert sync_once(store, FolderSource(pub), [key.public]).result == UPDATED
    killed_mid_way = 0
    for trial in range(TRIALS):
        publish(workbook, key, pub, version=None)
        process = subprocess.Popen(
            [
                *ADMIN,
                "sync",
                "--source",
                str(pub),
                "--data-dir",
                str(data),
                "--trust",
                key.public.text,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        time.sleep(rng.uniform(0.0, 0.25))  # a whole sync takes about 0.2 s here
        if process.poll() is None:
            killed_mid_way += 1
        process.send_signal(signal.SIGKILL)
        process.wait()
        status = subprocess.run(
            [*ADMIN, "status", "--data-dir", str(data)], capture_output=True, text=True, check=False
        )
        assert status.returncode == 0, (trial, status.stdout)
        assert status.stdout.startswith("current: version "), (trial, status.stdout)
        with Repository(store.current_path()) as repo:  # type: ignore[arg-type]
            assert repo.integrity() == "ok"
            assert repo.count("course") == 2
    assert killed_mid_way >= TRIALS // 3  # most kills really interrupted a sync
    # A later sync takes over any lock a killed process left, and brings the kiosk current.
    final = subprocess.run(
        [*ADMIN, "sync", "--source", str(pub), "--data-dir", str(data), "--trust", key.public.text],
        capture_output=True,
        text=True,
        check=False,
    )
    assert final.returncode in (0, 10), final.stdout
    assert store.current_version() == TRIALS + 1
    assert not list(store.folder.glob(".*.part"))  # no partial download is left behind
    assert not list(store.folder.glob(".*.tmp"))
