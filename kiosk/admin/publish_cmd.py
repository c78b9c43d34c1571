"""`kiosk-admin publish SOURCE --key KEY --out DIR`: validate, build, sign, lay out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.admin.report import checked_workbook
from kiosk.catalog.build import BuildError
from kiosk.sync.keys import SigningKeyError, read_private
from kiosk.sync.publish import PublishError, publish


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "publish",
        help="build and sign a catalog into a publish folder",
        description="Validate the workbook, build the catalog and write it with a signed "
        "manifest.json into DIR, ready for a web server, a file share or a USB "
        "stick. The version is one more than the one already in DIR unless "
        "--version is given; a version that is not newer is refused.",
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
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        key = read_private(args.key)
    except SigningKeyError as exc:
        print(f"publish: NOT published: {exc}")
        return 1
    result = checked_workbook(args.source, "published")
    if result is None:
        return 1
    try:
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
