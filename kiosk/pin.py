"""The staff PIN: stored only as a salted scrypt hash, checked in constant time, and locked
for five minutes after five wrong tries (the count survives a restart of the kiosk)."""

from __future__ import annotations

import base64
import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import read_shared, unlink_retrying, write_atomically

PIN_FILE = "admin-pin"
LOCKOUT_FILE = "admin-lockout.json"
log = logging.getLogger(__name__)
MAX_FAILURES = 5
LOCKOUT_SECONDS = 5 * 60
MIN_DIGITS, MAX_DIGITS = 4, 12
# scrypt with 16 MiB of memory: about 50 ms per check here, so guessing offline is slow.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


class PinError(Exception):
    """A PIN that is not acceptable, or a stored hash that cannot be read."""


def check_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit()):
        raise PinError("a PIN is digits only (the kiosk keypad has no letters)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"a PIN has {MIN_DIGITS} to {MAX_DIGITS} digits")
    if len(set(pin)) == 1:
        raise PinError("a PIN of one repeated digit is too easy to guess")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt$hash`, both in base64; a fresh random salt each time."""
    check_format(pin)
    salt = salt or os.urandom(16)
    digest = _derive(pin, salt, _N, _R, _P)
    return "$".join([_SCHEME, str(_N), str(_R), str(_P), _b64(salt), _b64(digest)])


def is_hash(text: str) -> bool:
    try:
        _parse(text)
    except PinError:
        return False
    return True


def matches(pin: str, stored: str) -> bool:
    import hmac  # (hashlib and hmac load on first use: the kiosk's launch does not need them)

    n, r, p, salt, expected = _parse(stored)
    return hmac.compare_digest(_derive(pin, salt, n, r, p), expected)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 2**20, dklen=32)


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.strip().split("$")
    try:
        if len(parts) != 6 or parts[0] != _SCHEME:
            raise ValueError
        n, r, p = (int(x) for x in parts[1:4])
        salt, digest = base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5])
        if n < 2**12 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16 or len(salt) < 8:
            raise ValueError
        if len(digest) != 32:
            raise ValueError
    except ValueError as exc:
        raise PinError("not a PIN hash written by kiosk-admin set-pin") from exc
    return n, r, p, salt, digest


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Attempt:
    ok: bool
    tries_left: int  # before the lockout
    locked_seconds: int  # 0 unless locked now


class PinGuard:
    """Checks PINs for the kiosk. The hash comes from the configuration (one PIN for a fleet)
    or, failing that, the file `kiosk-admin set-pin` writes into the data folder."""

    def __init__(
        self, data_dir: Path, configured: str = "", clock: Callable[[], float] = time.time
    ) -> None:
        self._data_dir = data_dir
        self._configured = configured
        self.clock = clock
        self._memory: dict[str, float] = {}  # if the data folder cannot be written

    @property
    def stored(self) -> str:
        if self._configured:
            return self._configured
        try:
            text = read_shared(self._data_dir / PIN_FILE).decode("ascii").strip()
        except (OSError, UnicodeDecodeError):
            return ""
        return text if is_hash(text) else ""

    @property
    def is_set(self) -> bool:
        return bool(self.stored)

    def locked_seconds(self) -> int:
        until = float(self._state().get("locked_until", 0))
        return max(0, int(until - self.clock() + 0.999))

    def attempt(self, pin: str) -> Attempt:
        """One try at the keypad. While locked, nothing is checked at all."""
        locked = self.locked_seconds()
        if locked:
            return Attempt(False, 0, locked)
        stored = self.stored
        if stored and matches(pin, stored):
            self._save({"failures": 0, "locked_until": 0})
            return Attempt(True, MAX_FAILURES, 0)
        failures = int(self._state().get("failures", 0)) + 1
        if failures >= MAX_FAILURES:
            self._save({"failures": 0, "locked_until": self.clock() + LOCKOUT_SECONDS})
            return Attempt(False, 0, LOCKOUT_SECONDS)
        self._save({"failures": failures, "locked_until": 0})
        return Attempt(False, MAX_FAILURES - failures, 0)

    def _state(self) -> dict[str, float]:
        try:
            data = json.loads(read_shared(self._data_dir / LOCKOUT_FILE).decode("utf-8"))
        except (OSError, ValueError):
            return self._memory
        return data if isinstance(data, dict) else self._memory

    def _save(self, state: dict[str, float]) -> None:
        self._memory = state
        try:
            self._data_dir.mkdir(parents=True, exist_ok=True)
            write_atomically(self._data_dir / LOCKOUT_FILE, json.dumps(state).encode())
        except OSError as exc:  # the lockout still holds for as long as this process runs
            log.warning("cannot save the PIN lockout: %s", exc)


def write_pin_file(data_dir: Path, pin: str) -> Path:
    """Store a new PIN's hash in the data folder and clear any lockout."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / PIN_FILE
    write_atomically(path, (hash_pin(pin) + "\n").encode("ascii"))
    unlink_retrying(data_dir / LOCKOUT_FILE, missing_ok=True)
    return path
