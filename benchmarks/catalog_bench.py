"""Catalog benchmarks: search latency on synthetic catalogs, and building from a workbook."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import kiosk.catalog
from benchmarks.pay import assert_paid, checked_with_wages
from benchmarks.suite import CACHE, SUITE, Result, percentile, summary
from benchmarks.synthetic import GENERATOR_VERSION, generate, to_xlsx
from kiosk.catalog.build import build_catalog
from kiosk.catalog.repository import Repository
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
# What students type, keystroke by keystroke: one- and two-letter prefixes, very common words,
# several words, Spanish with and without accents, course codes, misses and junk, and words
# of the other languages.
QUERIES = [
    "a",
    "m",
    "s",
    "c",
    "w",
    "ma",
    "co",
    "te",
    "in",
    "de",
    "introduction",
    "and",
    "the",
    "advanced",
    "auto",
    "auto t",
    "auto tech",
    "health care",
    "culinary arts ii",
    "weld",
    "welding",
    "nurs",
    "nursing",
    "enfermeria",
    "enfermería",
    "introducción",
    "carreras en",
    "SYN-00",
    "SYN-0001",
    "syn 000123",
    "robotics lab",
    "cyber",
    "zzzz",
    "C++",
    "3d print",
    "solar panels",
    "children",
    "vet",
    "photo",
    "law",
    # Other languages, typed on the on-screen keyboard (no tones, no accents) or pasted.
    "huli",
    "hanjie",
    "護理",
    "护理",
    "y ta",
    "dieu duong",
    "điều dưỡng",
    "kev kho tsheb",
    "tsheb",
    "hacker",
    "carro",
]
LANGS = ("en", "es", "hmn", "zh", "vi")  # every query in every interface language


def catalog_source(size: str) -> Path:
    folder = CACHE / f"synthetic-{size}-v{GENERATOR_VERSION}"
    if not (folder / "offerings.csv").exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate(folder, SIZES[size])
    return folder


def workbook_100k() -> Path:
    """The 100k workbook as one .xlsx file, as staff mostly keep it."""
    workbook = CACHE / f"synthetic-100k-v{GENERATOR_VERSION}.xlsx"
    if not workbook.exists():
        making = workbook.with_suffix(".making.xlsx")
        to_xlsx(catalog_source("100k"), making)
        making.rename(workbook)
    return workbook


def built_catalog(size: str) -> Path:
    path = CACHE / f"synthetic-{size}-v{GENERATOR_VERSION}-{build_key()}.catalog"
    if not path.exists():
        build_catalog(validate(read_workbook(catalog_source(size))), path)
    return path


def build_key() -> str:
    """Changes with the code that makes a catalog file, so a cached one is never stale."""
    folder = Path(kiosk.catalog.__file__).parent
    digest = hashlib.sha256()
    for name in ("build.py", "buildsearch.py", "schema.py", "search.py", "pinyin.py"):
        digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:12]


def keystrokes(queries: list[str]) -> list[str]:
    """Every prefix of every query, as a student typing it would send them."""
    return [q[:i] for q in queries for i in range(1, len(q) + 1)]


def search_samples(size: str) -> list[float]:
    typed = keystrokes(QUERIES)
    with Repository(built_catalog(size)) as repo:
        for text in typed[:50]:  # warm the page cache
            repo.search(text, "en")
        samples = []
        for lang in LANGS:
            for text in typed:
                start = time.perf_counter()
                repo.search(text, lang)
                samples.append((time.perf_counter() - start) * 1000)
    return samples


@SUITE.register("search")
def search() -> list[Result]:
    results = []
    for size, target in (("1k", 2.0), ("10k", None), ("100k", 16.0)):
        samples = search_samples(size)
        results.append(
            Result(
                f"search_p95_ms_{size}", percentile(samples, 0.95), "ms", target, summary(samples)
            )
        )
    return results


@SUITE.register("build")
def build() -> list[Result]:
    """Workbook (.xlsx, 100k offerings) to catalog file: read, validate, join the wage file,
    build, as staff run `kiosk-admin build --wages`."""
    workbook = workbook_100k()
    out = CACHE / "build-bench.catalog"
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        build_catalog(checked_with_wages(workbook), out)
        timings.append(time.perf_counter() - start)
    paid = assert_paid(out)
    size_mb = out.stat().st_size / 1e6
    out.unlink()
    best = min(timings)
    detail = (
        f"best of 3: {best:.2f} s, runs {', '.join(f'{t:.2f}' for t in timings)} s; "
        f"catalog {size_mb:.0f} MB, {paid} careers paid from the sample's wage file"
    )
    return [Result("build_s_100k", sorted(timings)[1], "s", 10.0, "median; " + detail)]
