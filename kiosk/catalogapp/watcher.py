"""Tells when a workbook file (or a CSV folder's files) changed on disk, once per save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

# Excel and LibreOffice save by writing a new file and renaming it over the old one, in
# several steps; one check after the last of them is enough.
SETTLE_MS = 500

Signature = tuple[tuple[str, int, int], ...]


def signature(source: Path) -> Signature:
    """Name, size and modification time of the workbook's files: what a save changes.
    A lock file Excel puts beside a workbook it opens changes nothing here."""
    files = sorted(source.iterdir()) if source.is_dir() else [source]
    found = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue  # gone between listing and looking: it is then not part of the signature
        found.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


class WorkbookWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self._settle.timeout.connect(self._settled)
        self._source: Path | None = None
        self._seen: Signature = ()

    def watch(self, source: Path) -> None:
        self._source = source
        self._seen = signature(source) if source.exists() else ()
        self._rewatch()

    def _rewatch(self) -> None:
        """Watch what is there now: a file replaced on save is a new file, which the old
        watch no longer sees. The folder is watched too, so a file that was briefly gone is
        noticed when it comes back."""
        wanted: list[str] = []
        if self._source is not None:
            folder = self._source if self._source.is_dir() else self._source.parent
            wanted.append(str(folder))
            if self._source.is_dir():
                wanted += [str(p) for p in sorted(folder.iterdir()) if p.is_file()]
            elif self._source.exists():
                wanted.append(str(self._source))
        watched = set(self._watcher.files() + self._watcher.directories())
        gone = [p for p in watched if p not in wanted]
        if gone:
            self._watcher.removePaths(gone)
        new = [p for p in wanted if p not in watched]
        if new:
            self._watcher.addPaths(new)

    @Slot(str)
    def _touched(self, _path: str) -> None:
        self._settle.start()  # restarted by every step of a save

    @Slot()
    def _settled(self) -> None:
        if self._source is None:
            return
        self._rewatch()
        now = signature(self._source) if self._source.exists() else ()
        if now != self._seen:
            self._seen = now
            self.changed.emit()
