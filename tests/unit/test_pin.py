"""The staff PIN: only a salted slow hash is stored; five wrong PINs lock the keypad for five
minutes, across restarts; `kiosk-admin set-pin` writes it."""

from __future__ import annotations

import base64
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load
from kiosk.pin import (
    LOCKOUT_SECONDS,
    MAX_FAILURES,
    PIN_FILE,
    PinError,
    PinGuard,
    hash_pin,
    is_hash,
    matches,
    write_pin_file,
)
from tests.helpers.clocks import Clock


def test_the_hash_is_salted_and_slow_and_never_the_pin() -> None:
    first, second = hash_pin("4826"), hash_pin("4826")
    assert first != second  # a fresh salt each time
    assert "4826" not in first
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert matches("4826", first) and matches("4826", second)
    assert not matches("4827", first)
    assert is_hash(first) and not is_hash("4826") and not is_hash("scrypt$1$1$1$x$y")


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("12a4", "digits only"),
        ("123", "4 to 12 digits"),
        ("1234567890123", "4 to 12 digits"),
        ("7777", "one repeated digit"),
        ("١٢٣٤", "digits only"),  # Arabic-Indic digits: not on the keypad
    ],
)
def test_unacceptable_pins_are_refused_with_the_reason(pin: str, reason: str) -> None:
    with pytest.raises(PinError, match=reason):
        hash_pin(pin)


def test_five_wrong_pins_lock_for_five_minutes_then_it_opens_again(tmp_path: Path) -> None:
    write_pin_file(tmp_path, "4826")
    clock = Clock()
    guard = PinGuard(tmp_path, clock=clock)
    for tries_left in range(MAX_FAILURES - 1, 0, -1):
        attempt = guard.attempt("1111")
        assert (attempt.ok, attempt.tries_left, attempt.locked_seconds) == (False, tries_left, 0)
    attempt = guard.attempt("1111")
    assert attempt.locked_seconds == LOCKOUT_SECONDS == 300
    # While locked, even the right PIN is not checked.
    clock.now += 299
    assert guard.attempt("4826").ok is False
    assert guard.locked_seconds() == 1
    # A restarted kiosk (a new guard on the same folder) is still locked.
    assert PinGuard(tmp_path, clock=clock).locked_seconds() == 1
    clock.now += 1
    assert guard.locked_seconds() == 0
    assert guard.attempt("4826").ok
    # A success clears the count: five more wrong tries are needed to lock again.
    assert guard.attempt("1111").tries_left == MAX_FAILURES - 1


def test_the_configured_hash_wins_over_the_file(tmp_path: Path) -> None:
    write_pin_file(tmp_path, "4826")
    guard = PinGuard(tmp_path, configured=hash_pin("9137"))
    assert guard.attempt("9137").ok
    assert not guard.attempt("4826").ok


def test_no_pin_or_a_damaged_pin_file_means_no_pin(tmp_path: Path) -> None:
    assert not PinGuard(tmp_path).is_set
    (tmp_path / PIN_FILE).write_text("not a hash\n")
    guard = PinGuard(tmp_path)
    assert not guard.is_set
    assert not guard.attempt("0000").ok  # nothing opens with no PIN set


def run_admin(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    admin = Path(sys.executable).with_name("kiosk-admin")
    return subprocess.run(
        [str(admin), *args], input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


def test_set_pin_stores_only_the_hash(tmp_path: Path) -> None:
    result = run_admin("set-pin", "--data-dir", str(tmp_path), stdin="482613\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("set-pin: PIN set")
    stored = (tmp_path / PIN_FILE).read_text()
    assert "482613" not in stored and is_hash(stored.strip())
    assert PinGuard(tmp_path).attempt("482613").ok


def test_set_pin_refuses_a_weak_pin_and_writes_nothing(tmp_path: Path) -> None:
    result = run_admin("set-pin", "--data-dir", str(tmp_path), stdin="1111\n")
    assert result.returncode == 1
    assert result.stdout.strip() == (
        "set-pin: NOT set: a PIN of one repeated digit is too easy to guess"
    )
    assert not (tmp_path / PIN_FILE).exists()


def test_set_pin_print_makes_a_configuration_every_kiosk_can_share(tmp_path: Path) -> None:
    result = run_admin("set-pin", "--print", "--data-dir", str(tmp_path), stdin="482613\n")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / PIN_FILE).exists()
    # Standard output is the configuration and nothing else: `> kiosk.toml` is valid TOML.
    assert list(tomllib.loads(result.stdout)) == ["admin"]
    assert list(tomllib.loads(result.stdout)["admin"]) == ["pin_hash"]
    assert result.stderr == "set-pin: put these lines in the site kiosk.toml of every kiosk\n"
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(result.stdout)
    config = load([config_file])
    assert PinGuard(tmp_path, configured=config.admin_pin_hash).attempt("482613").ok


def test_set_pin_print_refuses_on_standard_error(tmp_path: Path) -> None:
    result = run_admin("set-pin", "--print", "--data-dir", str(tmp_path), stdin="1111\n")
    assert result.returncode == 1
    assert result.stdout == ""  # nothing lands in a redirected kiosk.toml
    assert result.stderr.strip() == (
        "set-pin: NOT set: a PIN of one repeated digit is too easy to guess"
    )


def test_a_pin_hash_in_the_configuration_must_be_one(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('[admin]\npin_hash = "482613"\n')
    with pytest.raises(ConfigError, match=r"admin\.pin_hash = '482613': bad value"):
        load([config_file])
