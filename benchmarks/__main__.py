"""Run the benchmark suite: `python -m benchmarks [--only NAME ...] [--json FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks import (  # noqa: F401  (they register themselves)
    bundle_bench,
    catalog_bench,
    catalogapp_bench,
    display_bench,
    health_bench,
    kiosk_bench,
    launch_bench,
    sync_bench,
    talking_bench,
)
from benchmarks.suite import CACHE, SUITE, Result, machine, table, write_json


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(SUITE.benchmarks),
        help="run only this benchmark (may be repeated)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    results: list[Result] = []
    for name in args.only or list(SUITE.benchmarks):
        print(f"running {name}...", file=sys.stderr, flush=True)
        results += SUITE.benchmarks[name]()
    print(table(results))
    print(f"\nmachine: {machine()}")
    if args.json:
        write_json(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
