"""systemd notifications: READY=1 once the kiosk shows, then WATCHDOG=1 from the GUI thread,
so systemd restarts a kiosk whose screen has frozen (Linux; nothing happens elsewhere)."""

from __future__ import annotations

import logging
import os
import socket

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)


class SystemdNotifier(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        address = os.environ.get("NOTIFY_SOCKET", "")
        if address.startswith("@"):  # an abstract socket name
            address = "\0" + address[1:]
        self._address = address if hasattr(socket, "AF_UNIX") else ""
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.send("WATCHDOG=1"))
        usec = os.environ.get("WATCHDOG_USEC", "")
        self._interval_ms = max(100, int(usec) // 2000) if usec.isdigit() else 0

    @property
    def active(self) -> bool:
        return bool(self._address)

    def ready(self) -> None:
        """The kiosk is up: tell systemd, and start the watchdog pings if it asked for them.
        The timer runs on the GUI thread, so a frozen screen stops the pings."""
        if not self.active:
            return
        self.send("READY=1")
        if self._interval_ms:
            self._timer.start(self._interval_ms)

    def send(self, message: str) -> None:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.sendto(message.encode(), self._address)
        except OSError as exc:
            log.warning("systemd notification %s failed: %s", message, exc)
