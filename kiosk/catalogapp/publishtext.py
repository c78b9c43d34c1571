"""What the Publish page says, in the window's language: the changes, the guard's question,
the result and why something was not published. The facts all come from the core."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication

from kiosk.admin.publishing import Attempt, Comparison
from kiosk.catalog.diff import CatalogDiff, Shrinkage
from kiosk.catalog.records import Problem
from kiosk.catalog.visible import shown
from kiosk.catalogapp.problemwords import ProblemWords, translated
from kiosk.sync.listpage import page_address

# More lines than anyone reads in a window; `kiosk-admin diff` lists them all.
MAX_DETAIL_LINES = 2000
_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """`template` with %1, %2... replaced in one pass, so a value that holds "%2" itself (a
    course title, say) is never replaced again."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1]), template)


def count_lines(diff: CatalogDiff) -> list[str]:
    """One count line per sheet that differs (as `kiosk-admin diff` ends), or "No changes"."""
    template = QCoreApplication.translate("PublishText", "%1: %2 added, %3 removed, %4 changed")
    lines = [
        fill(template, s.sheet, len(s.added), len(s.removed), len(s.changed))
        for s in diff.sheets
        if s.differs
    ]
    return lines or [QCoreApplication.translate("PublishText", "No changes")]


def detail_lines(diff: CatalogDiff, limit: int = MAX_DETAIL_LINES) -> list[str]:
    """One line per item added or removed and per field changed, at most `limit` of them."""
    lines: list[str] = []
    for line in _changes(diff):
        if len(lines) == limit:
            rest = _total(diff) - limit
            more = QCoreApplication.translate(
                "PublishText", "...and %n more: kiosk-admin diff lists them all", "", rest
            )
            return [*lines, more]
        lines.append(line)
    return lines


def _changes(diff: CatalogDiff) -> Iterator[str]:
    added = QCoreApplication.translate("PublishText", "%1: added %2")
    removed = QCoreApplication.translate("PublishText", "%1: removed %2")
    changed = QCoreApplication.translate("PublishText", "%1: changed %2 %3: %4 -> %5")
    for sheet in diff.sheets:
        yield from (fill(added, sheet.sheet, key) for key in sheet.added)
        yield from (fill(removed, sheet.sheet, key) for key in sheet.removed)
        for item in sheet.changed:
            for c in item.fields:
                yield fill(changed, sheet.sheet, item.key, c.field, _quoted(c.old), _quoted(c.new))


def _total(diff: CatalogDiff) -> int:
    return sum(
        len(s.added) + len(s.removed) + sum(len(item.fields) for item in s.changed)
        for s in diff.sheets
    )


def _quoted(text: str) -> str:
    # As kiosk-admin diff quotes: a value with quotes or line breaks stays on one line.
    return json.dumps(text, ensure_ascii=False)


def losses(shrinkage: tuple[Shrinkage, ...]) -> str:
    """ "40 of 120 courses and 77 of 227 offerings"."""
    each = QCoreApplication.translate("PublishText", "%1 of %2 %3")
    parts = [fill(each, s.removed, s.of, s.sheet) for s in shrinkage]
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = fill(QCoreApplication.translate("PublishText", "%1 and %2"), text, part)
    return text


def problem_lines(problems: list[Problem]) -> list[str]:
    """Each problem as `kiosk-admin validate` prints it, in the window's language."""
    words = ProblemWords()
    at_row = QCoreApplication.translate("PublishText", "%1, row %2")
    in_column = QCoreApplication.translate("PublishText", '%1, column "%2"')
    said = QCoreApplication.translate("PublishText", "%1: %2 (%3)")
    warning = QCoreApplication.translate("PublishText", "warning: %1")
    lines = []
    for problem in problems:
        where = problem.sheet
        if problem.row is not None:
            where = fill(at_row, where, problem.row)
        if problem.column is not None:
            where = fill(in_column, where, problem.column)
        line = fill(said, where, words.message(problem), words.expected(problem))
        lines.append(shown(fill(warning, line) if problem.warning else line))
    return lines


