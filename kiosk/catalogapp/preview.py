"""See it as a student: the real kiosk, in a window, on a catalog built from the open
workbook in a data folder of its own; the folder goes when that kiosk ends."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QProcess, Signal, Slot

from kiosk import programs
from kiosk.catalogapp.background import Background
from kiosk.catalogapp.previewfolder import (
    Prepared,
    prepare_preview,
    preview_arguments,
    preview_folders,
    remove_folder,
)
from kiosk.catalogapp.problemwords import translated
from kiosk.catalogapp.session import WorkbookSession
from kiosk.catalogapp.wagefiles import WAGE_FILES

logger = logging.getLogger(__name__)

OUTPUT = "kiosk-output.txt"  # what the kiosk printed, for the log if it ends badly
LOCK = "kiosk.lock"  # the lock a running kiosk holds on its data folder (kiosk.app)
STOP_MS = 5000


class Previewer(QObject):
    reported = Signal(str)  # a line for staff on how the preview goes
    busy_changed = Signal(bool)  # building the preview's catalog
    ended = Signal(Path, int, str)  # folder, exit code, output: just before the folder goes

    def __init__(self, session: WorkbookSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.root = Path(tempfile.gettempdir()) / "cte-kiosk-previews"
        self.command = programs.command(programs.KIOSK)
        self.extra_arguments: list[str] = []  # after the preview's own (tests add theirs)
        self.running: dict[QProcess, Path] = {}
        self._stopping = False
        self._job = Background("preview", self)
        self._job.finished.connect(self._prepared)

    @property
    def busy(self) -> bool:
        return self._job.running

    def start(self, language: str) -> bool:
        """Check and build the open workbook in the background, then start the kiosk on it in
        `language`. False if there is nothing to preview or a preview is being built."""
        source = self.session.source
        if source is None or self._job.running or self._stopping:
            return False
        self.remove_old()
        root, wages, area = self.root, self.session.wages, self.session.wage_area
        self._job.run(
            lambda: prepare_preview(source, root, language, wages, area, open_wages=WAGE_FILES.open)
        )
        self.busy_changed.emit(True)
        self.reported.emit(self.tr("Building the preview of %1...").replace("%1", source.name))
        return True

    @Slot(object)
    def _prepared(self, prepared: Prepared | None) -> None:
        self.busy_changed.emit(False)
        if prepared is None:
            self.reported.emit(
                self.tr("Something went wrong building the preview; it is in the log file.")
            )
        elif prepared.errors:
            self.reported.emit(
                self.tr(
                    "The workbook has %n error(s), so it cannot be previewed yet: fix them "
                    "(see Problems), then try again.",
                    "",
                    prepared.errors,
                )
            )
        elif prepared.unreadable or prepared.folder is None:
            why = translated(prepared.unreadable_wording, prepared.unreadable)
            self.reported.emit(self.tr("The workbook cannot be previewed: %1").replace("%1", why))
        else:
            self._launch(prepared.folder)

    def _launch(self, folder: Path) -> None:
        process = QProcess(self)
        process.setProgram(self.command[0])
        process.setArguments([*self.command[1:], *preview_arguments(folder), *self.extra_arguments])
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.setStandardOutputFile(str(folder / OUTPUT))
        process.started.connect(self._started)
        process.errorOccurred.connect(lambda error: self._failed(process, error))
        process.finished.connect(lambda code, status: self._ended(process, code, status))
        self.running[process] = folder
        logger.info(
            "starting the preview kiosk: %s", " ".join([process.program(), *process.arguments()])
        )
        process.start()

    @Slot()
    def _started(self) -> None:
        self.reported.emit(self.tr("The kiosk opens in its own window, as a student sees it."))

    def _failed(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return  # a kiosk that started and then failed is reported when it ends
        logger.error(
            "the preview kiosk could not be started (%s): %s",
            process.program(),
            process.errorString(),
        )
        self.reported.emit(
            self.tr("The kiosk could not be started: %1. The details are in the log file.").replace(
                "%1", process.errorString()
            )
        )
        self._forget(process)

    def _ended(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        folder = self.running.get(process)
        if folder is None:
            return
        output = _read(folder / OUTPUT)
        self.ended.emit(folder, code, output)
        if not self._stopping and (code != 0 or status == QProcess.ExitStatus.CrashExit):
            logger.warning(
                "the preview kiosk ended with code %s; it printed: %s", code, output[-2000:]
            )
            self.reported.emit(
                self.tr("The preview kiosk stopped with a problem; it is in the log file.")
            )
        self._forget(process)

    def _forget(self, process: QProcess) -> None:
        folder = self.running.pop(process, None)
        if folder is not None:
            remove_folder(folder)
        process.deleteLater()

    def remove_old(self) -> None:
        """Preview folders left behind (by a window that was killed, or a file Windows kept
        open a moment too long) that no kiosk is using any more."""
        ours = set(self.running.values())
        for folder in preview_folders(self.root):
            if folder not in ours and not _in_use(folder):
                remove_folder(folder)

    def stop(self) -> None:
        """The window is closing: its previews end with it, and their folders go."""
        self._stopping = True
        self._job.wait()
        for process in list(self.running):
            process.terminate()
            if not process.waitForFinished(STOP_MS):
                process.kill()
                process.waitForFinished(STOP_MS)
            self._forget(process)
        self.remove_old()


def _in_use(folder: Path) -> bool:
    lock = QLockFile(str(folder / LOCK))
    if lock.tryLock(0):  # also takes over the lock of a kiosk that has died
        lock.unlock()
        return False
    return True


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
