"""Kiosk configuration: every key declared once with its default and meaning; TOML files
layered over the defaults; unknown keys and bad values are errors naming file, key and what
is expected."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kiosk.catalog.languages import LANGUAGES
from kiosk.pin import is_hash

# A kiosk's name becomes a file name on a share: nothing a file system could trip over.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}")


class ConfigError(Exception):
    """A configuration file is unreadable or holds an unknown key or a bad value."""

    @property
    def reference(self) -> str:
        """A short code for the out-of-service screen (CFG-1A2B): staff quote it, IT finds
        it in the log beside the details. The same problem gives the same code."""
        import hashlib

        return "CFG-" + hashlib.sha256(str(self).encode()).hexdigest()[:4].upper()


@dataclass(frozen=True)
class Setting:
    """A key as a configuration file names it (`section.key`), with what it means."""

    section: str
    key: str
    default: Any
    description: str
    check: Callable[[Any], bool]
    expected: str

    @property
    def name(self) -> str:
        return f"{self.section}.{self.key}"

    @property
    def attribute(self) -> str:
        """The Config field that holds it: `sync.interval_minutes` is `sync_interval_minutes`."""
        return f"{self.section}_{self.key}"


def _setting(
    section: str, default: Any, description: str, check: Callable[[Any], bool], expected: str
) -> Any:
    """A Config field declared with its default and meaning (the key is the field's name
    after `section_`)."""
    about = {"section": section, "description": description, "check": check}
    return field(default=default, metadata={**about, "expected": expected})


def _int_between(low: int, high: int) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _public_keys(value: Any) -> bool:
    if not isinstance(value, list | tuple) or len(value) > 2:
        return False
    from kiosk.sync.keys import SigningKeyError, parse_public

    try:
        for item in value:
            parse_public(str(item))
    except SigningKeyError:
        return False
    return all(isinstance(item, str) for item in value)


def _languages(value: Any) -> bool:
    return (
        isinstance(value, list | tuple)
        and bool(value)
        and "en" in value
        and all(v in LANGUAGES for v in value)
        and len(set(value)) == len(value)
    )


@dataclass(frozen=True)
class Config:
    """Every key, typed, with its default and meaning: the one place a key is declared."""

    kiosk_lockdown: bool = _setting(
        "kiosk",
        True,
        "Run full screen and locked down (students cannot leave the app). Off: a normal "
        "preview window.",
        _is_bool,
        "true or false",
    )
    kiosk_name: str = _setting(
        "kiosk",
        "",
        "This kiosk's name in the fleet's health reports (its status file is NAME.json). "
        "Empty: the computer's name.",
        lambda v: isinstance(v, str) and (v == "" or bool(_NAME.fullmatch(v))),
        "empty, or up to 63 letters, digits, dots, dashes and underscores",
    )
    session_idle_timeout_seconds: int = _setting(
        "session",
        90,
        "Seconds without a touch before the Still there? screen appears.",
        _int_between(15, 3600),
        "a whole number from 15 to 3600",
    )
    session_warning_seconds: int = _setting(
        "session",
        30,
        "How long Still there? counts down before everything is wiped (at least 20, WCAG 2.2.1).",
        _int_between(20, 300),
        "a whole number from 20 to 300",
    )
    ui_languages: tuple[str, ...] = _setting(
        "ui",
        ("en", "es", "hmn", "zh", "vi"),
        "Languages offered to students, in button order; English must be one of them. "
        'Chinese is "zh" in Traditional script or "zh-Hans" in Simplified.',
        _languages,
        "a list of language codes from " + ", ".join(LANGUAGES) + ", including en",
    )
    ui_attract_rotate_seconds: int = _setting(
        "ui",
        7,
        "Seconds each highlight stays on the attract screen.",
        _int_between(2, 120),
        "a whole number from 2 to 120",
    )
    speech_engine: str = _setting(
        "speech",
        "",
        "The text-to-speech engine for Read aloud. Empty: the best one installed (winrt or "
        'sapi on Windows, speechd on Linux); "off": no Read aloud. The button shows only for '
        "languages the engine has a voice for.",
        lambda v: isinstance(v, str) and (v == "" or v.isalnum()),
        'empty, "off" or an engine name such as "sapi"',
    )
    sync_source: str = _setting(
        "sync",
        "",
        "Where published catalogs come from: a web address (https://...) or a folder (a "
        "share or USB path). Empty: no sync.",
        _is_text,
        "a web address or a folder path",
    )
    sync_trusted_keys: tuple[str, ...] = _setting(
        "sync",
        (),
        "Public keys (ed25519:..., from kiosk-admin keygen) whose signatures are trusted; at "
        "most two, so a key can be rotated.",
        _public_keys,
        "a list of at most two ed25519:... keys",
    )
    sync_interval_minutes: int = _setting(
        "sync",
        60,
        "Minutes between checks for a newer catalog (with random jitter).",
        _int_between(5, 1440),
        "a whole number from 5 to 1440",
    )
    admin_pin_hash: str = _setting(
        "admin",
        "",
        "The staff PIN's hash, from `kiosk-admin set-pin --print`, so every kiosk shares one "
        "PIN. Empty: the PIN set on this kiosk with `kiosk-admin set-pin`. With no PIN at all "
        "the kiosk refuses lockdown and runs as a preview window.",
        lambda v: isinstance(v, str) and (v == "" or is_hash(v)),
        "empty, or the scrypt$... line printed by kiosk-admin set-pin --print",
    )
    catalog_retry_seconds: int = _setting(
        "catalog",
        30,
        "While no catalog can be opened, how often to try again.",
        _int_between(5, 3600),
        "a whole number from 5 to 3600",
    )
    health_textfile_dir: str = _setting(
        "health",
        "",
        "A folder node_exporter or windows_exporter reads (their textfile collector): the "
        "kiosk writes its health figures there as cte_kiosk.prom, for Prometheus. Empty: none.",
        _is_text,
        "a folder path",
    )
    health_report_dir: str = _setting(
        "health",
        "",
        "A shared folder every kiosk writes its status file to (NAME.json), for "
        "`kiosk-admin fleet`. Empty: none.",
        _is_text,
        "a folder path",
    )
    health_interval_seconds: int = _setting(
        "health",
        60,
        "Seconds between health reports (a change is reported at once). `kiosk-admin fleet` "
        "calls a kiosk silent after twice this.",
        _int_between(15, 3600),
        "a whole number from 15 to 3600",
    )
    files: tuple[Path, ...] = ()  # the files these values came from, in order

    @property
    def lockdown(self) -> bool:
        return self.kiosk_lockdown

    @property
    def idle_timeout_ms(self) -> int:
        return self.session_idle_timeout_seconds * 1000

    @property
    def warning_seconds(self) -> int:
        return self.session_warning_seconds

    @property
    def languages(self) -> tuple[str, ...]:
        return self.ui_languages

    def with_values(self, **changes: Any) -> Config:
        """A copy with some values replaced (keys as `section__key`)."""
        named = {_BY_NAME[key.replace("__", ".")].attribute: v for key, v in changes.items()}
        return replace(self, **{key: _typed(value) for key, value in named.items()})


SETTINGS: tuple[Setting, ...] = tuple(
    Setting(
        f.metadata["section"],
        f.name.removeprefix(f.metadata["section"] + "_"),
        f.default,
        f.metadata["description"],
        f.metadata["check"],
        f.metadata["expected"],
    )
    for f in fields(Config)
    if f.metadata
)
_BY_NAME = {s.name: s for s in SETTINGS}


def _typed(value: Any) -> Any:
    """TOML's lists are kept as tuples: a Config is frozen all the way down."""
    return tuple(value) if isinstance(value, list) else value


