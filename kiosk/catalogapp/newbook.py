"""New workbook: the template `kiosk-admin template` writes, saved where staff choose and
opened at once, so its problems show while they fill it in."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from kiosk.catalog.template import write_template
from kiosk.catalogapp.session import WorkbookSession

logger = logging.getLogger(__name__)


class NewWorkbook(QObject):
    reported = Signal(str)  # a line for staff on what was written, or why not

    def __init__(self, session: WorkbookSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self._window = window

    @Slot()
    def choose(self) -> None:
        source = self.session.source
        folder = source.parent if source is not None else Path.home()
        # The dialog asks before it replaces a file that is already there.
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save a new catalog workbook"),
            str(folder / "catalog.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if name:
            self.create(Path(name))

    def create(self, path: Path) -> bool:
        """Write the template to `path` (replacing what is there) and open it."""
        if path.suffix.lower() != ".xlsx":
            self.reported.emit(
                self.tr("%1 was not written: a new workbook must be an .xlsx file.").replace(
                    "%1", path.name
                )
            )
            return False
        try:
            write_template(path)
        except OSError as exc:
            logger.info("the template could not be written to %s: %s", path, exc)
            why = exc.strerror or str(exc)
            self.reported.emit(
                self.tr("%1 could not be written: %2").replace("%1", path.name).replace("%2", why)
            )
            return False
        logger.info("new workbook %s written from the template", path)
        self.reported.emit(
            self.tr("%1 is a new workbook: fill it in with Open in Excel.").replace("%1", path.name)
        )
        self.session.open(path)
        return True
