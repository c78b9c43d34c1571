"""The one object that holds what the current student did; wiped between students.

Nothing here is ever written anywhere: it lives in memory and is cleared on idle, on Start
over and at launch.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.catalog.models import BrowseFilter


class Session(QObject):
    list_changed = Signal()
    language_changed = Signal(str)
    look_changed = Signal()  # text size or contrast
    wiped = Signal()
    ending = Signal()  # before a wipe: the student's session is over
    slip_printed = Signal()

    def __init__(self, default_language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.default_language = default_language
        self._clear()

    def _clear(self) -> None:
        self.language = self.default_language
        self.text_size = 100  # percent
        self.contrast = "standard"  # or "high"
        self.my_list: list[str] = []
        # The school the student chose on the counselor screen; Browse's school filter is
        # filters.school, and neither one overwrites the other.
        self.school: str | None = None
        self.interests: list[str] = []
        self.quiz_answers: dict[str, int] = {}
        self.search_text = ""
        self.filters = BrowseFilter()

    def wipe(self) -> None:
        self.ending.emit()
        language_before = self.language
        look_before = (self.text_size, self.contrast)
        self._clear()
        self.list_changed.emit()
        if language_before != self.language:
            self.language_changed.emit(self.language)
        if look_before != (self.text_size, self.contrast):
            self.look_changed.emit()
        self.wiped.emit()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.language_changed.emit(language)

    def set_look(self, *, text_size: int | None = None, contrast: str | None = None) -> None:
        before = (self.text_size, self.contrast)
        self.text_size = text_size if text_size is not None else self.text_size
        self.contrast = contrast if contrast is not None else self.contrast
        if before != (self.text_size, self.contrast):
            self.look_changed.emit()

    def counselor_school(self) -> str | None:
        """The school of the counselor screen and the slip: the student's choice there, else
        the school they filtered Browse by, as a starting point."""
        return self.school if self.school is not None else self.filters.school

    def in_list(self, code: str) -> bool:
        return code in self.my_list

    def toggle_course(self, code: str) -> bool:
        """Add or remove `code`; returns whether it is now in the list."""
        if code in self.my_list:
            self.my_list.remove(code)
        else:
            self.my_list.append(code)
        self.list_changed.emit()
        return code in self.my_list

    def remove_course(self, code: str) -> None:
        if code in self.my_list:
            self.my_list.remove(code)
            self.list_changed.emit()

    def toggle_interest(self, code: str) -> None:
        if code in self.interests:
            self.interests.remove(code)
        else:
            self.interests.append(code)
