"""What a note on a cell means for the catalog: the text to keep, or the problem to report."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.catalog import wording as w
from kiosk.catalog.raw import CellNote
from kiosk.catalog.wording import Wording


@dataclass(frozen=True)
class Verdict:
    text: str | None  # what the catalog keeps; None when the cell cannot be kept
    message: Wording | None = None
    expected: Wording | None = None
    warning: bool = False


def judge(note: CellNote, cell: str, *, wants_address: bool, is_text: bool) -> Verdict:
    """The verdict on a noted cell showing `cell`, in a column that may want a web address
    (`wants_address`) and holds text or a value (`is_text`)."""
    if note.error:
        return Verdict(
            None,
            Wording.of(w.EXCEL_ERROR, error=note.error),
            Wording.of(w.EXCEL_ERROR_EXPECTED),
        )
    if wants_address and note.link:
        return Verdict(note.link)
    if wants_address and note.opaque_link:
        return Verdict(
            None,
            Wording.of(w.WORKED_OUT_LINK),
            Wording.of(w.WORKED_OUT_LINK_EXPECTED),
        )
    if note.unsaved:
        return Verdict(
            None,
            Wording.of(w.UNSAVED_FORMULA),
            Wording.of(w.UNSAVED_FORMULA_EXPECTED),
        )
    if note.unreadable:
        return Verdict(
            None,
            Wording.of(w.UNREADABLE_FORMAT, why=note.unreadable),
            Wording.of(w.UNREADABLE_FORMAT_EXPECTED),
        )
    if note.holds and not is_text:
        return Verdict(
            None,
            Wording.of(w.ROUNDED, cell=cell, number=note.holds),
            Wording.of(w.ROUNDED_EXPECTED),
        )
    if note.link and note.link != cell:
        return Verdict(
            cell,
            Wording.of(w.LINK_DROPPED, link=note.link),
            Wording.of(w.LINK_DROPPED_EXPECTED),
            warning=True,
        )
    return Verdict(cell)
