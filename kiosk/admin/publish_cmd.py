"""`kiosk-admin publish SOURCE --key KEY --out DIR`: validate, compare, build, sign, lay out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.admin.diff_cmd import summary_lines
from kiosk.admin.report import checked_workbook
from kiosk.catalog.build import BuildError
from kiosk.catalog.diff import Shrinkage, compare, large_removals
from kiosk.catalog.identify import folder_overlap
from kiosk.catalog.readback import read_snapshot
from kiosk.catalog.repository import CatalogError
from kiosk.catalog.snapshot import snapshot_of
from kiosk.catalog.validate import Validation
from kiosk.sync.keys import SigningKeyError, read_private
from kiosk.sync.publish import PublishError, publish, published_catalog


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "publish",
        help="build and sign a catalog into a publish folder",
        description="Validate the workbook, build the catalog and write it with a signed "
        "manifest.json into DIR, ready for a web server, a file share or a USB "
        "stick. The version is one more than the one already in DIR unless "
        "--version is given; a version that is not newer is refused. Before signing it "
        "counts, per sheet, what changes against the catalog published in DIR (see "
        "kiosk-admin diff), and refuses a catalog that removes more than a fifth of the "
        "published courses, careers or offerings unless --yes is given. If DIR's manifest "
        "names a catalog that is missing or cannot be read, nothing can be compared and "
        "--yes is needed too. DIR may not be the workbook, lie in its CSV folder or hold "
        "the workbook file.",
    )
    p.add_argument("source", type=Path, help="the workbook file or CSV folder")
    p.add_argument("--key", type=Path, required=True, help="the private signing key")
    p.add_argument("--out", type=Path, required=True, help="the publish folder")
    p.add_argument("--version", type=int, metavar="N", help="the catalog version to publish")
    p.add_argument(
        "--expires-days",
        type=int,
        default=365,
        metavar="DAYS",
        help="kiosks refuse the manifest after this many days (default 365)",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="publish even if many courses, careers or offerings are removed, or the "
        "published catalog cannot be compared",
    )
    p.add_argument(
        "--wages",
        type=Path,
        metavar="FILE",
        help="BLS's OEWS wage file (.xlsx or CSV, as downloaded from bls.gov/oes) to take the "
        "careers' pay from, for the settings sheet's wage_area",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    clash = folder_overlap(args.out, args.source)
    if clash is not None:
        print(f"publish: NOT published: the publish folder is {clash}; give another with --out")
        return 1
    try:
        key = read_private(args.key)
    except SigningKeyError as exc:
        print(f"publish: NOT published: {exc}")
        return 1
    result = checked_workbook(args.source, "published", args.wages)
    if result is None:
        return 1
    try:
        refusal = _check_against_published(result, args.out, yes=args.yes)
        if refusal is not None:
            print(f"publish: NOT published: {refusal}")
            return 1
        manifest = publish(
            result, key, args.out, version=args.version, expires_days=args.expires_days
        )
    except (PublishError, BuildError) as exc:
        print(f"publish: NOT published: {exc}")
        return 1
    print(
        f"publish: catalog version {manifest.catalog_version} ({manifest.size:,} bytes) "
        f"signed by key {key.public.key_id} in {args.out}"
    )
    return 0


def _check_against_published(result: Validation, folder: Path, *, yes: bool) -> str | None:
    """Print what changes against the catalog published in `folder`; why not to publish without
    --yes (too much removed, or nothing to compare it with), or None."""
    published = published_catalog(folder)
    if published is None:
        print(f"publish: nothing to compare: no catalog is published in {folder} yet")
        return None
    try:
        old = read_snapshot(published)
    except CatalogError as exc:
        return _uncompared(published, exc, yes=yes)
    diff = compare(old, snapshot_of(result))
    print(f"publish: changes from the published {published.name}:")
    for line in summary_lines(diff):
        print(line)
    shrinkage = large_removals(diff)
    return _refusal(shrinkage) if shrinkage and not yes else None


def _uncompared(published: Path, exc: CatalogError, *, yes: bool) -> str | None:
    # Something has been published, so a half-saved workbook could still remove most of it:
    # only --yes may skip the check.
    why = (
        f"the published {published.name} is missing"
        if not published.exists()
        else f"the published {exc}"
    )
    if yes:
        print(f"publish: nothing to compare: {why}")
        return None
    return f"{why}, so what this removes cannot be checked; publish again with --yes if it is right"


def _refusal(shrinkage: tuple[Shrinkage, ...]) -> str:
    losses = " and ".join(f"{s.removed} of {s.of} {s.sheet}" for s in shrinkage)
    return (
        f"this catalog removes {losses} (more than a fifth); a half-saved workbook is the "
        "usual cause. Check it with kiosk-admin diff, then publish again with --yes if it "
        "is right"
    )
