"""What a note on a cell means for the catalog: the text to keep, or the problem to report."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.catalog.raw import CellNote


@dataclass(frozen=True)
class Verdict:
    text: str | None  # what the catalog keeps; None when the cell cannot be kept
    message: str = ""
    expected: str = ""
    warning: bool = False


def judge(note: CellNote, cell: str, *, wants_address: bool, is_text: bool) -> Verdict:
    """The verdict on a noted cell showing `cell`, in a column that may want a web address
    (`wants_address`) and holds text or a value (`is_text`)."""
    if note.error:
        return Verdict(
            None,
            f"the cell shows the Excel error {note.error}",
            "expected a value: fix the formula, or type the value",
        )
    if wants_address and note.link:
        return Verdict(note.link)
    if wants_address and note.opaque_link:
        return Verdict(
            None,
            "the link's address is worked out by a formula",
            "expected the address typed in the cell, or a link made with Insert > Link",
        )
    if note.unsaved:
        return Verdict(
            None,
            "the cell holds a formula whose result was never saved in the file",
            "expected the file opened and saved again in Excel, or the value typed",
        )
    if note.unreadable:
        return Verdict(
            None,
            f"what the cell shows cannot be read exactly: {note.unreadable}",
            "expected the value typed as text, or a plain number format",
        )
    if note.holds and not is_text:
        return Verdict(
            None,
            f"the cell shows {cell} but holds {note.holds}",
            "expected the number as it is shown: round it, or show all its decimals",
        )
    if note.link and note.link != cell:
        return Verdict(
            cell,
            f"the cell links to {note.link}, and only its text is published",
            "expected plain text: kiosks show no links",
            warning=True,
        )
    return Verdict(cell)
