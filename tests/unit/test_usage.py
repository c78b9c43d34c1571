"""Usage counts: whole days, codes not text, totals that add up, and the CSV report."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kiosk.usage import USAGE_FILE, UsageLog
from tests.helpers.clocks import Today


def test_counts_are_kept_per_day_and_added_up(tmp_path: Path) -> None:
    today = Today(date(2026, 11, 2))
    usage = UsageLog(tmp_path / USAGE_FILE, today)
    usage.count("sessions")
    usage.count("course", "HS-310")
    usage.count("course", "HS-310")
    usage.flush()
    usage.count("sessions")  # a second flush adds to the same day
    usage.flush()
    today.day = date(2026, 11, 3)
    usage.count("sessions")
    usage.flush()
    rows = [(c.day, c.measure, c.item, c.count) for c in usage.counts(date(2026, 11, 1), today.day)]
    assert rows == [
        ("2026-11-02", "course", "HS-310", 2),
        ("2026-11-02", "sessions", "", 2),
        ("2026-11-03", "sessions", "", 1),
    ]
    assert usage.summary(days=1) == {"sessions": 1}
    assert usage.summary(days=7) == {"sessions": 3, "course": 2}
    assert usage.top("course", days=7) == [("HS-310", 2)]


def test_only_day_totals_exist_in_the_file(tmp_path: Path) -> None:
    usage = UsageLog(tmp_path / USAGE_FILE, Today(date(2026, 11, 2)))
    usage.count("sessions")
    usage.flush()
    with sqlite3.connect(tmp_path / USAGE_FILE) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(daily)")]
        assert columns == ["day", "measure", "item", "count"]  # no time, no sequence, no id
        with pytest.raises(sqlite3.IntegrityError):  # the file itself refuses a timestamp
            db.execute("INSERT INTO daily VALUES ('2026-11-02 10:31', 'sessions', '', 1)")


@pytest.mark.parametrize(
    ("measure", "item", "reason"),
    [
        ("searched", "nurse", "unknown usage measure"),
        ("course", "Maria Lopez", "codes, not text"),
        ("language", "x" * 41, "codes, not text"),
    ],
)
def test_anything_but_a_known_measure_and_a_code_is_refused(
    tmp_path: Path, measure: str, item: str, reason: str
) -> None:
    usage = UsageLog(tmp_path / USAGE_FILE)
    with pytest.raises(ValueError, match=reason):
        usage.count(measure, item)
    assert usage.pending == 0


def report(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    admin = Path(sys.executable).with_name("kiosk-admin")
    return subprocess.run(
        [str(admin), "report", "--data-dir", str(tmp_path), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_report_writes_the_period_as_csv(tmp_path: Path) -> None:
    today = Today(date(2026, 10, 31))
    usage = UsageLog(tmp_path / USAGE_FILE, today)
    for day, sessions in ((31, 4), (1, 2), (2, 5)):
        today.day = date(2026, 10 if day == 31 else 11, day)
        for _ in range(sessions):
            usage.count("sessions")
        usage.count("slip_printed")
        usage.flush()
    out = tmp_path / "november.csv"
    result = report(tmp_path, "--since", "2026-11-01", "--until", "2026-11-30", "-o", str(out))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == (
        f"report: wrote {out} (4 rows; 7 sessions on 2 days from 2026-11-01 to 2026-11-30)"
    )
    with out.open(newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle)) == [
            ["day", "measure", "item", "count"],
            ["2026-11-01", "sessions", "", "2"],
            ["2026-11-01", "slip_printed", "", "1"],
            ["2026-11-02", "sessions", "", "5"],
            ["2026-11-02", "slip_printed", "", "1"],
        ]


def test_report_with_no_usage_yet_writes_just_the_header(tmp_path: Path) -> None:
    out = tmp_path / "empty.csv"
    result = report(tmp_path, "--since", "2026-11-01", "-o", str(out))
    assert result.returncode == 0
    assert out.read_text(encoding="utf-8").splitlines() == ["day,measure,item,count"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2026-11-31"], "'2026-11-31' is not a date like 2026-09-01"),
        (["--since", "2026-11-05", "--until", "2026-11-01"], "is before --since"),
    ],
)
def test_report_refuses_bad_dates_with_a_reason(
    tmp_path: Path, args: list[str], message: str
) -> None:
    result = report(tmp_path, *args, "-o", str(tmp_path / "x.csv"))
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.csv").exists()


def test_report_replaces_an_earlier_report_but_never_another_file(tmp_path: Path) -> None:
    out = tmp_path / "usage.csv"
    assert report(tmp_path, "--since", "2026-11-01", "-o", str(out)).returncode == 0
    assert report(tmp_path, "--since", "2026-11-01", "-o", str(out)).returncode == 0
    workbook = tmp_path / "catalog.xlsx"
    workbook.write_bytes(b"PK\x03\x04 a staff workbook")
    result = report(tmp_path, "--since", "2026-11-01", "-o", str(workbook))
    assert result.returncode == 1
    assert result.stdout.strip() == (
        "report: NOT written: catalog.xlsx exists and is not a usage report; choose another "
        "name or use --force"
    )
    assert workbook.read_bytes() == b"PK\x03\x04 a staff workbook"
    assert report(tmp_path, "--since", "2026-11-01", "-o", str(workbook), "--force").returncode == 0