def defaults() -> Config:
    return Config()


def load(files: Iterable[Path]) -> Config:
    """Defaults, then each existing file in order, later files winning."""
    values: dict[str, Any] = {}
    used = []
    for path in files:
        if not path.is_file():
            continue
        values.update(_read(path))
        used.append(path)
    return replace(Config(files=tuple(used)), **values)


def pin_hash_of(files: Iterable[Path]) -> str:
    """The staff PIN's hash from files that do not load as a whole (an unknown key or a bad
    value elsewhere in them), so staff can still open admin mode on a kiosk that is out of
    service because of them. A file that is not TOML at all gives nothing."""
    found = _BY_NAME["admin.pin_hash"].default
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        admin = data.get("admin")
        value = admin.get("pin_hash") if isinstance(admin, dict) else None
        if _BY_NAME["admin.pin_hash"].check(value):
            found = value
    return str(found)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    values = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(
                f"{path}: {section}: unknown key (expected a [section] such as "
                f"[kiosk] or [session])"
            )
        for key, value in table.items():
            setting = _BY_NAME.get(f"{section}.{key}")
            if setting is None:
                raise ConfigError(
                    f"{path}: {section}.{key}: unknown key (expected one of: "
                    + ", ".join(_BY_NAME)
                    + ")"
                )
            if not setting.check(value):
                raise ConfigError(
                    f"{path}: {setting.name} = {value!r}: bad value (expected {setting.expected})"
                )
            values[setting.attribute] = _typed(value)
    return values


def markdown() -> str:
    """docs/configuration.md, written from the declarations above (a test keeps them equal)."""
    lines = [
        "# Kiosk configuration",
        "",
        "One TOML file. Later layers win: the packaged defaults below, then the site-wide file "
        "IT installs (`kiosk.toml` in the platform's site configuration folder: "
        "`C:\\ProgramData\\cte-kiosk\\kiosk.toml` on Windows, `/etc/xdg/cte-kiosk/kiosk.toml` "
        "on Linux; `DIR/config/kiosk.toml` instead with `kiosk --data-dir DIR`, which keeps "
        "the data and the logs in `DIR` too), then `kiosk.toml` beside the `kiosk` program of "
        "an installed (frozen) "
        "folder, for portable installs, then the file given with `kiosk --config FILE`. "
        "An unknown key or a bad "
        "value is an error that names the file, the key and what is expected. "
        "`kiosk --self-test` shows which files are in effect.",
        "",
        "This page is generated by `python -m kiosk.config`.",
        "",
    ]
    section = ""
    for setting in SETTINGS:
        if setting.section != section:
            section = setting.section
            lines += [
                f"## [{section}]",
                "",
                "| key | default | expected | meaning |",
                "|---|---|---|---|",
            ]
        default = _toml(setting.default)
        lines.append(
            f"| `{setting.key}` | `{default}` | {setting.expected} | {setting.description} |"
        )
        if setting is SETTINGS[-1] or SETTINGS[SETTINGS.index(setting) + 1].section != section:
            lines.append("")
    lines += [
        "## Example",
        "",
        "```toml",
        "[kiosk]",
        "lockdown = true",
        "",
        "[session]",
        "idle_timeout_seconds = 90",
        "",
        "[sync]",
        'source = "https://cte.example.org/catalog/"',
        'trusted_keys = ["ed25519:PASTE-THE-PUBLIC-KEY-HERE="]',
        "",
        "[health]",
        "textfile_dir = 'C:\\Program Files\\windows_exporter\\textfile_inputs'",
        "report_dir = '\\\\district-fs\\cte-kiosks\\status'",
        "```",
        "",
    ]
    return "\n".join(lines)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


if __name__ == "__main__":
    print(markdown(), end="")
