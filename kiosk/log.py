"""Logging: a rotating file in the log folder, stderr when there is one (the journal, under
systemd), and on Windows the kiosk's errors and events in the Application event log."""

from __future__ import annotations

import enum
import importlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The journal stamps each line itself, and takes its priority from the <N> prefix.
JOURNAL_FORMAT = "%(levelname)s %(name)s: %(message)s"
EVENT_SOURCE = "CTE Kiosk"
EVENT_FORMAT = "%(name)s: %(message)s"  # Event Viewer shows the time and the level itself
# Where Windows lists the Application log's sources; anyone may read it, only admins write.
SOURCE_KEY = rf"SYSTEM\CurrentControlSet\Services\EventLog\Application\{EVENT_SOURCE}"

logger = logging.getLogger(__name__)


class Event(enum.IntEnum):
    """What an entry in the Windows event log is about: its event ID, for IT to filter on."""

    ERROR = 1  # anything logged at ERROR or worse: a failure, a crash
    STARTED = 2  # the kiosk started (also after a restart or a crash)
    CATALOG = 3  # the kiosk now shows catalog version N
    ROLLBACK = 4  # staff rolled back to the previous catalog
    RESTART = 5  # staff chose Restart
    EXIT = 6  # staff chose Exit kiosk


def event(log: logging.Logger, kind: Event, msg: str, *args: object) -> None:
    """Log an INFO line that the system log (Windows' event log) also gets, as `kind`."""
    log.info(msg, *args, extra={"system_event": kind}, stacklevel=2)


def for_event_log(record: logging.LogRecord) -> bool:
    """Errors, and the events marked with `event`: not every sync check and screen."""
    return record.levelno >= logging.ERROR or isinstance(
        getattr(record, "system_event", None), Event
    )


def setup(
    log_dir: Path | None,
    level: int = logging.INFO,
    file_name: str = "kiosk.log",
    *,
    event_log: bool = False,
) -> None:
    """Log to `file_name` in `log_dir` (each program its own file) and warnings to stderr
    (everything, when stderr is systemd's journal). With `event_log` (the kiosk), errors and
    events also go to the Windows event log."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            to_file = logging.handlers.RotatingFileHandler(
                log_dir / file_name, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
            to_file.setFormatter(logging.Formatter(FORMAT))
            root.addHandler(to_file)
        except OSError as exc:  # a read-only or missing log folder must not stop the kiosk
            print(f"kiosk: cannot write logs to {log_dir}: {exc}", file=sys.stderr)
    if sys.stderr is not None:  # windowed frozen builds have no stderr
        root.addHandler(console(sys.stderr))
    if event_log and sys.platform == "win32":
        windows = event_log_handler()
        if windows is not None:
            root.addHandler(windows)


def console(stream: TextIO) -> logging.Handler:
    """Warnings for whoever watches the console; under systemd, the journal gets all of it
    with each line's priority, so `journalctl -p err` finds the errors."""
    handler = logging.StreamHandler(stream)
    if is_journal(stream):
        handler.setFormatter(JournalFormatter())
    else:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.setLevel(logging.WARNING)
    return handler


def is_journal(stream: TextIO) -> bool:
    """Whether `stream` is systemd's journal: JOURNAL_STREAM holds its device and inode
    (systemd.exec(5)). A child whose stderr goes elsewhere inherits the variable, not the
    match."""
    expected = os.environ.get("JOURNAL_STREAM", "")
    if not expected:
        return False
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError):  # no file behind the stream, or it is closed
        return False
    return expected == f"{info.st_dev}:{info.st_ino}"


def priority(levelno: int) -> int:
    """The syslog priority of a level, as journald reads it from a line's <N> prefix."""
    for floor, value in ((logging.CRITICAL, 2), (logging.ERROR, 3), (logging.WARNING, 4)):
        if levelno >= floor:
            return value
    return 6 if levelno >= logging.INFO else 7


class JournalFormatter(logging.Formatter):
    """Each line with its priority prefix: journald makes every line (a traceback's too) an
    entry of its own, and an unprefixed one would count as the unit's default, info."""

    def __init__(self) -> None:
        super().__init__(JOURNAL_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{priority(record.levelno)}>"
        return "\n".join(prefix + line for line in super().format(record).splitlines())


class EventLogHandler(logging.handlers.NTEventLogHandler):
    """The standard handler, with one event ID per kind of event (Event)."""

    def getMessageID(self, record: logging.LogRecord) -> int:
        return int(getattr(record, "system_event", Event.ERROR))


def event_log_handler() -> logging.Handler | None:
    """Windows: a handler that writes errors and events to the Application log as source
    EVENT_SOURCE, or None after one warning when there can be none."""
    try:
        # pywin32, a Windows-only dependency. Without it the standard handler prints a line
        # and drops every record: say so once, in the kiosk's log.
        importlib.import_module("win32evtlog")
        importlib.import_module("win32evtlogutil")
    except ImportError:
        logger.warning("no Windows event log: pywin32 is not installed")
        return None
    try:
        # Registers the source when the kiosk runs as an administrator; otherwise (refused)
        # events are still written, though Event Viewer shows them less tidily.
        handler = EventLogHandler(EVENT_SOURCE, dllname=message_file())
    except Exception as exc:  # anything Windows refuses must not stop the kiosk
        logger.warning("no Windows event log: %s", exc)
        return None
    if not source_registered():
        logger.warning(
            "the Windows event log source %r is not registered, which needs administrator "
            "rights once (New-EventLog -LogName Application -Source %r)",
            EVENT_SOURCE,
            EVENT_SOURCE,
        )
    handler.setFormatter(logging.Formatter(EVENT_FORMAT))
    handler.addFilter(for_event_log)
    return handler


def message_file() -> str | None:
    """The message file New-EventLog registers (.NET's, on every Windows 10 and 11), whose
    text is the event's own for any event ID, and which stays put when the kiosk's folder
    changes with an update. None: the standard handler's, from pywin32."""
    system_root = Path(os.environ.get("SYSTEMROOT", r"C:\Windows"))
    for framework in ("Framework64", "Framework"):
        path = system_root / "Microsoft.NET" / framework / "v4.0.30319" / "EventLogMessages.dll"
        if path.is_file():
            return str(path)
    return None


def source_registered() -> bool:
    """Whether Windows knows the event source (the installer, IT or an admin run made it)."""
    winreg = importlib.import_module("winreg")  # Windows only
    try:
        winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, SOURCE_KEY).Close()
    except OSError:
        return False
    return True
