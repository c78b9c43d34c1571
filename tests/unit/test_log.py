"""kiosk.log: which records reach the Windows event log and with which event ID, how the
handler is chosen and fails calmly (pywin32 and the registry faked: they exist only on
Windows), and the journal's priority prefixes under systemd."""

from __future__ import annotations

import io
import logging
import os
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk import log
from kiosk.log import Event

ERROR_TYPE, WARNING_TYPE, INFORMATION_TYPE = 1, 2, 4  # win32evtlog's values
ACCESS_DENIED = 5


class WinError(Exception):
    """pywintypes.error: what pywin32 raises, with Windows' error code."""

    def __init__(self, winerror: int) -> None:
        super().__init__(winerror, "RegCreateKey", "refused")
        self.winerror = winerror


@dataclass
class FakeWindows:
    """pywin32's event log modules and the registry, as NTEventLogHandler and kiosk.log use
    them; `registered` is whether the source's registry key exists."""

    registered: bool = True
    refuse: int = 0  # the error code AddSourceToRegistry raises (0: none)
    added: list[tuple[str, str | None, str]] = field(default_factory=list)
    reported: list[tuple[str, int, int, int, list[str]]] = field(default_factory=list)
    opened: list[str] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        evtlog = types.ModuleType("win32evtlog")
        evtlog.EVENTLOG_ERROR_TYPE = ERROR_TYPE  # type: ignore[attr-defined]
        evtlog.EVENTLOG_WARNING_TYPE = WARNING_TYPE  # type: ignore[attr-defined]
        evtlog.EVENTLOG_INFORMATION_TYPE = INFORMATION_TYPE  # type: ignore[attr-defined]
        util = types.ModuleType("win32evtlogutil")
        util.__file__ = "/python/site-packages/win32/lib/win32evtlogutil.py"
        util.AddSourceToRegistry = self.add_source  # type: ignore[attr-defined]
        util.ReportEvent = self.report  # type: ignore[attr-defined]
        winreg = types.ModuleType("winreg")
        winreg.HKEY_LOCAL_MACHINE = "HKLM"  # type: ignore[attr-defined]
        winreg.OpenKey = self.open_key  # type: ignore[attr-defined]
        for module in (evtlog, util, winreg):
            monkeypatch.setitem(sys.modules, module.__name__, module)
        monkeypatch.setattr(sys, "platform", "win32")

    def add_source(self, name: str, dll: str | None, log_type: str) -> None:
        if self.refuse:
            raise WinError(self.refuse)
        self.added.append((name, dll, log_type))
        self.registered = True

    def report(self, source: str, event_id: int, category: int, kind: int, text: list[str]) -> None:
        self.reported.append((source, event_id, category, kind, text))

    def open_key(self, root: str, key: str) -> io.StringIO:
        self.opened.append(f"{root}\\{key}")
        if not self.registered:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return _Key()


class _Key(io.StringIO):
    def Close(self) -> None:  # winreg's name
        self.close()


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    """The root logger, as it was before the test's setup() replaced its handlers."""
    logger = logging.getLogger()
    handlers, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeWindows:
    fake = FakeWindows()
    fake.install(monkeypatch)
    monkeypatch.setenv("SYSTEMROOT", str(tmp_path / "Windows"))
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    return fake


def event_handlers(logger: logging.Logger) -> list[log.EventLogHandler]:
    return [h for h in logger.handlers if isinstance(h, log.EventLogHandler)]


def record(level: int, kind: object = None) -> logging.LogRecord:
    extra = {} if kind is None else {"system_event": kind}
    return logging.makeLogRecord({"levelno": level, "msg": "m", **extra})


# -- what goes to the event log --------------------------------------------------------------


def test_errors_and_marked_events_pass_and_the_rest_stays_in_the_file() -> None:
    assert log.for_event_log(record(logging.ERROR))
    assert log.for_event_log(record(logging.CRITICAL))
    assert log.for_event_log(record(logging.INFO, Event.STARTED))
    assert log.for_event_log(record(logging.DEBUG, Event.CATALOG))
    assert not log.for_event_log(record(logging.INFO))
    assert not log.for_event_log(record(logging.WARNING))
    assert not log.for_event_log(record(logging.INFO, True))  # only an Event marks one


def test_an_event_is_an_info_line_marked_with_its_kind_from_the_caller(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger="kiosk.staff"):
        log.event(logging.getLogger("kiosk.staff"), Event.ROLLBACK, "from %s to %s", 3, 2)
    (line,) = caplog.records
    assert line.levelno == logging.INFO and line.getMessage() == "from 3 to 2"
    assert getattr(line, "system_event", None) is Event.ROLLBACK
    assert line.filename == Path(__file__).name  # where it was logged, not kiosk/log.py


# -- the handler on Windows ------------------------------------------------------------------


