"""The staff panel: catalog status, Sync now, import from a USB drive, roll back, usage,
test print, restart and exit. Every action answers in words on the panel itself."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QProgressBar, QWidget

from kiosk.services.slip import PrintFailed
from kiosk.services.staff import ActionFailed, StaffService
from kiosk.sync.outcome import Outcome, SyncResult
from kiosk.sync.removable import PublishedFolder
from kiosk.sync.status import InstalledCatalog
from kiosk.ui.widgets.common import Button, ScrollPage, Text, TranslatedWidget, clear

log = logging.getLogger(__name__)
CONFIRM_MS = 4000  # a second tap within this confirms Restart or Exit


class AdminPanel(TranslatedWidget):
    lock_requested = Signal()

    def __init__(self, staff: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdminPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.staff = staff
        self._confirming = ""
        self.page = ScrollPage()
        top = QHBoxLayout()
        self.heading = Text(role="h1")
        self.lock = Button(role="primary", icon_name=("ui", "home"))
        self.lock.clicked.connect(self.lock_requested)
        top.addWidget(self.heading, 1)
        top.addWidget(self.lock)
        self.page.body.addLayout(top)
        self.notice = self.page.add(Text(role="notice"))
        # Catalog
        self.catalog_heading = self.page.add(Text(role="h2"))
        self.catalog_lines = self.page.add(Text(role="fact"))
        self.sync_button = Button()
        self.rollback_button = Button()
        self.page.body.addLayout(_row(self.sync_button, self.rollback_button))
        self.progress = self.page.add(QProgressBar())
        self.progress.setRange(0, 0)  # busy: a sync has no meaningful percentage
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.catalog_result = self.page.add(Text(role="message"))
        # USB
        self.usb_heading = self.page.add(Text(role="h2"))
        self.usb_button = Button()
        self.page.body.addLayout(_row(self.usb_button))
        self.usb_found = QGridLayout()
        self.page.body.addLayout(self.usb_found)
        self.usb_result = self.page.add(Text(role="message"))
        # Usage
        self.usage_heading = self.page.add(Text(role="h2"))
        self.usage_lines = self.page.add(Text(role="fact"))
        # Device
        self.device_heading = self.page.add(Text(role="h2"))
        self.print_button = Button()
        self.restart_button = Button()
        self.exit_button = Button()
        self.page.body.addLayout(_row(self.print_button, self.restart_button, self.exit_button))
        self.device_result = self.page.add(Text(role="message"))
        self.page.body.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(CONFIRM_MS)
        self._confirm_timer.timeout.connect(self._cancel_confirm)
        self.sync_button.clicked.connect(self._sync_now)
        self.rollback_button.clicked.connect(self._rollback)
        self.usb_button.clicked.connect(self.look_for_usb)
        self.print_button.clicked.connect(self._test_print)
        self.restart_button.clicked.connect(lambda: self._confirm("restart"))
        self.exit_button.clicked.connect(lambda: self._confirm("exit"))
        staff.sync.started.connect(self._sync_started)
        staff.sync.finished.connect(self._sync_finished)
        self.retranslate()

    def open(self, notice: str = "") -> None:
        """Fresh figures each time the panel opens."""
        self.notice.set_text(notice)
        for label in (self.catalog_result, self.usb_result, self.device_result):
            label.set_text("")
        clear(self.usb_found)
        self._cancel_confirm()
        self.show_status()
        self.show_usage()
        self.page.to_top()

    # -- catalog -------------------------------------------------------------------------------

    def show_status(self) -> None:
        report = self.staff.status()
        lines = [
            self.tr("Current: %1").replace("%1", self._catalog_text(report.current)),
            self.tr("Previous: %1").replace("%1", self._catalog_text(report.previous)),
        ]
        if report.rolled_back_from:
            lines.append(
                self.tr(
                    "Rolled back from version %1: it is skipped until a newer one is published."
                ).replace("%1", str(report.rolled_back_from))
            )
        last = report.last_sync
        lines.append(
            self.tr("Last check: %1").replace(
                "%1",
                " ".join(x for x in (last.last_check, last.result or "", last.reason) if x)
                or self.tr("never"),
            )
        )
        lines.append(self.tr("Source: %1").replace("%1", last.source or self.tr("none yet")))
        self.catalog_lines.set_text("\n".join(lines))
        running = self.staff.sync.running
        self.sync_button.setEnabled(self.staff.sync.enabled and not running)
        self.usb_button.setEnabled(not running)
        self.rollback_button.setEnabled(report.previous is not None and not running)
        if not self.staff.sync.enabled:
            self.catalog_result.set_text(
                self.tr("Sync is off: the configuration names no source or no trusted key.")
            )

    @Slot()
    def _sync_now(self) -> None:
        if not self.staff.sync.run_now():
            self.catalog_result.set_text(self.tr("A check is already running."))

    @Slot()
    def _sync_started(self) -> None:
        self.progress.show()
        self.sync_button.setEnabled(False)
        self.usb_button.setEnabled(False)
        self.rollback_button.setEnabled(False)
        self.catalog_result.set_text(self.tr("Checking for a newer catalog…"))

    @Slot(object)
    def _sync_finished(self, outcome: Outcome) -> None:
        self.progress.hide()
        text = {
            SyncResult.UPDATED: self.tr("Installed. Students see it when this panel is closed."),
            SyncResult.CURRENT: self.tr("Already up to date."),
            SyncResult.FAILED: self.tr("Not installed; the current catalog is untouched."),
        }[outcome.result]
        self.catalog_result.set_text(f"{text}\n{outcome.reason}")
        self.show_status()

    @Slot()
    def _rollback(self) -> None:
        try:
            from_version, to_version = self.staff.rollback()
        except ActionFailed as failed:
            self.catalog_result.set_text(self.tr("Not rolled back: %1").replace("%1", str(failed)))
            return
        self.catalog_result.set_text(
            self.tr("Now on version %1. Version %2 is skipped until a newer one is published.")
            .replace("%1", str(to_version))
            .replace("%2", str(from_version))
        )
        self.show_status()

    # -- USB -----------------------------------------------------------------------------------

    @Slot()
    def look_for_usb(self) -> None:
        clear(self.usb_found)
        found = self.staff.published_on_media()
        if not found:
            self.usb_result.set_text(
                self.tr(
                    "No published catalog found on a USB drive. Copy the folder kiosk-admin "
                    "publish wrote onto the drive, plug it in, then look again."
                )
            )
            return
        self.usb_result.set_text(self.tr("Tap the catalog to install:"))
        for index, item in enumerate(found[:6]):
            button = Button(
                self.tr("Version %1 from %2")
                .replace("%1", str(item.version))
                .replace("%2", str(item.folder))
            )
            button.clicked.connect(lambda _=False, f=item: self._import(f))
            self.usb_found.addWidget(button, index, 0)

    def _import(self, item: PublishedFolder) -> None:
        if not self.staff.import_from(item.folder):
            self.usb_result.set_text(
                self.tr("Cannot import: no trusted key is configured, or a check is running.")
            )

    # -- usage and device ----------------------------------------------------------------------

    def show_usage(self) -> None:
        lines = []
        for days in (7, 30):
            totals, top = self.staff.usage(days)
            line = (
                self.tr("Last %1 days: students %2, quizzes finished %3, slips printed %4.")
                .replace("%1", str(days))
                .replace("%2", str(totals.get("sessions", 0)))
                .replace("%3", str(totals.get("quiz_completed", 0)))
                .replace("%4", str(totals.get("slip_printed", 0)))
            )
            if top:
                line += " " + self.tr("Most opened: %1").replace(
                    "%1", ", ".join(f"{code} ({n})" for code, n in top)
                )
            lines.append(line)
        self.usage_lines.set_text("\n".join(lines))

    @Slot()
    def _test_print(self) -> None:
        try:
            self.staff.test_print()
        except PrintFailed as failed:
            self.device_result.set_text(str(failed))
            return
        self.device_result.set_text(self.tr("A test page went to the default printer."))

    def _confirm(self, action: str) -> None:
        if self._confirming == action:
            self._cancel_confirm()
            (self.staff.restart if action == "restart" else self.staff.exit_kiosk)()
            return
        self._cancel_confirm()
        self._confirming = action
        self._confirm_timer.start()
        button = self.restart_button if action == "restart" else self.exit_button
        button.setText(self.tr("Tap again to confirm"))

    @Slot()
    def _cancel_confirm(self) -> None:
        self._confirming = ""
        self._confirm_timer.stop()
        self.restart_button.setText(self.tr("Restart"))
        self.exit_button.setText(self.tr("Exit kiosk"))

    def _catalog_text(self, entry: InstalledCatalog | None) -> str:
        if entry is None:
            return self.tr("none")
        if entry.error:
            return f"{entry.file}: {entry.error}"
        text = self.tr("version %1, built %2").replace("%1", str(entry.version))
        created = entry.created
        when = created[:16].replace("T", " ") + (" UTC" if created.endswith("+00:00") else "")
        text = text.replace("%2", when)
        if entry.sample:
            text += " " + self.tr("(the sample catalog)")
        # The BLS release and area, so staff see a spring update arrived (or that none did).
        if entry.pay_source:
            pay = self.tr("Careers' pay: %1").replace("%1", entry.pay_source)
        else:
            pay = self.tr("Careers' pay: none from BLS")
        return f"{text}\n{pay}"

    def retranslate(self) -> None:
        self.heading.set_text(self.tr("Staff panel"))
        self.lock.setText(self.tr("Lock and return"))
        self.catalog_heading.set_text(self.tr("Catalog"))
        self.sync_button.setText(self.tr("Sync now"))
        self.rollback_button.setText(self.tr("Roll back"))
        self.usb_heading.set_text(self.tr("Import from a USB drive"))
        self.usb_button.setText(self.tr("Look for a USB drive"))
        self.usage_heading.set_text(self.tr("Usage"))
        self.device_heading.set_text(self.tr("This kiosk"))
        self.print_button.setText(self.tr("Test print"))
        self._cancel_confirm()


def _row(*buttons: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(12)
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    return row
