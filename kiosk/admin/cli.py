"""The `kiosk-admin` entry point: one sub-command per verb, each in its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk import __version__
from kiosk.admin import (
    build_cmd,
    diff_cmd,
    fleet_cmd,
    keygen_cmd,
    pin_cmd,
    publish_cmd,
    report_cmd,
    screenshots_cmd,
    sync_cmd,
    template_cmd,
    validate_cmd,
)

VERBS = (
    template_cmd,
    validate_cmd,
    build_cmd,
    diff_cmd,
    keygen_cmd,
    publish_cmd,
    sync_cmd,
    report_cmd,
    pin_cmd,
    screenshots_cmd,
    fleet_cmd,
)

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_INTERNAL = 3


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kiosk-admin",
        description="Staff and IT tool for the CTE Career Kiosk.",
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    verbs = top.add_subparsers(dest="verb", metavar="VERB", required=True)
    for verb in VERBS:
        verb.register(verbs)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        print("kiosk-admin: interrupted", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:  # staff never see a traceback; the one-line reason is enough
        print(f"kiosk-admin: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
