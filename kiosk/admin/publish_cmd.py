"""`kiosk-admin publish SOURCE --key KEY --out DIR`: validate, compare, build, sign, lay out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.admin.diff_cmd import summary_lines
from kiosk.admin.publishing import Attempt, Comparison, publish_workbook
from kiosk.admin.report import add_wage_area, print_problems, summary, wage_area_problem
from kiosk.sync.listpage import page_address, page_files
from kiosk.sync.manifest import Manifest


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
        "careers' pay from, for the settings sheet's wage_area (or --wage-area)",
    )
    add_wage_area(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    problem = wage_area_problem(args.wages, args.wage_area)
    if problem:
        print(f"{args.source.name}: NOT published: {problem}")
        return 1
    attempt = publish_workbook(
        args.source,
        args.out,
        args.key,
        wages=args.wages,
        wage_area=args.wage_area,
        yes=args.yes,
        version=args.version,
        expires_days=args.expires_days,
    )
    return _report(args, attempt)


def _report(args: argparse.Namespace, attempt: Attempt) -> int:
    """Print how far the attempt got, as each step would have printed it."""
    if attempt.clash:
        clash = f"the publish folder is {attempt.clash}"
        print(f"publish: NOT published: {clash}; give another with --out")
        return 1
    if attempt.key_problem:
        print(f"publish: NOT published: {attempt.key_problem}")
        return 1
    if attempt.validation is None:
        print(f"{args.source.name}: NOT published: {attempt.unreadable}")
        return 1
    print_problems(attempt.validation)
    if not attempt.validation.ok:
        print(summary(args.source, attempt.validation) + "; nothing was published")
        return 1
    if attempt.comparison is not None:
        for line in comparison_lines(attempt.comparison, yes=args.yes):
            print(line)
    manifest = attempt.manifest
    if attempt.held and attempt.comparison is not None:
        print(f"publish: NOT published: {_refusal(attempt.comparison)}")
        return 1
    if manifest is None or attempt.key is None:
        print(f"publish: NOT published: {attempt.failed}")
        return 1
    print(
        f"publish: catalog version {manifest.catalog_version} ({manifest.size:,} bytes) "
        f"signed by key {attempt.key.public.key_id} in {args.out}"
    )
    print(_page_line(args.out, manifest))
    return 0


def _page_line(folder: Path, manifest: Manifest) -> str:
    files = page_files(folder, manifest.catalog_version)
    size = sum(p.stat().st_size for p in files)
    address = page_address(folder / manifest.file)
    where = (
        f"the kiosk's QR code opens {address}"
        if address
        else "set qr_base_url on the settings sheet to the folder's public address, and the "
        "kiosk's QR code opens it"
    )
    return f"publish: the list page and its data ({len(files)} files, {size:,} bytes): {where}"


def comparison_lines(comparison: Comparison, *, yes: bool) -> list[str]:
    """What changes against the published catalog, or why nothing can be compared."""
    if comparison.published is None:
        return [f"publish: nothing to compare: no catalog is published in {comparison.folder} yet"]
    if comparison.diff is None:
        return [f"publish: nothing to compare: {comparison.unreadable}"] if yes else []
    return [
        f"publish: changes from the published {comparison.published.name}:",
        *summary_lines(comparison.diff),
    ]


def _refusal(comparison: Comparison) -> str:
    if comparison.unreadable:
        return (
            f"{comparison.unreadable}, so what this removes cannot be checked; publish again "
            "with --yes if it is right"
        )
    losses = " and ".join(f"{s.removed} of {s.of} {s.sheet}" for s in comparison.shrinkage)
    return (
        f"this catalog removes {losses} (more than a fifth); a half-saved workbook is the "
        "usual cause. Check it with kiosk-admin diff, then publish again with --yes if it "
        "is right"
    )
