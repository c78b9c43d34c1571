"""Keeps the test run away from the machine's own kiosk folders: a site kiosk.toml that a
developer or a CI machine has installed must never change a result, and no test may touch the
real data or log folder. Give code a data folder (`Paths.resolve(tmp_path)`, `--data-dir`)."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from kiosk.paths import APP_NAME, CONFIG_FILE

# Every per-user and per-machine folder platformdirs knows: config, data, logs, cache, ...
_FOLDER = re.compile(r"(user|site)_\w+_(dir|path)")
# On Linux, where platformdirs and Qt look for configuration, data and logs.
CONFIG_VARIABLES = ("XDG_CONFIG_DIRS", "XDG_CONFIG_HOME")
WRITTEN_VARIABLES = ("XDG_DATA_HOME", "XDG_STATE_HOME")
# Found by a kiosk started without --data-dir: it then reports this file and key as its
# configuration error, which a test of that kiosk sees.
TRAP = (
    "# Written by the test suite: a kiosk or kiosk-admin started by a test without --data-dir\n"
    "# read this instead of the machine's own configuration.\n"
    "[tests]\nstarted_without_data_dir = true\n"
)
ADVICE = (
    "a test reached the machine's own kiosk folders; give the code a data folder "
    "(Paths.resolve(tmp_path), --data-dir) or monkeypatch platformdirs"
)

asked: list[str] = []  # what code under test asked platformdirs for, since the last check
hidden: list[Path] = []  # the throwaway folder standing in for the machine's


class MachineFolderAsked(AssertionError):
    """Code under test looked up one of the machine's own folders."""


def hide_machine_folders() -> None:
    """Point the XDG folders at a throwaway folder, for this process and every process it
    starts: the configuration folders, site and user, hold the trap; the data and log
    folders start empty, and a test that leaves the kiosk's folder in them fails."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-tests-"))
    hidden.append(folder)
    for variable in CONFIG_VARIABLES + WRITTEN_VARIABLES:
        os.environ[variable] = str(folder / variable)
        (folder / variable).mkdir()
    for variable in CONFIG_VARIABLES:
        trap = folder / variable / APP_NAME / CONFIG_FILE
        trap.parent.mkdir()
        trap.write_text(TRAP, encoding="utf-8")


def forbid_platform_folders() -> None:
    """Make platformdirs' folder functions fail, on every platform, and remember the call in
    case the code under test swallows the error. Tests of the default folders monkeypatch
    the functions they need."""
    for name in dir(platformdirs):
        if _FOLDER.fullmatch(name):
            setattr(platformdirs, name, _refusal(name))


def _refusal(name: str) -> Callable[..., Any]:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        asked.append(name)
        raise MachineFolderAsked(f"platformdirs.{name}: {ADVICE}")

    return refuse


def _written() -> list[Path]:
    """The kiosk's folders that a process started without --data-dir made."""
    return [
        folder / variable / APP_NAME
        for folder in hidden
        for variable in WRITTEN_VARIABLES
        if (folder / variable / APP_NAME).exists()
    ]


@pytest.fixture(autouse=True)
def no_machine_folders() -> Iterator[None]:
    asked.clear()
    yield
    problems = [f"platformdirs.{name}" for name in sorted(set(asked))]
    asked.clear()
    for made in _written():
        problems.append(f"a process wrote ${made.relative_to(made.parents[1])}")
        shutil.rmtree(made, ignore_errors=True)  # not blamed on the next test too
    if problems:
        pytest.fail(f"{', '.join(problems)}: {ADVICE}", pytrace=False)


def unhide() -> None:
    for folder in hidden:
        shutil.rmtree(folder, ignore_errors=True)