def comparison_heading(comparison: Comparison) -> str:
    if comparison.published is None:
        return QCoreApplication.translate(
            "PublishText", "Nothing is published in this folder yet: the whole workbook is new."
        )
    if comparison.diff is None:
        template = QCoreApplication.translate(
            "PublishText", "Nothing to compare: %1. Publishing will ask before it goes ahead."
        )
        return fill(template, comparison.unreadable)
    template = QCoreApplication.translate("PublishText", "Changes from the published %1:")
    return fill(template, comparison.published.name)


def shrinkage_warning(comparison: Comparison) -> str:
    if not comparison.shrinkage:
        return ""
    template = QCoreApplication.translate(
        "PublishText", "This removes %1 (more than a fifth): publishing will ask first."
    )
    return fill(template, losses(comparison.shrinkage))


def guard_question(comparison: Comparison) -> str:
    """The question the one-fifth guard asks before publishing anyway."""
    if comparison.unreadable:
        template = QCoreApplication.translate(
            "PublishText",
            "Nothing can be compared: %1, so what this removes cannot be checked. Make sure "
            "the workbook is the complete, saved one.\n\nPublish anyway?",
        )
        return fill(template, comparison.unreadable)
    template = QCoreApplication.translate(
        "PublishText",
        "This removes %1 (more than a fifth of what is published). A half-saved workbook is "
        "the usual cause.\n\nPublish anyway?",
    )
    return fill(template, losses(comparison.shrinkage))


def stopped_text(attempt: Attempt) -> str:
    """Why the attempt stopped before publishing, or "" if nothing stopped it."""
    if attempt.clash:
        template = QCoreApplication.translate(
            "PublishText", "The publish folder is %1: choose another folder."
        )
        return fill(template, attempt.clash)
    if attempt.key_problem:
        template = QCoreApplication.translate("PublishText", "The signing key cannot be read: %1")
        return fill(template, attempt.key_problem)
    if attempt.validation is None:
        template = QCoreApplication.translate("PublishText", "This workbook cannot be read: %1")
        return fill(template, translated(attempt.unreadable_wording, attempt.unreadable))
    if not attempt.validation.ok:
        return QCoreApplication.translate(
            "PublishText",
            "This workbook has %n error(s), listed below: fix them first, then publish.",
            "",
            len(attempt.validation.errors),
        )
    if attempt.failed:
        template = QCoreApplication.translate("PublishText", "It cannot be published there: %1")
        return fill(template, attempt.failed)
    return ""


def published_heading(attempt: Attempt) -> str:
    version = attempt.manifest.catalog_version if attempt.manifest else 0
    return fill(QCoreApplication.translate("PublishText", "Published catalog version %1"), version)


def published_text(attempt: Attempt, interval_minutes: int) -> str:
    key_id = attempt.key.public.key_id if attempt.key else ""
    where = QCoreApplication.translate(
        "PublishText", "%n course(s), signed with key %1, in %2.", "", attempt.courses
    )
    kiosks = QCoreApplication.translate(
        "PublishText",
        "Kiosks whose sync source is this folder or the web address that serves it pick it up "
        "at their next check: they check it every %1 minutes and install the new catalog "
        "between students.",
    )
    usb = QCoreApplication.translate(
        "PublishText",
        "For a kiosk without a network, copy the folder to a USB stick and use Import from a "
        "USB drive in the kiosk's staff panel.",
    )
    address = page_address(attempt.folder / attempt.manifest.file) if attempt.manifest else ""
    page = (
        fill(
            QCoreApplication.translate(
                "PublishText",
                "The kiosk's QR code opens the list page at %1 on a student's phone: copy the "
                "whole folder, its list files too, to that address.",
            ),
            address,
        )
        if address
        else QCoreApplication.translate(
            "PublishText",
            "The folder also holds the list page a student's phone opens from the kiosk's QR "
            "code, once the settings sheet's qr_base_url names the folder's public address.",
        )
    )
    return "\n".join(
        (fill(where, key_id, attempt.folder), fill(kiosks, interval_minutes), usb, page)
    )
