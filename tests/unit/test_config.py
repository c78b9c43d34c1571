"""Configuration: every key declared once; layers; every error names file, key and fix."""

from __future__ import annotations

import re
import sys
import typing
from pathlib import Path

import platformdirs
import pytest

from kiosk.config import SETTINGS, Config, ConfigError, defaults, load
from kiosk.configdoc import markdown
from kiosk.paths import Paths

DOCS = Path(__file__).parents[2] / "docs" / "configuration.md"


def test_the_docs_are_generated_from_the_declarations() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "docs/configuration.md is out of date: python -m kiosk.configdoc > docs/configuration.md"
    )
    for setting in SETTINGS:
        assert f"| `{setting.key}` |" in markdown()


def test_the_readme_gives_the_declared_defaults() -> None:
    from kiosk.configdoc import _toml

    readme = (DOCS.parents[1] / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \| `([^`]*)` \|", readme, re.MULTILINE))
    assert len(rows) >= 8  # the README's table of keys was found
    for name, default in rows.items():
        setting = next(s for s in SETTINGS if s.name == name)
        assert default == _toml(setting.default), f"README.md: {name}"


def test_defaults_and_later_files_win(tmp_path: Path) -> None:
    site, local = tmp_path / "site.toml", tmp_path / "local.toml"
    site.write_text("[session]\nidle_timeout_seconds = 120\nwarning_seconds = 40\n")
    local.write_text("[session]\nwarning_seconds = 25\n")
    config = load([site, tmp_path / "missing.toml", local])
    assert config.session_idle_timeout_seconds == 120
    assert config.session_warning_seconds == 25
    assert config.files == (site, local)
    assert defaults().session_idle_timeout_seconds == 90


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


def test_a_data_folder_holds_everything_the_kiosk_reads_or_writes(tmp_path: Path) -> None:
    """--data-dir is the one base folder (as qutebrowser's --basedir): the machine's own
    folders, site configuration included, are never asked for (tests/helpers/machine.py)."""
    paths = Paths.resolve(tmp_path)
    assert paths.data_dir == tmp_path
    assert paths.log_dir == tmp_path / "logs"
    assert paths.site_config == tmp_path / "config" / "kiosk.toml"
    paths.site_config.parent.mkdir()
    paths.site_config.write_text("[session]\nidle_timeout_seconds = 120\n")
    config = load(paths.config_files())
    assert config.files == (paths.site_config,)
    assert config.session_idle_timeout_seconds == 120


def test_without_a_data_folder_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("user_data_path", "user_log_path", "site_config_path"):
        monkeypatch.setattr(platformdirs, name, lambda app, name=name, **_: tmp_path / name / app)
    paths = Paths.resolve()
    assert paths.data_dir == tmp_path / "user_data_path" / "cte-kiosk"
    assert paths.log_dir == tmp_path / "user_log_path" / "cte-kiosk"
    assert paths.site_config == tmp_path / "site_config_path" / "cte-kiosk" / "kiosk.toml"


def test_a_frozen_install_reads_kiosk_toml_beside_its_program_between_site_and_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = tmp_path / "cte-kiosk"
    install.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(install / "kiosk"))
    paths = Paths.resolve(tmp_path / "data")
    assert paths.portable_config == install / "kiosk.toml"  # beside the program, not in data
    paths.site_config.parent.mkdir(parents=True)
    paths.site_config.write_text("[session]\nidle_timeout_seconds = 120\nwarning_seconds = 40\n")
    install.joinpath("kiosk.toml").write_text("[session]\nidle_timeout_seconds = 150\n")
    extra = tmp_path / "extra.toml"
    extra.write_text("[session]\nwarning_seconds = 25\n")
    config = load(paths.config_files(extra))
    assert config.files == (paths.site_config, install / "kiosk.toml", extra)
    assert config.session_idle_timeout_seconds == 150  # portable over site
    assert config.session_warning_seconds == 25  # --config over both


def test_a_source_checkout_has_no_portable_file(tmp_path: Path) -> None:
    assert not getattr(sys, "frozen", False)
    paths = Paths.resolve(tmp_path)
    assert paths.portable_config is None
    assert paths.config_files() == [paths.site_config]


def test_a_broken_file_still_gives_its_staff_pin(tmp_path: Path) -> None:
    """A kiosk out of service for a typo keeps the PIN staff need to get in and restart it."""
    from kiosk.config import pin_hash_of
    from kiosk.pin import hash_pin

    site, broken, not_toml = tmp_path / "site.toml", tmp_path / "broken.toml", tmp_path / "x.toml"
    first, second = hash_pin("4826"), hash_pin("9137")
    site.write_text(f'[admin]\npin_hash = "{first}"\n')
    broken.write_text(f'[admin]\npin_hash = "{second}"\n[kiosk]\nlockdwn = true\n')
    not_toml.write_text('[admin\npin_hash = "scrypt$"\n')
    with pytest.raises(ConfigError):
        load([site, broken])
    assert pin_hash_of([site, broken, not_toml, tmp_path / "missing.toml"]) == second
    assert pin_hash_of([site, not_toml]) == first
    broken.write_text('[admin]\npin_hash = "482613"\n')  # not a hash: no PIN from it
    assert pin_hash_of([broken]) == ""


def test_a_configuration_problem_has_a_short_steady_reference(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text("[kiosk]\nlockdwn = true\n")
    with pytest.raises(ConfigError) as first:
        load([path])
    with pytest.raises(ConfigError) as again:
        load([path])
    assert re.fullmatch(r"CFG-[0-9A-F]{4}", first.value.reference)
    assert again.value.reference == first.value.reference  # the same problem, the same code
    path.write_text("[kiosk]\nlockdown = 1\n")
    with pytest.raises(ConfigError) as other:
        load([path])
    assert other.value.reference != first.value.reference


def test_every_key_is_a_typed_field_and_files_give_the_same_types(tmp_path: Path) -> None:
    hints = typing.get_type_hints(Config)
    site = tmp_path / "kiosk.toml"
    site.write_text('[ui]\nlanguages = ["en", "vi"]\n[sync]\ninterval_minutes = 15\n')
    config = load([site])
    for setting in SETTINGS:
        kind = typing.get_origin(hints[setting.attribute]) or hints[setting.attribute]
        assert isinstance(getattr(config, setting.attribute), kind), setting.name
        assert isinstance(getattr(defaults(), setting.attribute), kind), setting.name
    assert config.languages == ("en", "vi") and config.sync_interval_minutes == 15
    assert defaults().with_values(ui__languages=["en", "es"]).ui_languages == ("en", "es")
    with pytest.raises(KeyError):
        defaults().with_values(ui__langauges=["en"])  # a misspelt key is no new setting
