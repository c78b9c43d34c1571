"""Sync benchmarks: publishing a 100k workbook, a 304 check over HTTP, and the longest stall
of the kiosk's event loop while it downloads and installs a 100k catalog."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.catalog_bench import catalog_source, workbook_100k
from benchmarks.kiosk_bench import ROOT, live_kiosk, settle, wait_until
from benchmarks.pay import assert_paid, checked_with_wages
from benchmarks.suite import SUITE, GapMeter, Result, percentile, summary
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from kiosk.sync.install import sync_once
from kiosk.sync.keys import generate
from kiosk.sync.listpage import page_files
from kiosk.sync.outcome import CURRENT, UPDATED
from kiosk.sync.publish import publish
from kiosk.sync.sources import HttpSource
from kiosk.sync.store import CatalogStore


@SUITE.register("publish")
def publish_100k() -> list[Result]:
    key = generate()
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(3):
            start = time.perf_counter()
            manifest = publish(checked_with_wages(workbook_100k()), key, Path(folder), version=None)
            timings.append(time.perf_counter() - start)
        paid = assert_paid(Path(folder) / manifest.file)
        page = page_files(Path(folder), manifest.catalog_version)
        index = Path(folder) / f"list-v{manifest.catalog_version}.json"
        shards = json.loads(index.read_text("utf-8"))["shards"]
        page_mb = sum(p.stat().st_size for p in page) / 1e6
    return [
        Result(
            "publish_s_100k",
            statistics.median(timings),
            "s",
            10,
            "median of 3: read + validate + join the wage file + build + hash + sign a "
            f"100k-offering .xlsx ({paid} careers paid) and write its list page "
            f"({page_mb:.1f} MB in {shards} shards); "
            f"runs {', '.join(f'{t:.2f}' for t in timings)} s",
        )
    ]


@SUITE.register("list_page")
def list_page_size() -> list[Result]:
    """How much the list page adds to the published sample, and what one phone fetches."""
    key = generate()
    with tempfile.TemporaryDirectory() as folder:
        manifest = publish(
            checked_with_wages(SAMPLE_CATALOG_SOURCE), key, Path(folder), version=None
        )
        page = page_files(Path(folder), manifest.catalog_version)
        sizes = {p.name: p.stat().st_size for p in page}
        catalog = (Path(folder) / manifest.file).stat().st_size
    added = sum(sizes.values()) / 1000
    # One shard: every phone fetches every file, whatever its list.
    return [
        Result(
            "list_page_kb_sample",
            added,
            "KB",
            2500,
            f"list.html, its CSS and script and the JSON the page reads, beside the sample's "
            f"{catalog / 1000:.0f} KB catalog: "
            + ", ".join(f"{name} {size / 1000:.1f}" for name, size in sizes.items()),
        )
    ]


@SUITE.register("sync")
def sync_checks() -> list[Result]:
    sys.path.insert(0, str(ROOT))
    from tests.helpers.httpserver import serve

    key = generate()
    workbook = validate(read_workbook(catalog_source("1k")))
    with tempfile.TemporaryDirectory() as folder:
        pub, data = Path(folder) / "pub", Path(folder) / "data"
        publish(workbook, key, pub, version=None)
        store = CatalogStore(data)
        with serve(pub) as (url, _):
            source = HttpSource(url, timeout=5)
            assert sync_once(store, source, [key.public]).result == UPDATED
            samples = []
            for _ in range(60):
                start = time.perf_counter()
                outcome = sync_once(store, source, [key.public])
                samples.append((time.perf_counter() - start) * 1000)
                assert outcome.result == CURRENT
    return [
        Result(
            "sync_304_ms",
            statistics.median(samples),
            "ms",
            50,
            "median, a whole sync_once answered 304 by a server on 127.0.0.1 (lock, "
            "conditional GET, state file); " + summary(samples),
        )
    ]


@SUITE.register("install_stall")
def install_stall() -> list[Result]:
    sys.path.insert(0, str(ROOT))

    from tests.helpers.httpserver import serve

    key = generate()
    with tempfile.TemporaryDirectory() as folder:
        pub = Path(folder) / "pub"
        publish(validate(read_workbook(catalog_source("100k"))), key, pub, version=50)
        with serve(pub) as (url, _), live_kiosk() as kiosk:
            sync = kiosk.sync  # type: ignore[attr-defined]
            sync._source, sync._trusted = url, [key.public]
            window = kiosk.window  # type: ignore[attr-defined]
            meter = GapMeter(5)
            assert sync.run_now()
            wait_until(lambda: not sync.running and sync.last is not None)
            settle()
            start = time.perf_counter()
            window.nav.start_over()  # the attract screen switches to the new catalog
            settle()
            switch_ms = (time.perf_counter() - start) * 1000
            gaps = meter.stop()
            assert sync.last.result == UPDATED, sync.last
            assert kiosk.context.repo.info().catalog_version == 50  # type: ignore[attr-defined]
    longest = max(max(gaps), switch_ms)
    return [
        Result(
            "install_stall_ms",
            longest,
            "ms",
            50,
            f"longest event-loop gap while a 100k catalog downloads, is verified and "
            f"installed in the background ({max(gaps):.1f} ms, p95 "
            f"{percentile(gaps, 0.95):.1f} ms over {len(gaps)} ticks) or while the "
            f"attract screen switches to it ({switch_ms:.1f} ms)",
        )
    ]
