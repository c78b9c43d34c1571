"""`kiosk-admin build SOURCE -o FILE`: validate a workbook and build a catalog file from it."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from kiosk.admin.report import add_wage_area, checked_workbook
from kiosk.catalog.build import BuildError, NotACatalogError, build_catalog
from kiosk.catalog.identify import overlap
from kiosk.catalog.repository import Repository


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "build",
        help="build a catalog file from a workbook",
        description="Validate a catalog workbook and build one read-only catalog file from it "
        "(search index included). Nothing is written unless the workbook is valid; "
        "an existing output file is replaced only by a complete new one, and only if it is "
        "a catalog file. The output may not be the workbook or lie in its CSV folder.",
    )
    p.add_argument("source", type=Path, help="the workbook file or CSV folder")
    p.add_argument("-o", "--output", type=Path, required=True, help="the catalog file to write")
    p.add_argument(
        "--catalog-version",
        type=int,
        default=1,
        metavar="N",
        help="the catalog version to stamp (a whole number, default 1)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace the output file even if it is not a catalog file",
    )
    p.add_argument(
        "--wages",
        type=Path,
        metavar="FILE",
        help="BLS's OEWS wage file (.xlsx or CSV, as downloaded from bls.gov/oes) to take the "
        "careers' pay from, for the settings sheet's wage_area (or --wage-area)",
    )
    add_wage_area(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    clash = overlap(args.output, args.source)
    if clash is not None:
        print(
            f"{args.output.name}: NOT built: the output is {clash}; give another file name with -o"
        )
        return 1
    result = checked_workbook(args.source, "built", args.wages, args.wage_area)
    if result is None:
        return 1
    try:
        path = build_catalog(
            result, args.output, catalog_version=args.catalog_version, force=args.force
        )
    except NotACatalogError as exc:
        print(f"{args.output.name}: NOT built: {exc}; choose another name or use --force")
        return 1
    except BuildError as exc:
        print(f"{args.output.name}: NOT built: {exc}")
        return 1
    with Repository(path) as repo:
        counts = ", ".join(
            f"{repo.count(t)} {t}s"
            for t in ("sector", "pathway", "course", "school", "offering", "career")
        )
    seconds = time.perf_counter() - started
    print(
        f"{path.name}: built catalog version {args.catalog_version} ({counts}) in {seconds:.1f} s"
    )
    return 0
