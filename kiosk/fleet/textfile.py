"""The Prometheus textfile (`cte_kiosk.prom`) that node_exporter or windows_exporter serve.

prometheus_client writes it: its exposition format, and its textfile writer, which writes
beside the file and renames over it, so the exporter reads the old file or the new one.
The library is imported with the first write, off the window's thread: launch never pays.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.files import retry_refused
from kiosk.fleet.figures import SYNC_RESULTS, KioskFigures

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry
    from prometheus_client.metrics_core import Metric

TEXTFILE = "cte_kiosk.prom"


class _Snapshot:
    """A collector of one set of figures: each write describes the kiosk as it is now."""

    def __init__(self, figures: KioskFigures) -> None:
        self._figures = figures

    def collect(self) -> Iterator[Metric]:
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            InfoMetricFamily,
        )

        f = self._figures

        def gauge(name: str, doc: str, value: float) -> GaugeMetricFamily:
            return GaugeMetricFamily(f"cte_kiosk_{name}", doc, value=value)

        yield InfoMetricFamily(
            "cte_kiosk",
            "The kiosk program and the catalog it shows.",
            value={
                "name": f.name,
                "app_version": f.app_version,
                "catalog_version": str(f.catalog_version),
                "catalog_created": f.catalog_created,
                "sample": "true" if f.catalog_sample else "false",
            },
        )
        yield gauge("catalog_version", "The catalog version shown (-1: none).", f.catalog_version)
        yield gauge("in_service", "1 when students can use the kiosk.", f.in_service)
        yield gauge(
            "sync_last_success_timestamp_seconds",
            "When a sync check last succeeded (0: never).",
            f.sync_last_success,
        )
        yield gauge(
            "sync_last_check_timestamp_seconds",
            "When the last sync check ended (0: never).",
            f.sync_last_check,
        )
        result = GaugeMetricFamily(
            "cte_kiosk_sync_last_result",
            "What the last sync check did: 1 for its result, 0 for the others.",
            labels=["result"],
        )
        for name in SYNC_RESULTS:
            result.add_metric([name], 1 if name == f.sync_last_result else 0)
        yield result
        yield gauge(
            "sessions_today", "Students who started using the kiosk today.", f.sessions_today
        )
        yield CounterMetricFamily(
            "cte_kiosk_errors",
            "Errors logged since the kiosk started.",
            value=f.errors_total,
        )
        yield gauge("started_timestamp_seconds", "When the kiosk started.", f.started)
        yield gauge("printer_ready", "1 when a printer for slips is ready.", f.printer_ready)
        yield gauge("speech_ready", "1 when Read aloud has a voice.", f.speech_ready)
        yield gauge("display_awake", "1 in opening hours or while woken.", f.display_awake)
        yield gauge("report_interval_seconds", "Seconds between these reports.", f.interval_seconds)


def _registry(figures: KioskFigures) -> CollectorRegistry:
    from prometheus_client import CollectorRegistry

    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Snapshot(figures))
    return registry


def exposition(figures: KioskFigures) -> str:
    """The textfile's text, unwritten (the self-test shows the format can be made)."""
    from prometheus_client import generate_latest

    return generate_latest(_registry(figures)).decode("utf-8")


def write_textfile(folder: Path, figures: KioskFigures) -> Path:
    """Write the figures to `folder`/cte_kiosk.prom in one rename (retried while Windows
    refuses it because a reader has the file open)."""
    from prometheus_client import write_to_textfile

    registry = _registry(figures)
    path = folder / TEXTFILE
    retry_refused(lambda: write_to_textfile(str(path), registry), path)
    return path
