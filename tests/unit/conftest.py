"""Fixtures for the staff tool's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.admin.cli import main


@pytest.fixture
def signing_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A fresh catalog signing key, made with `kiosk-admin keygen`."""
    assert main(["keygen", "--out", str(tmp_path / "keys")]) == 0
    capsys.readouterr()
    return tmp_path / "keys" / "catalog-signing.key"
