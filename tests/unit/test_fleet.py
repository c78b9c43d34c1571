"""A fleet's status files: what a kiosk writes, how each is judged, and `kiosk-admin fleet`."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.admin.cli import main
from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.fleet.figures import FiguresError, KioskFigures, kiosk_name
from kiosk.fleet.statusfile import read_status
from kiosk.fleet.verdicts import Verdict, duration, judge
from kiosk.sync.keys import generate
from kiosk.sync.publish import publish
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.fleet import drop, healthy
from tests.helpers.httpserver import serve


def test_a_status_file_holds_exactly_the_figures_written(tmp_path: Path) -> None:
    figures = healthy(errors_total=3, printer_ready=False)
    path = drop(tmp_path, figures)
    assert path.name == "kiosk-a.json"
    assert read_status(path) == figures
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 1


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.pop("catalog_version"), "catalog_version is missing"),
        (lambda d: d.update(sessions_today="12"), "sessions_today is '12', expected int"),
        (lambda d: d.update(in_service=1), "in_service is 1, expected bool"),
        (lambda d: d.update(errors_total=True), "errors_total is True, not a number"),
        (lambda d: d.update(format=99), "status format 99 is not one this version reads"),
    ],
)
def test_a_damaged_status_file_says_what_is_wrong(change: object, words: str) -> None:
    data = healthy().as_json()
    change(data)  # type: ignore[operator]
    with pytest.raises(FiguresError, match=words):
        KioskFigures.from_json(data)


def test_the_kiosk_name_is_safe_as_a_file_name() -> None:
    assert kiosk_name("hiram-johnson-1") == "hiram-johnson-1"
    assert kiosk_name("") != ""  # the computer's name
    assert "/" not in kiosk_name("") and "." not in kiosk_name("")


def test_each_verdict_and_its_reason() -> None:
    now = time.time()
    assert judge(healthy(), now, newest=4) == (Verdict.OK, "")
    assert judge(healthy(), now, newest=5) == (Verdict.BEHIND, "catalog 4, published 5")
    assert judge(healthy(), now, newest=None) == (Verdict.OK, "")
    assert judge(healthy(written=now - 121), now, 4) == (Verdict.SILENT, "not seen for 2 min")
    assert judge(healthy(written=now - 119), now, 4)[0] is Verdict.OK  # within twice 60 s
    assert judge(healthy(in_service=False), now, 4) == (Verdict.FAILING, "out of service")
    failed = healthy(sync_last_result="failed", sync_reason="HTTP 404 for manifest.json")
    assert judge(failed, now, 4) == (Verdict.FAILING, "sync failing: HTTP 404 for manifest.json")


def test_durations_read_as_people_say_them() -> None:
    assert [duration(s) for s in (5, 125, 3 * 3600 + 300, 2 * 86400 + 4 * 3600)] == [
        "5 s",
        "2 min",
        "3 h 5 min",
        "2 days 4 h",
    ]


def fleet_folder(tmp_path: Path) -> Path:
    """Four kiosks, one of each verdict, and one status file that is not JSON."""
    now = time.time()
    folder = tmp_path / "status"
    drop(folder, healthy("mckinley-ok"))
    drop(folder, healthy("burbank-behind", catalog_version=3))
    drop(folder, healthy("kennedy-silent", written=now - 3 * 3600))
    drop(folder, healthy("sac-high-failing", sync_last_result="failed", sync_reason="timed out"))
    (folder / "broken.json").write_text("{ not json", encoding="utf-8")
    (folder / "notes.txt").write_text("not a status file", encoding="utf-8")
    return folder


def published_folder(tmp_path: Path, version: int) -> Path:
    book = validate(read_workbook(write_csv_folder(tmp_path / "book", tiny())))
    publish(book, generate(), tmp_path / "pub", version=version)
    return tmp_path / "pub"


def test_fleet_lists_every_kiosk_worst_first_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, pub = fleet_folder(tmp_path), published_folder(tmp_path, 4)
    assert main(["fleet", str(folder), "--published", str(pub)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "KIOSK",
        "APP",
        "CATALOG",
        "LAST",
        "SYNC",
        "LAST",
        "SEEN",
        "VERDICT",
    ]
    names = [line.split()[0] for line in lines[1:]]
    assert names == [
        "broken",
        "sac-high-failing",
        "kennedy-silent",
        "burbank-behind",
        "mckinley-ok",
    ]
    assert lines[1].endswith(
        "failing: status file: not JSON (Expecting property name enclosed in double quotes: "
        "line 1 column 3 (char 2))"
    )
    assert lines[2].endswith("failing: sync failing: timed out")
    assert lines[3].endswith("silent: not seen for 3 h 0 min")
    assert lines[4].endswith("behind: catalog 3, published 4")
    assert lines[5].endswith("ok")
    assert " current " in lines[5] and "(30 s ago)" in lines[5]


def test_fleet_is_ok_only_when_every_kiosk_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "status"
    drop(folder, healthy("a"))
    drop(folder, healthy("b", catalog_version=5))
    pub = published_folder(tmp_path, 5)
    assert main(["fleet", str(folder)]) == 0  # without --published nothing is behind
    assert main(["fleet", str(folder), "--published", str(pub)]) == 1
    drop(folder, healthy("a", catalog_version=5))
    assert main(["fleet", str(folder), "--published", str(pub)]) == 0
    capsys.readouterr()


def test_fleet_reads_the_published_version_from_a_web_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "status"
    drop(folder, healthy("a", catalog_version=6))
    with serve(published_folder(tmp_path, 7)) as (url, _faults):
        assert main(["fleet", str(folder), "--published", url, "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["verdict"], r["why"]) for r in rows] == [
        ("a", "behind", "catalog 6, published 7")
    ]
    assert rows[0]["figures"]["catalog_version"] == 6


def test_fleet_json_has_every_row_and_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fleet", str(fleet_folder(tmp_path)), "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [row["verdict"] for row in rows] == ["failing", "failing", "silent", "ok", "ok"]
    broken = rows[0]
    assert broken["name"] == "broken" and broken["figures"] is None
    assert KioskFigures.from_json(rows[-1]["figures"]) == replace(
        healthy("mckinley-ok"), written=rows[-1]["figures"]["written"],
        sync_last_check=rows[-1]["figures"]["sync_last_check"],
        sync_last_success=rows[-1]["figures"]["sync_last_success"],
        started=rows[-1]["figures"]["started"],
    )  # fmt: skip


def test_an_unreachable_folder_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fleet", str(tmp_path / "gone")]) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err == f"kiosk-admin fleet: {tmp_path / 'gone'}: cannot be read (No such file or directory)"
    )
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    assert main(["fleet", str(a_file)]) == 2
    assert "cannot be read (Not a directory)" in capsys.readouterr().err


def test_an_unreadable_published_source_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "status"
    drop(folder, healthy("a"))
    assert main(["fleet", str(folder), "--published", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kiosk-admin fleet: {tmp_path / 'nothing'}: the published manifest")


def test_an_empty_folder_is_not_all_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "status").mkdir()
    assert main(["fleet", str(tmp_path / "status")]) == 1
    assert "no kiosk status files" in capsys.readouterr().err


def test_a_folder_that_never_answers_gives_up_after_the_timeout() -> None:
    from kiosk.admin.fleet_cmd import _within

    never = __import__("threading").Event()
    with pytest.raises(TimeoutError, match="no answer within 0.2 s"):
        _within(0.2, never.wait)
    assert _within(5, lambda: 42) == 42
