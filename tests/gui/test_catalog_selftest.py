"""`kiosk-catalog --self-test`: the real window checks a workbook without being shown and
reports it as JSON; it passes only when the check ran and found no errors. In process on
the real window, and end to end as the real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from kiosk.catalog.languages import LANGUAGES
from kiosk.catalogapp.app import parse_args
from kiosk.catalogapp.selftest import report
from kiosk.catalogapp.window import CatalogWindow
from kiosk.paths import SAMPLE_CATALOG_SOURCE, TRANSLATIONS
from tests.helpers.catalogs import tiny, write_csv_folder
from tests.helpers.catalogwindow import MakeCatalogWindow, with_problems

ROOT = Path(__file__).resolve().parents[2]
CLEAN = "No problems: ready to publish"


@pytest.fixture
def window(make_catalog_window: MakeCatalogWindow) -> CatalogWindow:
    return make_catalog_window(show=False)  # never shown, as in the real self-test


def test_the_sample_passes_with_the_windows_own_count_line(window: CatalogWindow) -> None:
    passed, result = report(window, SAMPLE_CATALOG_SOURCE)
    assert passed is True and result["passed"] is True
    assert result["checked"] is True
    assert (result["errors"], result["warnings"], result["problems"]) == (0, 0, [])
    assert result["workbook"] == str(SAMPLE_CATALOG_SOURCE)
    assert result["count_line"] == window.count_label.text() == CLEAN
    assert result["frozen"] is False
    assert result["translations"] == dict.fromkeys(LANGUAGES, True)
    json.dumps(result)  # all of it can be printed as JSON


def test_a_workbook_with_errors_fails_and_says_where(window: CatalogWindow, tmp_path: Path) -> None:
    passed, result = report(window, write_csv_folder(tmp_path / "book", with_problems()))
    assert passed is False and result["passed"] is False
    assert result["checked"] is True
    assert (result["errors"], result["warnings"]) == (2, 1)
    assert result["problems"][0].startswith('courses, row 3, column "grade_min": ')
    assert result["problems"][-1].startswith('warning: faq, row 1, column "bogus": ')
    assert result["count_line"] == window.count_label.text() == "2 errors, 1 warning"


def test_warnings_alone_pass_as_they_do_for_publishing(
    window: CatalogWindow, tmp_path: Path
) -> None:
    sheets = tiny()
    sheets["faq"][0]["bogus"] = "x"
    passed, result = report(window, write_csv_folder(tmp_path / "book", sheets))
    assert passed is True
    assert (result["errors"], result["warnings"]) == (0, 1)


def test_a_missing_workbook_fails_with_the_reason(window: CatalogWindow, tmp_path: Path) -> None:
    passed, result = report(window, tmp_path / "gone.xlsx")
    assert passed is False
    assert result["checked"] is True
    assert "no such file" in result["unreadable"]
    assert result["count_line"] == "This workbook cannot be checked"


def test_a_check_that_never_ends_fails_at_the_timeout(
    window: CatalogWindow, tmp_path: Path
) -> None:
    window.session.stop()  # no thread left to check in: the result can never come
    passed, result = report(window, write_csv_folder(tmp_path / "book", tiny()), timeout_ms=50)
    assert passed is False
    assert result["checked"] is False
    assert result["problems"] == [] and result["errors"] == 0


def test_the_flag_takes_the_workbook_as_its_argument() -> None:
    args = parse_args(["--self-test", "book.xlsx"])
    assert args.self_test is True and args.workbook == Path("book.xlsx")
    assert parse_args([]).self_test is False


# -- the real command ------------------------------------------------------------------------


def self_test(data: Path, *args: str) -> tuple[int, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "kiosk.catalogapp", "--self-test", "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stderr == "", result.stderr
    return result.returncode, json.loads(result.stdout)


def test_the_command_passes_on_the_bundled_sample(tmp_path: Path) -> None:
    code, result = self_test(tmp_path, "--lang", "en")
    assert code == 0, result
    assert result["passed"] is True and result["frozen"] is False
    assert result["workbook"] == str(SAMPLE_CATALOG_SOURCE.resolve())
    assert (result["errors"], result["warnings"]) == (0, 0)
    assert result["count_line"] == CLEAN
    assert result["platform_plugin"] == "offscreen"
    # The tools' own imports work: a template written and a signed catalog that verifies.
    assert (result["template"], result["publishing"]) == ("ok", "ok")
    # The self-test kept its own settings: staff's last workbook is not the sample now.
    assert not (tmp_path / "kiosk-catalog.ini").exists()
    log = (tmp_path / "logs" / "kiosk-catalog.log").read_text(encoding="utf-8")
    assert "self-test of" in log and "passed" in log


def test_the_command_fails_on_a_workbook_with_errors(tmp_path: Path) -> None:
    book = write_csv_folder(tmp_path / "book", with_problems())
    code, result = self_test(tmp_path / "data", str(book), "--lang", "en")
    assert code == 1
    assert result["passed"] is False and result["checked"] is True
    assert result["workbook"] == str(book)
    assert (result["errors"], result["warnings"]) == (2, 1)
    assert result["count_line"] == "2 errors, 1 warning"
    assert "publishing" not in result  # a workbook with errors is not published


def test_the_command_reports_in_the_language_asked_for(tmp_path: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "kiosk_es.qm"))
    spanish = translator.translate("CatalogWindow", CLEAN)
    assert spanish not in ("", CLEAN)
    code, result = self_test(tmp_path, "--lang", "es")
    assert code == 0
    assert result["count_line"] == spanish
