"""What changes against what is published: the count lines per sheet, and every change in a
read-only list, both from the same comparison as `kiosk-admin publish`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from kiosk.admin.publishing import Attempt
from kiosk.catalogapp import publishtext as text
from kiosk.catalogapp.widgets import plain_label


class ChangesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangesView")
        heading = plain_label("ChangesHeading", role="h3")
        heading.setText(self.tr("What changes"))
        self.summary_label = plain_label("ChangesSummary")
        self.summary_label.setAccessibleName(self.tr("What changes"))
        details_label = QLabel(self.tr("&Details:"))
        self.details = QPlainTextEdit()
        self.details.setObjectName("ChangeDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Every change"))
        details_label.setBuddy(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (heading, self.summary_label, details_label):
            layout.addWidget(widget)
        layout.addWidget(self.details, 1)

    def comparing(self, folder: Path) -> None:
        comparing = self.tr("Comparing with what is published in %1...")
        self.summary_label.setText(text.fill(comparing, folder))
        self.details.clear()

    def clear(self) -> None:
        self.summary_label.clear()
        self.details.clear()

    def crashed(self) -> None:
        self.summary_label.setText(
            self.tr("Something went wrong in the comparison itself; it is in the log file.")
        )
        self.details.clear()

    def show_attempt(self, attempt: Attempt) -> None:
        """The changes, or why there are none to show (the workbook's errors listed)."""
        comparison, validation = attempt.comparison, attempt.validation
        if comparison is None:
            self.summary_label.setText(text.stopped_text(attempt))
            errors = validation.errors if validation is not None else []
            self.details.setPlainText("\n".join(text.problem_lines(errors)))
            return
        lines = [text.comparison_heading(comparison)]
        if comparison.diff is not None:
            lines += text.count_lines(comparison.diff)
        warning = text.shrinkage_warning(comparison)
        self.summary_label.setText("\n".join([*lines, warning] if warning else lines))
        details = text.detail_lines(comparison.diff) if comparison.diff is not None else []
        self.details.setPlainText("\n".join(details))

    def lines(self) -> list[str]:
        """The count lines and every change, as shown."""
        return self.summary_label.text().splitlines() + self.details.toPlainText().splitlines()
