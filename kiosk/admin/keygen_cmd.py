"""`kiosk-admin keygen --out DIR`: a new catalog signing key pair."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.sync.keys import SigningKeyError, write_keypair


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "keygen",
        help="make a catalog signing key pair",
        description="Write DIR/catalog-signing.key (private: keep it secret, readable only by "
        "you) and DIR/catalog-signing.pub (one line to paste into the kiosk "
        "configuration under [sync] trusted_keys). Existing keys are never "
        "overwritten.",
    )
    p.add_argument("--out", type=Path, required=True, help="the folder for the two files")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        private, public = write_keypair(args.out)
    except (SigningKeyError, OSError) as exc:
        print(f"keygen: NOT written: {exc}")
        return 1
    print(f"public key: {public.read_text().strip()}")
    print(f"keygen: wrote {private} (secret) and {public}")
    return 0
