"""The open workbook and its checks: open, check again by itself on every save, remember it.
The window only shows what this says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.catalogapp.checker import Checked, Checker
from kiosk.catalogapp.recent import RecentWorkbook
from kiosk.catalogapp.watcher import WorkbookWatcher


def workbook_of(path: Path) -> Path:
    """What to open for a path staff chose or dropped: a CSV file stands for the folder of
    sheets it is in (a single CSV file is one sheet, never a whole workbook)."""
    if path.suffix.lower() == ".csv" and path.is_file():
        return path.parent
    return path


class WorkbookSession(QObject):
    opened = Signal(Path)
    started = Signal(Path)
    checked = Signal(object)  # Checked

    def __init__(self, recent: RecentWorkbook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self._checker = Checker(self)
        self._watcher = WorkbookWatcher(self)
        self.source: Path | None = None
        self.last: Checked | None = None
        # BLS's wage file for the careers' pay and, if staff chose one, the area to take it
        # for instead of the settings sheet's wage_area (kiosk-admin's --wages / --wage-area).
        # Kept from the last time: a publish without them would drop every career's pay.
        wages = recent.wage_file()
        self.wages: Path | None = wages if wages is not None and wages.is_file() else None
        self.wage_area: str | None = recent.wage_area() if self.wages else None
        self._checker.started.connect(self.started)
        self._checker.checked.connect(self._checked)
        self._watcher.changed.connect(self.check_again)

    @property
    def busy(self) -> bool:
        return self._checker.busy

    def reopen_last(self) -> bool:
        last = self.recent.last()
        if last is not None:
            self.open(last)
        return last is not None

    def open(self, path: Path) -> None:
        self.source = workbook_of(path)
        self.recent.remember(self.source)
        self._watcher.watch(self.source)
        self.opened.emit(self.source)
        self.check_again()

    def use_wages(self, wages: Path | None, area: str | None = None) -> None:
        """Check with BLS's wage file `wages` (None: without pay) for BLS area code `area`
        (None: the settings sheet's wage_area) from now on, and remember them."""
        self.wages, self.wage_area = wages, (area if wages is not None else None)
        self.recent.remember_wages(self.wages, self.wage_area)
        self.check_again()

    @Slot()
    def check_again(self) -> None:
        if self.source is not None:
            self._checker.check(self.source, self.wages, self.wage_area)

    @Slot(object)
    def _checked(self, outcome: Checked) -> None:
        self.last = outcome
        self.checked.emit(outcome)

    def stop(self) -> None:
        self._checker.stop()
