"""The Publish tab: the folder to publish to, what changes against what is published there,
the signing key, and Publish with its result."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.admin.publishing import Attempt
from kiosk.catalogapp import publishtext as text
from kiosk.catalogapp.changesview import ChangesView
from kiosk.catalogapp.keysetup import KeySetupDialog
from kiosk.catalogapp.publisher import Publisher, Request
from kiosk.catalogapp.recent import PublishFolder
from kiosk.catalogapp.session import WorkbookSession
from kiosk.catalogapp.signing import KeyInfo, SigningKeys
from kiosk.catalogapp.widgets import busy_bar, button, plain_label
from kiosk.config import defaults
from kiosk.sync.keys import SigningKeyError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Publishing:
    """What the page needs from the composition root."""

    keys: SigningKeys
    folder: PublishFolder
    # What kiosks do unless IT set [sync] interval_minutes: the staff computer cannot know.
    interval_minutes: int = defaults().sync_interval_minutes


class PublishPage(QWidget):
    def __init__(self, session: WorkbookSession, publishing: Publishing) -> None:
        super().__init__()
        self.setObjectName("PublishPage")
        self.session = session
        self._publishing = publishing
        self.publisher = Publisher(self)
        self.folder = publishing.folder.last()
        self.key: KeyInfo | None = None
        self.key_problem = ""
        self.key_dialog: KeySetupDialog | None = None
        self.question: QMessageBox | None = None
        self._offered_key = False
        self._stale = True  # what changes must be compared again before it is shown
        self._previewed: Attempt | None = None
        self._build()
        session.opened.connect(self._workbook_opened)
        session.started.connect(self._workbook_started)
        session.checked.connect(self._workbook_checked)
        self.publisher.previewed.connect(self._show_preview)
        self.publisher.prepared.connect(self._prepared)
        self.publisher.published.connect(self._published)
        self.publisher.busy_changed.connect(self._busy)
        self._load_key()
        self._show_folder()
        self._update()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._folder_row())
        hint = plain_label("PublishHint", role="muted")
        hint.setText(
            self.tr(
                "A shared folder, a web server's folder or a USB stick: kiosks take the "
                "catalog from there."
            )
        )
        layout.addWidget(hint)
        self.changes = ChangesView()
        layout.addWidget(self.changes, 1)
        layout.addLayout(self._key_row())
        self.message_label = plain_label("PublishMessage")
        self.message_label.setAccessibleName(self.tr("Why it cannot be published yet"))
        layout.addWidget(self.message_label)
        layout.addLayout(self._publish_row())
        self.result_heading = plain_label("ResultHeading", role="h3")
        self.result_label = plain_label("ResultLabel")
        self.result_heading.setAccessibleName(self.tr("Result of publishing"))
        self.result_label.setAccessibleName(self.tr("What happens next"))
        layout.addWidget(self.result_heading)
        layout.addWidget(self.result_label)
        self.result_heading.hide()
        self.result_label.hide()

    def _folder_row(self) -> QHBoxLayout:
        label = QLabel(self.tr("Publish &to:"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("PublishFolder")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Publish folder"))
        label.setBuddy(self.folder_edit)
        self.choose_button = button(self.tr("&Choose..."), self._choose_folder)
        self.choose_button.setAccessibleName(self.tr("Choose the publish folder"))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        return row

    def _key_row(self) -> QHBoxLayout:
        self.key_label = plain_label("KeyLabel")
        self.key_label.setAccessibleName(self.tr("Signing key"))
        self.key_button = button(self.tr("Show public &key..."), self._open_key_dialog)
        row = QHBoxLayout()
        row.addWidget(self.key_label, 1)
        row.addWidget(self.key_button)
        return row

    def _publish_row(self) -> QHBoxLayout:
        self.busy = busy_bar(self.tr("Working"))
        self.publish_button = button(self.tr("Pu&blish"), self._publish)
        self.publish_button.setAccessibleName(self.tr("Publish"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.busy)
        row.addWidget(self.publish_button)
        return row

    # -- the key ---------------------------------------------------------------------------

    def _load_key(self) -> None:
        try:
            self.key, self.key_problem = self._publishing.keys.find(), ""
        except SigningKeyError as exc:
            self.key, self.key_problem = None, str(exc)
        self._show_key()

    def _show_key(self) -> None:
        self.key_button.setVisible(not self.key_problem)
        if self.key is not None:
            signed = self.tr("Catalogs are signed with key %1 (its private file: %2).")
            self.key_label.setText(text.fill(signed, self.key.key_id, self.key.private))
            self.key_button.setText(self.tr("Show public &key..."))
        elif self.key_problem:
            unreadable = self.tr("The signing key cannot be read: %1")
            self.key_label.setText(text.fill(unreadable, self.key_problem))
        else:
            self.key_label.setText(self.tr("This computer has no signing key yet."))
            self.key_button.setText(self.tr("Create signing &key..."))
        self.key_button.setAccessibleName(
            self.key_button.text().replace("&", "").removesuffix("...")
        )

    @Slot()
    def _open_key_dialog(self) -> None:
        if self.key_dialog is not None and self.key_dialog.isVisible():
            return
        self.key_dialog = KeySetupDialog(self._publishing.keys, self.key, self)
        self.key_dialog.created.connect(self._key_created)
        self.key_dialog.open()

    @Slot(object)
    def _key_created(self, info: KeyInfo) -> None:
        self.key, self.key_problem = info, ""
        self._show_key()
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._compare()
        if self.key is None and not self.key_problem and not self._offered_key:
            # The first time staff come to publish, the key is made with them, step by step.
            self._offered_key = True
            QTimer.singleShot(0, self, self._open_key_dialog)

    # -- the folder and what changes -------------------------------------------------------

    @Slot()
    def _choose_folder(self) -> None:
        start = str(self.folder) if self.folder else ""
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the publish folder"), start)
        if name:
            self.choose(Path(name))

    def choose(self, folder: Path) -> None:
        """Publish into `folder` from now on, remembered for the next start."""
        self.folder = folder
        self._publishing.folder.remember(folder)
        self._show_folder()
        self._stale = True
        self._compare()

    def _show_folder(self) -> None:
        self.folder_edit.setText(str(self.folder) if self.folder else "")
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen yet"))

    @Slot(Path)
    def _workbook_opened(self, source: Path) -> None:
        self._previewed = None
        self.changes.clear()
        self.result_heading.hide()
        self.result_label.hide()
        self._stale = True
        self._update()

    @Slot(Path)
    def _workbook_started(self, source: Path) -> None:
        self._update()  # no Publish while the workbook is being checked again

    @Slot(object)
    def _workbook_checked(self, outcome: object) -> None:
        self._stale = True
        self._compare()

    def _request(self) -> Request | None:
        source, folder = self.session.source, self.folder
        if source is None or folder is None:
            return None
        key = self.key.private if self.key else None
        return Request(source, folder, key, self.session.wages, self.session.wage_area)

    def _compare(self) -> None:
        """Compare again now if staff can see it, else when they come to the page."""
        self._update()
        request = self._request()
        if request is None or not self._checked_ok():
            self.changes.clear()  # nothing to compare: the message says why
            return
        if not self.isVisible():
            return
        self._stale = False
        self._previewed = None
        self.changes.comparing(request.folder)
        self.publisher.preview(request)

    def _checked_ok(self) -> bool:
        last = self.session.last
        return (
            last is not None
            and last.source == self.session.source
            and not (last.errors or last.unreadable or last.crashed)
        )

    @Slot(object)
    def _show_preview(self, attempt: Attempt | None) -> None:
        if attempt is None:
            self.changes.crashed()
            return
        if attempt.source != self.session.source or attempt.folder != self.folder:
            return  # staff have moved on to another workbook or folder
        self._previewed = attempt
        self.changes.show_attempt(attempt)
        self._update()

    # -- publishing ------------------------------------------------------------------------

    def _why_not(self) -> str:
        """Why Publish cannot be pressed now, or "" when it can."""
        last = self.session.last
        if self.session.source is None:
            return self.tr("Open a workbook first.")
        if last is None or last.source != self.session.source or self.session.busy:
            return self.tr("Checking the workbook...")
        if last.unreadable or last.crashed:
            return self.tr("This workbook cannot be checked: see the Problems tab.")
        if last.errors:
            return self.tr(
                "This workbook has %n error(s): fix them first (they are on the Problems "
                "tab), then publish.",
                "",
                last.errors,
            )
        if self.folder is None:
            return self.tr("Choose the folder to publish to.")
        if self.key_problem:
            return text.fill(self.tr("The signing key cannot be read: %1"), self.key_problem)
        return text.stopped_text(self._previewed) if self._previewed else ""

    def _update(self) -> None:
        why = self._why_not()
        self.message_label.setText(why)
        self.message_label.setVisible(bool(why))
        self.publish_button.setEnabled(not why and not self.publisher.busy)

    @Slot()
    def _publish(self) -> None:
        request = self._request()
        if request is None or self._why_not():
            return
        if self.key is None:
            self._open_key_dialog()  # then Publish again, with the key
            return
        self._show_result(self.tr("Publishing..."), "")
        self.publisher.prepare(request)

    @Slot(object)
    def _prepared(self, attempt: Attempt | None) -> None:
        if attempt is None:
            self._crashed()
            return
        if attempt.source == self.session.source and attempt.folder == self.folder:
            self._previewed = attempt
            self.changes.show_attempt(attempt)
        stopped = text.stopped_text(attempt)
        if stopped:
            self._not_published(stopped)
        elif attempt.comparison is not None and attempt.comparison.needs_yes:
            self._ask(attempt)
        else:
            self.publisher.finish(attempt, yes=False)
        self._update()

    def _ask(self, attempt: Attempt) -> None:
        assert attempt.comparison is not None
        box = QMessageBox(self)
        box.setObjectName("PublishAnyway")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Publish anyway?"))
        box.setText(text.guard_question(attempt.comparison))
        box.setTextFormat(Qt.TextFormat.PlainText)  # catalog codes are never markup
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _result: self._answered(box, attempt))
        self.question = box
        box.open()

    def _answered(self, box: QMessageBox, attempt: Attempt) -> None:
        yes = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        self.question = None
        box.deleteLater()
        if yes:
            self.publisher.finish(attempt, yes=True)
        else:
            unchanged = self.tr("Nothing was changed in %1.")
            self._not_published(text.fill(unchanged, attempt.folder))

    @Slot(object)
    def _published(self, attempt: Attempt | None) -> None:
        if attempt is None:
            self._crashed()
        elif attempt.manifest is None:
            self._not_published(text.stopped_text(attempt))
        else:
            body = text.published_text(attempt, self._publishing.interval_minutes)
            self._show_result(text.published_heading(attempt), body)
            self._stale = True
            self._compare()  # now "No changes"
        self._update()

    def _not_published(self, why: str) -> None:
        self._show_result(self.tr("Not published"), why)

    def _crashed(self) -> None:
        self._not_published(self.tr("Something went wrong in publishing; it is in the log file."))

    def _show_result(self, heading: str, body: str) -> None:
        self.result_heading.setText(heading)
        self.result_label.setText(body)
        self.result_heading.show()
        self.result_label.setVisible(bool(body))

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self._update()

    def stop(self) -> None:
        self.publisher.stop()
