"""Small files on Windows school PCs: a replace or delete refused while another program has the
file open is tried again for about a second, and then fails leaving the old file as it was;
a real permission problem fails at once. Windows' refusal is injected at os.replace/os.unlink."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk import files
from kiosk.files import (
    FILE_SHARE_DELETE,
    FILE_SHARE_READ,
    FILE_SHARE_WRITE,
    GENERIC_READ,
    OPEN_EXISTING,
    PAUSES,
    create_file_arguments,
    open_shared,
    read_shared,
    replace_retrying,
    retry_refused,
    unlink_retrying,
    write_atomically,
)
from kiosk.pin import LOCKOUT_FILE, PinGuard, write_pin_file
from kiosk.sync.install import STATE, read_state, sync_once
from kiosk.sync.outcome import Outcome
from kiosk.sync.sources import FolderSource
from kiosk.sync.store import POINTER, CatalogStore

STILL_IN_USE = r"still in use by another program"
TRIES = len(PAUSES) + 1


def windows_refusal(path: object, winerror: int | None = 32) -> PermissionError:
    """The PermissionError Windows raises while another program has `path` open."""
    exc = PermissionError(13, "The process cannot access the file", str(path))
    if winerror is not None:
        exc.winerror = winerror  # type: ignore[attr-defined]  # (only Windows' Python sets it)
    return exc


@dataclass
class Refuser:
    """Stands in for os.replace or os.unlink: refuses `times` calls on files named `name`
    (every call if None), then does the real thing."""

    real: Callable[..., None]
    name: str
    times: int | None
    winerror: int | None = 32
    calls: list[str] = field(default_factory=list)

    def __call__(self, *paths: str | os.PathLike[str]) -> None:
        target = Path(paths[-1])
        if target.name == self.name:
            self.calls.append(target.name)
            if self.times is None or len(self.calls) <= self.times:
                raise windows_refusal(target, self.winerror)
        self.real(*paths)


@pytest.fixture(autouse=True)
def slept(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    pauses: list[float] = []
    monkeypatch.setattr(files, "sleep", pauses.append)
    return pauses


def refuse_replace(
    monkeypatch: pytest.MonkeyPatch, name: str, times: int | None, winerror: int | None = 32
) -> Refuser:
    refuser = Refuser(os.replace, name, times, winerror)
    monkeypatch.setattr(os, "replace", refuser)
    return refuser


def refuse_unlink(monkeypatch: pytest.MonkeyPatch, name: str, times: int | None) -> Refuser:
    refuser = Refuser(os.unlink, name, times)
    monkeypatch.setattr(os, "unlink", refuser)
    return refuser


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(".*.tmp"))


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_refused_replace_is_tried_again_and_the_new_content_lands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slept: list[float], winerror: int
) -> None:
    path = tmp_path / "current.json"
    path.write_bytes(b"old")
    refuser = refuse_replace(monkeypatch, path.name, times=3, winerror=winerror)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert len(refuser.calls) == 4
    assert slept == [0.01, 0.02, 0.04]  # short pauses, growing
    assert leftovers(tmp_path) == []


@pytest.mark.allow_log(STILL_IN_USE)
def test_a_refusal_that_never_ends_leaves_the_old_file_and_warns_once(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slept: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = tmp_path / "current.json"
    path.write_bytes(b'{"current": "old"}')
    refuser = refuse_replace(monkeypatch, path.name, times=None)
    with pytest.raises(PermissionError) as raised:
        write_atomically(path, b'{"current": "new"}')
    assert getattr(raised.value, "winerror", None) == 32
    assert path.read_bytes() == b'{"current": "old"}'
    assert leftovers(tmp_path) == []
    assert len(refuser.calls) == TRIES
    assert slept == sorted(slept) and 0.5 < sum(slept) <= 1.0  # bounded to about a second
    [warning] = warnings(caplog)
    assert str(path) in warning


def test_a_real_permission_problem_is_not_tried_again(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    slept: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # What a read-only folder raises: a PermissionError without Windows' sharing codes.
    path = tmp_path / "current.json"
    path.write_bytes(b"old")
    refuser = refuse_replace(monkeypatch, path.name, times=None, winerror=None)
    with pytest.raises(PermissionError):
        write_atomically(path, b"new")
    assert len(refuser.calls) == 1 and slept == []
    assert path.read_bytes() == b"old" and leftovers(tmp_path) == []
    assert warnings(caplog) == []


def test_other_windows_errors_and_other_exceptions_are_not_tried_again(
    slept: list[float],
) -> None:
    calls: list[int] = []

    def fails(exc: Exception) -> Callable[[], None]:
        def action() -> None:
            calls.append(1)
            raise exc

        return action

    with pytest.raises(PermissionError):
        retry_refused(fails(windows_refusal("x", winerror=1920)), "x")  # cannot be accessed
    with pytest.raises(FileNotFoundError):
        retry_refused(fails(FileNotFoundError(2, "gone")), "x")
    assert calls == [1, 1] and slept == []


def test_retry_refused_returns_what_the_action_returns(slept: list[float]) -> None:
    answers = iter([windows_refusal("x"), windows_refusal("x", winerror=5), None])

    def action() -> str:
        refusal = next(answers)
        if refusal is not None:
            raise refusal
        return "done"

    assert retry_refused(action, "x") == "done"
    assert slept == [0.01, 0.02]


def test_replace_and_unlink_retrying(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = tmp_path / "a", tmp_path / "b"
    source.write_bytes(b"a")
    target.write_bytes(b"b")
    replacing = refuse_replace(monkeypatch, "b", times=2)
    replace_retrying(source, target)
    assert target.read_bytes() == b"a" and not source.exists()
    deleting = refuse_unlink(monkeypatch, "b", times=2)
    unlink_retrying(target)
    assert not target.exists()
    assert len(replacing.calls) == len(deleting.calls) == 3
    unlink_retrying(target, missing_ok=True)
    with pytest.raises(FileNotFoundError):
        unlink_retrying(target)


# -- the files the kiosk writes --------------------------------------------------------------


def test_the_catalog_pointer_is_switched_in_spite_of_a_short_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CatalogStore(tmp_path)
    store.folder.mkdir()
    store.switch_to("catalog-v1.catalog")
    refuse_replace(monkeypatch, POINTER, times=4)
    store.switch_to("catalog-v2.catalog")
    pointer = store.pointer()
    assert pointer is not None
    assert (pointer.current, pointer.previous) == ("catalog-v2.catalog", "catalog-v1.catalog")
    assert leftovers(store.folder) == []


@pytest.mark.allow_log(STILL_IN_USE)
def test_a_pointer_that_stays_in_use_keeps_the_old_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    store = CatalogStore(tmp_path)
    store.folder.mkdir()
    store.switch_to("catalog-v1.catalog")
    before = (store.folder / POINTER).read_bytes()
    refuse_replace(monkeypatch, POINTER, times=None)
    with pytest.raises(PermissionError):
        store.switch_to("catalog-v2.catalog")
    assert (store.folder / POINTER).read_bytes() == before
    assert store.current_path() == store.folder / "catalog-v1.catalog"
    assert leftovers(store.folder) == []
    assert len(warnings(caplog)) == 1


def check_without_a_catalog(store: CatalogStore, source: Path, day: int) -> Outcome:
    # The folder holds no manifest: the check fails, and its state file is written.
    return sync_once(store, FolderSource(source), [], now=dt.datetime(2026, 12, day, tzinfo=dt.UTC))


def test_the_sync_state_is_written_in_spite_of_a_short_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CatalogStore(tmp_path / "data")
    check_without_a_catalog(store, tmp_path / "empty", 1)
    refuser = refuse_replace(monkeypatch, STATE, times=2)
    check_without_a_catalog(store, tmp_path / "empty", 2)
    state = read_state(store)
    assert state.last_check.startswith("2026-12-02") and len(state.history) == 2
    assert len(refuser.calls) == 3 and leftovers(store.folder) == []


@pytest.mark.allow_log(STILL_IN_USE)
def test_a_sync_state_that_stays_in_use_is_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    store = CatalogStore(tmp_path / "data")
    check_without_a_catalog(store, tmp_path / "empty", 1)
    before = (store.folder / STATE).read_bytes()
    refuse_replace(monkeypatch, STATE, times=None)
    outcome = check_without_a_catalog(store, tmp_path / "empty", 2)
    assert outcome.result == "failed"  # the check itself ran; only its record stays old
    assert (store.folder / STATE).read_bytes() == before
    assert read_state(store).last_check.startswith("2026-12-01")
    assert leftovers(store.folder) == [] and not (store.folder / "sync.lock").exists()
    assert len(warnings(caplog)) == 1


def test_a_new_pin_clears_the_lockout_in_spite_of_a_short_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pin_file(tmp_path, "4826")
    guard = PinGuard(tmp_path)
    for _ in range(5):
        guard.attempt("1111")
    assert guard.locked_seconds() > 0
    refuser = refuse_unlink(monkeypatch, LOCKOUT_FILE, times=2)
    write_pin_file(tmp_path, "9137")
    assert len(refuser.calls) == 3
    assert PinGuard(tmp_path).locked_seconds() == 0
    assert PinGuard(tmp_path).attempt("9137").ok


# -- reading without blocking a writer -------------------------------------------------------


def test_a_shared_read_reads_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "current.json"
    path.write_bytes(json.dumps({"current": "catalog-v1.catalog"}).encode())
    assert json.loads(read_shared(path)) == {"current": "catalog-v1.catalog"}
    with pytest.raises(FileNotFoundError):
        read_shared(tmp_path / "missing.json")


def test_a_file_open_for_a_shared_read_can_be_replaced_and_deleted(tmp_path: Path) -> None:
    path = tmp_path / "current.json"
    path.write_bytes(b"old")
    with open_shared(path) as reader:
        write_atomically(path, b"new")
        assert reader.read() == b"old"  # the reader keeps what it opened
        assert path.read_bytes() == b"new"
        with open_shared(path):
            path.unlink()
    assert not path.exists()


def test_windows_opens_read_only_sharing_rename_and_delete(tmp_path: Path) -> None:
    name, access, share, security, disposition, _flags, template = create_file_arguments(
        tmp_path / "current.json"
    )
    assert name == str(tmp_path / "current.json")
    assert access == GENERIC_READ == 0x80000000  # reading only
    assert share == FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE == 0x7
    assert disposition == OPEN_EXISTING == 3  # a missing file is not created
    assert security is None and template is None


def test_only_windows_takes_the_windows_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "current.json"
    path.write_bytes(b"plain")
    opened: list[Path] = []

    def windows_open(target: Path) -> object:
        opened.append(target)
        return target.open("rb")

    monkeypatch.setattr(files, "_open_windows", windows_open, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert read_shared(path) == b"plain" and opened == []
    monkeypatch.setattr(sys, "platform", "win32")
    assert read_shared(path) == b"plain" and opened == [path]
