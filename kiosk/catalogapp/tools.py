"""The window's tools on the workbook: New workbook, See it as a student (in a language) and
Wages, with one line below the row of actions that says how the last of them went."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QWidget

from kiosk.catalog.languages import LANGUAGES, NATIVE_NAMES
from kiosk.catalogapp.newbook import NewWorkbook
from kiosk.catalogapp.preview import Previewer
from kiosk.catalogapp.session import WorkbookSession
from kiosk.catalogapp.wagesdialog import WagesDialog
from kiosk.catalogapp.widgets import button


class WorkbookTools(QObject):
    def __init__(self, session: WorkbookSession, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self._window = window
        self.new_book = NewWorkbook(session, window)
        self.previewer = Previewer(session, self)
        self.wages_dialog: WagesDialog | None = None  # made when first opened
        self.new_button = button(self.tr("&New workbook..."), self.new_book.choose)
        self.preview_button = button(self.tr("See it as a &student"), self._preview)
        self.preview_button.setEnabled(False)  # until a workbook is open
        self.preview_language = QComboBox()
        self.preview_language.setAccessibleName(self.tr("Language of the preview"))
        for code in LANGUAGES:
            self.preview_language.addItem(NATIVE_NAMES[code], code)
        chosen = LANGUAGES.index(session.recent.preview_language())
        self.preview_language.setCurrentIndex(chosen)
        self.wages_button = button(self.tr("&Wages..."), self._choose_wages)
        self.wages_label = QLabel()
        self.wages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.wages_label.setProperty("role", "muted")
        self._show_wages()
        self.label = QLabel()
        self.label.setObjectName("ActionLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("How the last action went"))
        self.label.hide()
        self.new_book.reported.connect(self._report)
        self.previewer.reported.connect(self._report)
        self.previewer.busy_changed.connect(self._update_preview_button)
        session.opened.connect(self._update_preview_button)
        session.started.connect(self._show_wages)  # every check, with the wages it uses

    def add_to(self, row: QBoxLayout, page: QBoxLayout) -> None:
        """New workbook first in the row of actions, the others at its end (before its
        stretch), and the line under the row."""
        row.insertWidget(0, self.new_button)
        at = row.count() - 1
        widgets = (self.preview_button, self.preview_language, self.wages_button, self.wages_label)
        for widget in widgets:
            row.insertWidget(at, widget)
            at += 1
        page.insertWidget(page.indexOf(row) + 1, self.label)

    @Slot()
    def _preview(self) -> None:
        language = str(self.preview_language.currentData())
        self.session.recent.remember_preview_language(language)
        self.previewer.start(language)

    @Slot()
    def _update_preview_button(self) -> None:
        ready = self.session.source is not None and not self.previewer.busy
        self.preview_button.setEnabled(ready)

    @Slot()
    def _choose_wages(self) -> None:
        if self.wages_dialog is None:
            self.wages_dialog = WagesDialog(self.session, self._window)
            self.wages_dialog.finished.connect(self._show_wages)
        self.wages_dialog.show_for_session()

    @Slot()
    def _show_wages(self) -> None:
        wages, area = self.session.wages, self.session.wage_area
        if wages is None:
            text = self.tr("No wage file")
        elif area is None:
            text = self.tr("Pay from %1").replace("%1", wages.name)
        else:
            text = self.tr("Pay from %1, area %2").replace("%1", wages.name).replace("%2", area)
        self.wages_label.setText(text)

    @Slot(str)
    def _report(self, text: str) -> None:
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def stop(self) -> None:
        """The window is closing: the preview ends with it, and no reading goes on."""
        self.previewer.stop()
        if self.wages_dialog is not None:
            self.wages_dialog.stop()
