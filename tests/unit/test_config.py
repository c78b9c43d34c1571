"""Configuration: every key declared once; layers; every error names file, key and fix."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from kiosk.config import SETTINGS, ConfigError, defaults, load, markdown
from kiosk.paths import Paths

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
            "language codes from en, es, hmn, zh, vi, zh-Hans, including en)",
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


def test_a_frozen_install_reads_kiosk_toml_beside_its_program_between_site_and_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = tmp_path / "cte-kiosk"
    install.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(install / "kiosk"))
    monkeypatch.setattr(platformdirs, "site_config_path", lambda *a, **k: tmp_path / "site")
    paths = Paths.resolve(tmp_path / "data")
    assert paths.portable_config == install / "kiosk.toml"
    (tmp_path / "site").mkdir()
    paths.site_config.write_text("[session]\nidle_timeout_seconds = 120\nwarning_seconds = 40\n")
    install.joinpath("kiosk.toml").write_text("[session]\nidle_timeout_seconds = 150\n")
    extra = tmp_path / "extra.toml"
    extra.write_text("[session]\nwarning_seconds = 25\n")
    config = load(paths.config_files(extra))
    assert config.files == (paths.site_config, install / "kiosk.toml", extra)
    assert config["session.idle_timeout_seconds"] == 150  # portable over site
    assert config["session.warning_seconds"] == 25  # --config over both


def test_a_source_checkout_has_no_portable_file() -> None:
    assert not getattr(sys, "frozen", False)
    assert Paths.resolve().portable_config is None
    assert Paths.resolve().config_files() == [Paths.resolve().site_config]
