"""Configuration: every key declared once; layers; every error names file, key and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import SETTINGS, ConfigError, defaults, load, markdown

DOCS = Path(__file__).parents[2] / "docs" / "configuration.md"


def test_the_docs_are_generated_from_the_declarations() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "docs/configuration.md is out of date: python -m kiosk.config > docs/configuration.md"
    )
    for setting in SETTINGS:
        assert f"| `{setting.key}` |" in markdown()


def test_defaults_and_later_files_win(tmp_path: Path) -> None:
    site, local = tmp_path / "site.toml", tmp_path / "local.toml"
    site.write_text("[session]\nidle_timeout_seconds = 120\nwarning_seconds = 40\n")
    local.write_text("[session]\nwarning_seconds = 25\n")
    config = load([site, tmp_path / "missing.toml", local])
    assert config["session.idle_timeout_seconds"] == 120
    assert config["session.warning_seconds"] == 25
    assert config.files == (site, local)
    assert defaults()["session.idle_timeout_seconds"] == 90


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[session]\nidle_timout_seconds = 90\n", "session.idle_timout_seconds: unknown key"),
        (
            "[session]\nwarning_seconds = 10\n",
            "session.warning_seconds = 10: bad value (expected a whole number from 20 to 300)",
        ),
        (
            '[kiosk]\nlockdown = "yes"\n',
            "kiosk.lockdown = 'yes': bad value (expected true or false)",
        ),
        (
            '[ui]\nlanguages = ["es"]\n',
            "ui.languages = ['es']: bad value (expected a list of "
            "language codes from en, es, hmn, zh, vi, including en)",
        ),
        (
            '[sync]\ntrusted_keys = ["not a key"]\n',
            "sync.trusted_keys = ['not a key']: bad "
            "value (expected a list of at most two ed25519:... keys)",
        ),
        ("lockdown = true\n", "lockdown: unknown key (expected a [section]"),
        ("[kiosk\n", "not valid TOML"),
    ],
)
def test_errors_name_the_file_the_key_and_the_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        load([path])
    assert str(error.value).startswith(f"{path}: ")
    assert message in str(error.value)
