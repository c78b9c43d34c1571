"""The signing key, step by step: make it the first time, then the public key line for IT and
how to keep the private key safe; later, the same line again."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalogapp.publishtext import fill
from kiosk.catalogapp.signing import KeyInfo, SigningKeys
from kiosk.catalogapp.widgets import button, plain_label
from kiosk.sync.keys import SigningKeyError

logger = logging.getLogger(__name__)


class KeySetupDialog(QDialog):
    created = Signal(object)  # KeyInfo

    def __init__(self, keys: SigningKeys, info: KeyInfo | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("KeySetupDialog")
        self.setWindowTitle(self.tr("Catalog signing key"))
        self._keys = keys
        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(640, 360)
        if info is not None:
            self._show_key(info)

    def _intro_page(self) -> QWidget:
        heading = plain_label("KeyIntroHeading", role="h3")
        heading.setText(self.tr("First, a signing key"))
        intro = plain_label("KeyIntro")
        intro.setText(
            fill(
                self.tr(
                    "Kiosks install only catalogs signed with a key they trust. This computer "
                    "has no signing key yet. Create one now: it is made once, kept in %1, and "
                    "every catalog you publish is signed with it."
                ),
                self._keys.folder,
            )
        )
        self.error_label = plain_label("KeyError", role="muted")
        self.error_label.setAccessibleName(self.tr("Why the key was not made"))
        self.error_label.hide()
        self.create_button = button(self.tr("&Create key"), self._create)
        self.create_button.setDefault(True)
        later = button(self.tr("&Not now"), self.reject)
        return self._page(heading, intro, self.error_label, buttons=(self.create_button, later))

    def _key_page(self) -> QWidget:
        heading = plain_label("KeyHeading", role="h3")
        heading.setText(self.tr("Your signing key"))
        give = plain_label("KeyGive")
        give.setText(
            self.tr(
                "Give IT this public key line, for [sync] trusted_keys in the kiosk "
                "configuration. It is not secret."
            )
        )
        self.public_edit = QLineEdit()
        self.public_edit.setObjectName("PublicKeyLine")
        self.public_edit.setReadOnly(True)  # selectable, never edited
        self.public_edit.setAccessibleName(self.tr("Public key line"))
        give.setBuddy(self.public_edit)
        copy = button(self.tr("C&opy"), self._copy)
        line = QHBoxLayout()
        line.addWidget(self.public_edit, 1)
        line.addWidget(copy)
        self.backup_label = plain_label("KeyBackup")
        self.backup_label.setAccessibleName(self.tr("Keeping the private key safe"))
        self.close_button = button(self.tr("&Close"), self.accept)
        return self._page(heading, give, line, self.backup_label, buttons=(self.close_button,))

    def _page(self, *parts: QWidget | QHBoxLayout, buttons: tuple[QPushButton, ...]) -> QWidget:
        layout = QVBoxLayout()
        for part in parts:
            if isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        for each in buttons:
            row.addWidget(each)
        layout.addLayout(row)
        page = QWidget()
        page.setLayout(layout)
        return page

    @Slot()
    def _create(self) -> None:
        try:
            info = self._keys.create()
        except (SigningKeyError, OSError) as exc:
            logger.info("no signing key made in %s: %s", self._keys.folder, exc)
            self._failed(str(exc))
            return
        except Exception:
            logger.exception("making a signing key in %s failed", self._keys.folder)
            self._failed(self.tr("something went wrong; it is in the log file"))
            return
        logger.info("made signing key %s in %s", info.key_id, self._keys.folder)
        self._show_key(info)
        self.created.emit(info)

    def _failed(self, why: str) -> None:
        self.error_label.setText(fill(self.tr("The key was not made: %1"), why))
        self.error_label.show()

    def _show_key(self, info: KeyInfo) -> None:
        self.public_edit.setText(info.public_line)
        self.public_edit.setCursorPosition(0)
        self.backup_label.setText(
            fill(
                self.tr(
                    "Back up the private key now, to a place only you can open (such as a USB "
                    "stick kept locked away). It is this file:\n%1\n\nKeep it secret: anyone who "
                    "has it can publish catalogs your kiosks install. If it is lost, IT must trust "
                    "a new key on every kiosk before you can publish again."
                ),
                info.private,
            )
        )
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.public_edit.setFocus()

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.public_edit.text())
