"""Shown outside opening hours: a black, still screen with one dim line saying when the kiosk
opens again, and whether a touch wakes it now."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.services.language import interface_locale
from kiosk.ui.widgets.common import Text, TranslatedWidget


def closed_line(opens: datetime | None, today: date, locale: QLocale) -> str:
    """The line that says when the kiosk opens again ("Closed. Open again Monday at 7:00 AM."),
    in the interface language; the day and time as `locale` writes them."""
    translate = QCoreApplication.translate
    if opens is None:
        return translate("Sleeping", "Closed.")
    at = locale.toString(QTime(opens.hour, opens.minute), QLocale.FormatType.ShortFormat)
    days = (opens.date() - today).days
    if days >= 7:
        day = QDate(opens.year, opens.month, opens.day)
        line = translate("Sleeping", "Closed. Open again on %1 at %2.")
        line = line.replace("%1", locale.toString(day, QLocale.FormatType.LongFormat))
        return _one_stop(line.replace("%2", at))
    if days == 0:
        line = translate("Sleeping", "Closed. Open again today at %1.")
    elif days == 1:
        line = translate("Sleeping", "Closed. Open again tomorrow at %1.")
    else:  # whole sentences: a weekday's name changes the words around it
        line = (
            translate("Sleeping", "Closed. Open again Monday at %1."),
            translate("Sleeping", "Closed. Open again Tuesday at %1."),
            translate("Sleeping", "Closed. Open again Wednesday at %1."),
            translate("Sleeping", "Closed. Open again Thursday at %1."),
            translate("Sleeping", "Closed. Open again Friday at %1."),
            translate("Sleeping", "Closed. Open again Saturday at %1."),
            translate("Sleeping", "Closed. Open again Sunday at %1."),
        )[opens.weekday()]
    return _one_stop(line.replace("%1", at))


def _one_stop(line: str) -> str:
    """A time such as "7:00 a.m." ends the sentence with its own full stop."""
    return line.replace("..", ".")


class Sleeping(TranslatedWidget):
    touched = Signal()  # a press or a key: perhaps someone who wants to use the kiosk now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sleeping")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keys come here, not to the screens
        self._opens: datetime | None = None
        self._today = date.today()
        self._language = "en"
        self._wakes = True
        box = QVBoxLayout(self)
        box.setContentsMargins(48, 48, 48, 48)
        box.setSpacing(16)
        box.addStretch()
        self.message = Text()
        self.hint = Text(role="hint")
        for label in (self.message, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        box.addStretch()

    def show_state(
        self, opens: datetime | None, today: date, language: str, *, wakes: bool
    ) -> None:
        """When it opens again, said in `language`; `wakes`: a touch wakes it now."""
        self._opens, self._today, self._language, self._wakes = opens, today, language, wakes
        self.retranslate()

    def retranslate(self) -> None:
        locale = interface_locale(self._language)
        self.message.set_text(closed_line(self._opens, self._today, locale))
        self.hint.set_text(self.tr("Touch the screen to use it now.") if self._wakes else "")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # no key reaches a screen behind it

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.touched.emit()
