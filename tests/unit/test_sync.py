"""Fleet sync against a real HTTP server on 127.0.0.1: every bad case is refused with its own
reason, and the running catalog is never touched."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import socket
from pathlib import Path

import pytest

from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import Validation, validate
from kiosk.catalog.workbook import read_workbook
from kiosk.sync.install import STATE, read_state, sync_once
from kiosk.sync.keys import PrivateKey, generate
from kiosk.sync.manifest import MANIFEST_NAME, Manifest, read_unverified, sign
from kiosk.sync.outcome import CURRENT, FAILED, UPDATED
from kiosk.sync.publish import PublishError, publish
from kiosk.sync.sources import FolderSource, HttpSource
from kiosk.sync.store import CatalogStore
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.httpserver import serve


@dataclasses.dataclass
class World:
    workbook: Validation
    key: PrivateKey
    pub: Path
    store: CatalogStore

    def publish(self, **options: object) -> Manifest:
        return publish(self.workbook, self.key, self.pub, **options)  # type: ignore[arg-type]

    def sync(self, source: object, **options: object) -> object:
        return sync_once(self.store, source, [self.key.public], **options)  # type: ignore

    def installed(self) -> int:
        with Repository(self.store.current_path()) as repo:  # type: ignore[arg-type]
            assert repo.integrity() == "ok"
            return repo.info().catalog_version

    def manifest(self) -> dict[str, object]:
        return json.loads((self.pub / MANIFEST_NAME).read_text())

    def write_manifest(self, envelope: dict[str, object]) -> None:
        (self.pub / MANIFEST_NAME).write_text(json.dumps(envelope))


@pytest.fixture
def world(tmp_path: Path) -> World:
    workbook = validate(read_workbook(write_csv_folder(tmp_path / "book", tiny())))
    world = World(workbook, generate(), tmp_path / "pub", CatalogStore(tmp_path / "data"))
    world.publish(version=None)
    outcome = world.sync(FolderSource(world.pub))
    assert outcome.result == UPDATED, outcome  # type: ignore[attr-defined]
    assert world.installed() == 1
    return world


def fast(url: str) -> HttpSource:
    return HttpSource(url, timeout=0.5, retries=2, backoff=0.01)


def refused(world: World, source: object, reason: str, *, version: int = 1) -> None:
    outcome = world.sync(source)
    assert outcome.result == FAILED, outcome  # type: ignore[attr-defined]
    assert reason in outcome.reason, outcome.reason  # type: ignore[attr-defined]
    assert world.installed() == version  # untouched and still opening
    assert read_state(world.store).reason == outcome.reason  # type: ignore[attr-defined]
    assert not list(world.store.folder.glob(".*.part"))


def test_update_over_http_then_304_does_nothing(world: World) -> None:
    world.publish(version=None)
    with serve(world.pub) as (url, faults):
        outcome = world.sync(fast(url))
        assert outcome.result == UPDATED and world.installed() == 2  # type: ignore
        again = world.sync(fast(url))
        assert again.result == CURRENT  # type: ignore[attr-defined]
        assert faults.requests[-1].startswith('/manifest.json "')  # a conditional GET
        assert len([r for r in faults.requests if "catalog" in r]) == 1
    assert world.store.pointer().previous == "catalog-v1.catalog"  # type: ignore[union-attr]


@pytest.mark.parametrize(("status", "reason"), [(404, "answered 404"), (500, "answered 500")])
def test_http_errors(world: World, status: int, reason: str) -> None:
    world.publish(version=None)
    with serve(world.pub) as (url, faults):
        faults.status = status
        refused(world, fast(url), reason)


def test_connection_refused(world: World) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    refused(world, fast(f"http://127.0.0.1:{port}/"), "could not be reached")


def test_a_server_that_stalls(world: World) -> None:
    world.publish(version=None)
    with serve(world.pub) as (url, faults):
        faults.stall_seconds = 1.5
        refused(world, fast(url), "could not be reached")


def test_truncated_body(world: World) -> None:
    world.publish(version=None)
    with serve(world.pub) as (url, faults):
        faults.truncate_at = 4096
        refused(world, fast(url), "stopped after 4,096 of")
        assert len([r for r in faults.requests if ".catalog" in r]) == 2  # retried once


def test_body_longer_than_declared(world: World) -> None:
    world.publish(version=None)
    with serve(world.pub) as (url, faults):
        faults.extra_bytes = 100
        refused(world, fast(url), "longer than the")


def test_flipped_byte_in_the_catalog(world: World) -> None:
    manifest = world.publish(version=None)
    path = world.pub / manifest.file
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with serve(world.pub) as (url, _):
        refused(world, fast(url), "does not match the manifest's sha256")


def test_edited_manifest(world: World) -> None:
    world.publish(version=None)
    envelope = world.manifest()
    envelope["manifest"]["expires"] = "2099-01-01T00:00:00+00:00"  # type: ignore[index]
    world.write_manifest(envelope)
    with serve(world.pub) as (url, _):
        refused(world, fast(url), "signature does not match its contents")


def test_signature_by_an_unknown_key(world: World) -> None:
    stranger = generate()
    publish(world.workbook, stranger, world.pub, version=None)
    with serve(world.pub) as (url, _):
        refused(
            world,
            fast(url),
            f"signed by key {stranger.public.key_id}, which this kiosk does not trust",
        )


def test_unsigned_manifest(world: World) -> None:
    world.publish(version=None)
    envelope = world.manifest()
    del envelope["signature"]
    world.write_manifest(envelope)
    with serve(world.pub) as (url, _):
        refused(world, fast(url), "the manifest is not signed")


def test_downgrade(world: World, tmp_path: Path) -> None:
    world.publish(version=None)
    assert world.sync(FolderSource(world.pub)).result == UPDATED  # type: ignore
    older = tmp_path / "older"
    publish(world.workbook, world.key, older, version=1)
    refused(
        world, FolderSource(older), "version 1 is older than the installed version 2", version=2
    )


def test_expired_manifest(world: World) -> None:
    world.publish(version=None, expires_days=-1)
    with serve(world.pub) as (url, _):
        refused(world, fast(url), "the manifest expired on")


def test_too_new_minimum_app_version(world: World) -> None:
    world.publish(version=None, min_app_version="99.0")
    with serve(world.pub) as (url, _):
        refused(world, fast(url), "needs kiosk app 99.0 or newer")


def test_a_signed_file_that_is_not_a_catalog(world: World) -> None:
    garbage = b"not a catalog at all " * 500
    (world.pub / "catalog-v2.catalog").write_bytes(garbage)
    now = dt.datetime.now(dt.UTC)
    manifest = Manifest(
        2,
        "catalog-v2.catalog",
        hashlib.sha256(garbage).hexdigest(),
        len(garbage),
        now.isoformat(),
        (now + dt.timedelta(days=1)).isoformat(),
        "0.0.1",
        read_unverified((world.pub / MANIFEST_NAME).read_bytes()).schema_version,
    )
    (world.pub / MANIFEST_NAME).write_bytes(sign(manifest, world.key))
    with serve(world.pub) as (url, _):
        refused(world, fast(url), "the signed file is not a usable catalog")


def test_publish_refuses_a_version_that_is_not_newer(world: World) -> None:
    with pytest.raises(PublishError, match="version 1 is not newer than version 1"):
        world.publish(version=1)


def test_publish_keeps_the_previous_file_only(world: World) -> None:
    for _ in range(3):
        world.publish(version=None)
    assert sorted(p.name for p in world.pub.glob("*.catalog")) == [
        "catalog-v3.catalog",
        "catalog-v4.catalog",
    ]


def test_only_two_catalogs_are_kept_on_the_kiosk(world: World) -> None:
    for _ in range(3):
        world.publish(version=None)
        assert world.sync(FolderSource(world.pub)).result == UPDATED  # type: ignore
    assert sorted(p.name for p in world.store.folder.glob("*.catalog")) == [
        "catalog-v3.catalog",
        "catalog-v4.catalog",
    ]


def test_rollback_pins_until_a_newer_version(world: World) -> None:
    world.publish(version=None)
    assert world.sync(FolderSource(world.pub)).result == UPDATED  # type: ignore
    assert world.store.rollback() == (2, 1)
    assert world.installed() == 1
    assert world.sync(FolderSource(world.pub)).result == CURRENT  # type: ignore
    (world.store.folder / "sync-state.json").unlink()  # forget the validators: fetch again
    again = world.sync(FolderSource(world.pub))
    assert again.result == CURRENT, again  # type: ignore[attr-defined]
    assert "version 2 was rolled back" in again.reason  # type: ignore[attr-defined]
    assert world.installed() == 1
    world.publish(version=None)
    assert world.sync(FolderSource(world.pub)).result == UPDATED  # type: ignore
    assert world.installed() == 3
    assert world.store.pointer().rolled_back_from is None  # type: ignore[union-attr]


def test_admin_sync_status_and_rollback_commands(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.admin.cli import main

    data = str(world.store.folder.parent)
    world.publish(version=None)
    trust = ["--trust", world.key.public.text]
    assert main(["sync", "--source", str(world.pub), "--data-dir", data, *trust]) == 0
    assert main(["sync", "--source", str(world.pub), "--data-dir", data, *trust]) == 10
    assert main(["sync", "--source", str(world.pub / "nope"), "--data-dir", data, *trust]) == 1
    assert main(["status", "--data-dir", data, "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "sync: updated: installed catalog version 2"
    assert lines[1] == "sync: current: the manifest has not changed"
    assert lines[2].startswith("sync: failed: no manifest.json in ")
    report = json.loads("\n".join(lines[3:]))
    assert report["current"]["version"] == 2 and report["previous"]["version"] == 1
    assert report["last_sync"]["result"] == "failed"
    assert main(["rollback", "--data-dir", data]) == 0
    assert main(["rollback", "--data-dir", data]) == 0  # back and forth is allowed
    assert main(["status", "--data-dir", data]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == (
        "rollback: now on catalog version 1; version 2 and older will be "
        "skipped until a newer one is published"
    )
    assert out[2].startswith("current: version 2")


def test_admin_sync_takes_source_and_keys_from_the_configuration(
    world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.admin.cli import main

    data = str(world.store.folder.parent)
    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[sync]\nsource = "{world.pub.as_posix()}"\ntrusted_keys = ["{world.key.public.text}"]\n'
    )
    world.publish(version=None)
    assert main(["sync", "--data-dir", data, "--config", str(config)]) == 0
    assert main(["sync", "--data-dir", data]) == 1  # no configuration: says what is missing
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "sync: updated: installed catalog version 2",
        "sync: failed: no source (give --source, or set sync.source in the kiosk configuration)",
    ]
    assert main(["status", "--data-dir", data, "--config", str(config)]) == 0
    status = capsys.readouterr().out.splitlines()
    assert status[-2] == f"source: {world.pub}"
    assert status[-1].startswith("next check: ") and "(by the running kiosk)" in status[-1]


def test_admin_sync_and_status_read_the_configuration_in_the_data_folder(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """kiosk-admin --data-dir DIR reads what kiosk --data-dir DIR reads: DIR/config/kiosk.toml."""
    from kiosk.admin.cli import main

    data = world.store.folder.parent
    (data / "config").mkdir(parents=True)
    (data / "config" / "kiosk.toml").write_text(
        f'[sync]\nsource = "{world.pub.as_posix()}"\ntrusted_keys = ["{world.key.public.text}"]\n'
        "interval_minutes = 5\n"
    )
    world.publish(version=None)
    assert main(["sync", "--data-dir", str(data)]) == 0
    assert main(["status", "--data-dir", str(data), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "sync: updated: installed catalog version 2"
    report = json.loads("\n".join(lines[1:]))
    checked = dt.datetime.fromisoformat(report["last_sync"]["last_check"])
    assert dt.datetime.fromisoformat(report["next_check"]) == checked + dt.timedelta(minutes=5)


def test_absurd_declared_sizes_are_refused(world: World) -> None:
    envelope = world.manifest()
    envelope["manifest"]["size"] = 10**12  # type: ignore[index]
    world.write_manifest(envelope)
    refused(world, FolderSource(world.pub), "declares a catalog of 1,000,000,000,000 bytes")


def test_keygen_writes_a_private_key_only_its_owner_can_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import stat
    import sys

    from kiosk.admin.cli import main
    from kiosk.sync.keys import parse_public, read_private

    assert main(["keygen", "--out", str(tmp_path / "keys")]) == 0
    private = tmp_path / "keys" / "catalog-signing.key"
    public = tmp_path / "keys" / "catalog-signing.pub"
    key = read_private(private)
    assert parse_public(public.read_text()) == key.public
    assert capsys.readouterr().out.splitlines()[0] == f"public key: {key.public.text}"
    if sys.platform != "win32":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    before = private.read_bytes()
    assert main(["keygen", "--out", str(tmp_path / "keys")]) == 1  # never overwritten
    assert private.read_bytes() == before
    assert "exists; move it away first" in capsys.readouterr().out


def test_the_last_result_reads_back_as_its_enum_and_a_damaged_state_as_never(
    world: World,
) -> None:
    world.publish(version=None)
    assert world.sync(FolderSource(world.pub)).result is UPDATED  # type: ignore[attr-defined]
    assert read_state(world.store).result is UPDATED
    state = world.store.folder / STATE
    state.write_text(state.read_text().replace('"updated"', '"installed maybe"'))
    assert read_state(world.store).result is None and read_state(world.store).last_check == ""
