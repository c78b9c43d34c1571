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
from kiosk.hours import HoursError, Schedule, holidays_list, hours_list, schedule
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
    display_hours: tuple[str, ...] = _setting(
        "display",
        (),
        "Opening hours in the machine's local time, one entry per set of days: days (Mon-Fri, "
        "Sat, Mon,Wed), then the times open (07:00-11:30 12:30-17:30). Outside them the "
        "screen sleeps: dark and still, the student's session wiped, catalogs still "
        "installed. Empty: always awake.",
        hours_list,
        'a list such as ["Mon-Fri 07:00-17:30", "Sat 09:00-12:00"]: days from Mon to Sun '
        "(a range Mon-Fri or a list Mon,Wed), then one or more HH:MM-HH:MM",
    )
    display_holidays: tuple[str, ...] = _setting(
        "display",
        (),
        "Days the screen sleeps all day (school holidays), as dates or ranges of dates.",
        holidays_list,
        'a list such as ["2026-11-26", "2026-12-21 to 2027-01-01"] (dates as YYYY-MM-DD)',
    )
    display_wake_on_touch: bool = _setting(
        "display",
        True,
        "Whether a touch wakes the sleeping screen for one session (it sleeps again when "
        "that session ends). Off: it sleeps until opening time.",
        _is_bool,
        "true or false",
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

    @property
    def schedule(self) -> Schedule:
        """When the display is awake (display.hours and display.holidays, checked on load)."""
        return schedule(self.display_hours, self.display_holidays)

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
            try:
                good = setting.check(value)
            except HoursError as exc:  # a check that can say which part is wrong
                raise ConfigError(f"{path}: {setting.name}: {exc}") from exc
            if not good:
                raise ConfigError(
                    f"{path}: {setting.name} = {value!r}: bad value (expected {setting.expected})"
                )
            values[setting.attribute] = _typed(value)
    return values