@pytest.mark.allow_log(r"^catalog broken$", level="ERROR")
def test_the_kiosk_on_windows_writes_errors_and_events_with_their_ids(
    root: logging.Logger, windows: FakeWindows, tmp_path: Path
) -> None:
    messages = tmp_path / "Windows/Microsoft.NET/Framework64/v4.0.30319/EventLogMessages.dll"
    messages.parent.mkdir(parents=True)
    messages.touch()
    log.setup(tmp_path / "logs", event_log=True)
    assert len(event_handlers(root)) == 1
    assert windows.added == [("CTE Kiosk", str(messages), "Application")]
    app = logging.getLogger("kiosk.app")
    app.info("sync unchanged")  # the file only
    log.event(app, Event.STARTED, "kiosk %s started", "1.0")
    app.error("catalog broken")
    log.event(app, Event.EXIT, "staff exited the kiosk")
    assert windows.reported == [
        ("CTE Kiosk", 2, 0, INFORMATION_TYPE, ["kiosk.app: kiosk 1.0 started"]),
        ("CTE Kiosk", 1, 0, ERROR_TYPE, ["kiosk.app: catalog broken"]),
        ("CTE Kiosk", 6, 0, INFORMATION_TYPE, ["kiosk.app: staff exited the kiosk"]),
    ]
    assert "sync unchanged" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_the_catalog_window_on_windows_gets_no_event_log(
    root: logging.Logger, windows: FakeWindows, tmp_path: Path
) -> None:
    log.setup(tmp_path, file_name="kiosk-catalog.log")
    assert event_handlers(root) == []
    assert windows.added == [] and windows.opened == []


def test_the_kiosk_elsewhere_gets_no_event_log(
    root: logging.Logger, windows: FakeWindows, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    log.setup(tmp_path, event_log=True)
    assert event_handlers(root) == []
    assert windows.added == [] and windows.opened == []


@pytest.mark.allow_log(r"^no Windows event log: pywin32 is not installed$")
def test_without_pywin32_one_warning_and_no_handler(
    root: logging.Logger,
    windows: FakeWindows,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setitem(sys.modules, "win32evtlogutil", None)  # its import fails
    log.setup(tmp_path, event_log=True)
    assert event_handlers(root) == []
    assert capsys.readouterr().out == ""  # not the standard handler's own print()
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert text.count("pywin32 is not installed") == 1


@pytest.mark.allow_log(r"source 'CTE Kiosk' is not registered, which needs administrator")
@pytest.mark.allow_log(r"^unexpected error$", level="CRITICAL")
def test_a_source_nobody_registered_is_one_warning_and_events_still_go(
    root: logging.Logger, windows: FakeWindows, tmp_path: Path
) -> None:
    windows.registered, windows.refuse = False, ACCESS_DENIED  # a standard user's first run
    log.setup(tmp_path, event_log=True)
    assert len(event_handlers(root)) == 1
    assert windows.added == []
    assert windows.opened == [f"HKLM\\{log.SOURCE_KEY}"]
    logging.getLogger("kiosk.app").critical("unexpected error")
    assert [r[1:4] for r in windows.reported] == [(1, 0, ERROR_TYPE)]
    assert "New-EventLog -LogName Application -Source 'CTE Kiosk'" in (
        tmp_path / "kiosk.log"
    ).read_text(encoding="utf-8")


@pytest.mark.allow_log(r"^no Windows event log: .*refused")
def test_an_event_log_windows_refuses_otherwise_is_one_warning(
    root: logging.Logger, windows: FakeWindows, tmp_path: Path
) -> None:
    windows.refuse = 1722  # the RPC server is unavailable: the event log service is down
    log.setup(tmp_path, event_log=True)
    assert event_handlers(root) == []


def test_without_dotnets_message_file_the_standard_one_is_kept(
    root: logging.Logger, windows: FakeWindows, tmp_path: Path
) -> None:
    assert log.message_file() is None
    log.setup(tmp_path, event_log=True)
    ((name, dll, _),) = windows.added
    assert name == "CTE Kiosk" and dll is not None and dll.endswith("win32service.pyd")


# -- the journal -----------------------------------------------------------------------------


def test_journal_priorities() -> None:
    levels = [logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL]
    assert [log.priority(level) for level in levels] == [7, 6, 4, 3, 2]


def test_the_journal_is_the_stream_journal_stream_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with (tmp_path / "stderr").open("w", encoding="utf-8") as stream:
        info = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{info.st_dev}:{info.st_ino}")
        assert log.is_journal(stream)
        assert not log.is_journal(io.StringIO())  # no file behind it
        monkeypatch.setenv("JOURNAL_STREAM", f"{info.st_dev}:{info.st_ino + 1}")
        assert not log.is_journal(stream)  # inherited, but stderr went elsewhere
        monkeypatch.delenv("JOURNAL_STREAM")
        assert not log.is_journal(stream)


def test_every_line_of_a_journal_entry_carries_its_priority() -> None:
    try:
        raise ValueError("bad row")
    except ValueError:
        line = logging.LogRecord("kiosk.sync", logging.ERROR, __file__, 1, "failed", (), None)
        line.exc_info = sys.exc_info()
    text = log.JournalFormatter().format(line)
    lines = text.splitlines()
    assert lines[0] == "<3>ERROR kiosk.sync: failed"
    assert len(lines) > 2 and all(part.startswith("<3>") for part in lines)
    assert lines[-1] == "<3>ValueError: bad row"


def test_the_console_is_warnings_only_unless_it_is_the_journal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    with (tmp_path / "stderr").open("w", encoding="utf-8") as stream:
        plain = log.console(stream)
        info = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{info.st_dev}:{info.st_ino}")
        journal = log.console(stream)
    assert plain.level == logging.WARNING and not isinstance(plain.formatter, log.JournalFormatter)
    assert journal.level == logging.NOTSET and isinstance(journal.formatter, log.JournalFormatter)
