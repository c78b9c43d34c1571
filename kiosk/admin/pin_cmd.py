"""`kiosk-admin set-pin`: set the staff PIN that opens admin mode and allows lockdown."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from kiosk.paths import Paths
from kiosk.pin import PinError, check_format, hash_pin, write_pin_file


def register(verbs: Any) -> None:
    p = verbs.add_parser(
        "set-pin",
        help="set the staff PIN for admin mode",
        description="Ask for a new staff PIN (4 to 12 digits) twice and store only its salted "
        "hash in the kiosk's data folder. A kiosk with no PIN refuses lockdown and "
        "runs as a preview window. With --print, nothing is written: the [admin] "
        "lines for the site configuration go to standard output and nothing else "
        "does (so `kiosk-admin set-pin --print > kiosk.toml` works), and every kiosk "
        "shares one PIN. When input is not a terminal, the PIN is read from the "
        "first line of standard input.",
    )
    p.add_argument("--data-dir", type=Path, help="the kiosk's data folder")
    p.add_argument(
        "--print",
        dest="print_only",
        action="store_true",
        help="print the configuration lines instead of writing the data folder",
    )
    p.set_defaults(run=run)


def _ask() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass("New staff PIN: ")
    check_format(first)
    if getpass.getpass("The same PIN again: ") != first:
        raise PinError("the two PINs differ")
    return first


def run(args: argparse.Namespace) -> int:
    # With --print, standard output is the configuration (often redirected into kiosk.toml):
    # every other line, the hint and the refusals, goes to standard error.
    say = sys.stderr if args.print_only else sys.stdout
    try:
        pin = _ask()
        if args.print_only:
            print(f'[admin]\npin_hash = "{hash_pin(pin)}"')
            print("set-pin: put these lines in the site kiosk.toml of every kiosk", file=say)
            return 0
        path = write_pin_file(Paths.resolve(args.data_dir).data_dir, pin)
    except PinError as exc:
        print(f"set-pin: NOT set: {exc}", file=say)
        return 1
    except OSError as exc:
        print(f"set-pin: NOT set: cannot write the data folder ({exc})", file=say)
        return 1
    print(f"set-pin: PIN set (its hash is in {path}); lockdown is allowed from the next start")
    return 0
