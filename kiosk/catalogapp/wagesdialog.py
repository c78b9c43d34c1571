"""Wages: BLS's wage file and the area whose pay the careers show, for the session's checks
(and what it publishes), as `--wages FILE --wage-area CODE` are on the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogapp.background import Background
from kiosk.catalogapp.problemwords import translated
from kiosk.catalogapp.session import WorkbookSession
from kiosk.catalogapp.wagefiles import Areas, areas_of
from kiosk.catalogapp.widgets import busy_bar, plain_label


class WagesDialog(QDialog):
    areas_listed = Signal(object)  # Areas, once the chosen file has been read

    def __init__(self, session: WorkbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WagesDialog")
        self.setWindowTitle(self.tr("Wages from BLS"))
        self.session = session
        self.wages: Path | None = None  # the file read, once it has been read
        self._wanted: Path | None = None  # the file chosen last
        self._job = Background("wage-areas", self)
        self._job.finished.connect(self._listed)
        self._build()

    def _build(self) -> None:
        intro = plain_label("WagesIntro")
        intro.setText(
            self.tr(
                "Careers show the pay in the wage file of the U.S. Bureau of Labor Statistics "
                "(OEWS, .xlsx or CSV as downloaded from bls.gov/oes) for your area."
            )
        )
        self.file_label = plain_label("WageFileLabel")
        self.choose_button = QPushButton(self.tr("&Choose file..."))
        self.choose_button.clicked.connect(self._choose)
        self.busy = busy_bar(self.tr("Reading the wage file"), width=120)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.busy)
        file_row.addWidget(self.choose_button)
        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName(self.tr("Area"))
        self.message_label = plain_label("MessageLabel")
        self.message_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Wage file:"), file_row)
        form.addRow(self.tr("&Area:"), self.area_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.without_button = self.buttons.addButton(
            self.tr("Check &without pay"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.without_button.clicked.connect(self._without)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(640, 0)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_for_session(self) -> None:
        """Open on what the session checks with now (else the file chosen last time)."""
        chosen = self.session.wages or self.session.recent.wage_file()
        self._fill_areas(Areas(chosen) if chosen else None)
        if chosen is not None:
            self.choose_file(chosen)
        self.open()

    @Slot()
    def _choose(self) -> None:
        source = self.session.source
        folder = self._wanted.parent if self._wanted else (source.parent if source else None)
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose BLS's wage file"),
            str(folder or ""),
            self.tr("BLS wage files (*.xlsx *.csv)"),
        )
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        """Read the areas `path` holds, in the background (a release is tens of MB)."""
        self._wanted = path
        self.wages = None
        self.file_label.setText(str(path))
        self.message_label.hide()
        self.ok_button.setEnabled(False)
        self.busy.show()
        if not self._job.running:
            self._job.run(lambda: areas_of(path))

    @Slot(object)
    def _listed(self, areas: Areas | None) -> None:
        if areas is not None and self._wanted is not None and areas.path != self._wanted:
            wanted = self._wanted
            self._job.run(lambda: areas_of(wanted))  # chosen while the last one was read
            return
        self.busy.hide()
        if areas is None:
            self._say(self.tr("Something went wrong reading the wage file; it is in the log file."))
        elif areas.unreadable:
            why = translated(areas.unreadable_wording, areas.unreadable)
            self._say(self.tr("This wage file cannot be used: %1").replace("%1", why))
        else:
            self.wages = areas.path
        self._fill_areas(areas if areas and not areas.unreadable else None)
        self.ok_button.setEnabled(self.wages is not None)
        self.areas_listed.emit(areas)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _fill_areas(self, areas: Areas | None) -> None:
        self.area_combo.clear()
        # "" stands for no area of its own: a combo's item data cannot be None.
        self.area_combo.addItem(self.tr("As the workbook's settings say (wage_area)"), "")
        for code, title in (areas.titles if areas else {}).items():
            self.area_combo.addItem(f"{title} ({code})", code)
        self.choose_area(self.session.wage_area)

    @property
    def area(self) -> str | None:
        """The area chosen; None: the settings sheet's wage_area."""
        return str(self.area_combo.currentData() or "") or None

    def choose_area(self, code: str | None) -> bool:
        index = self.area_combo.findData(code or "")
        self.area_combo.setCurrentIndex(max(index, 0))
        return index >= 0

    def accept(self) -> None:
        if self.wages is None:
            return
        self.session.use_wages(self.wages, self.area)
        super().accept()

    @Slot()
    def _without(self) -> None:
        self.session.use_wages(None)
        self.reject()

    def stop(self) -> None:
        self._job.wait()
