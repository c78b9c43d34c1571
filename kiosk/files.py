"""Small files: replaced atomically, and read, replaced or deleted while others hold them open."""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

log = logging.getLogger(__name__)

# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: Windows' answers while
# another program has the file open. Decided by `winerror`, which only Windows sets: elsewhere
# a PermissionError is a real permission problem and fails at once.
REFUSALS = frozenset({5, 32, 33})
# Pauses between tries, about 1 s in all: a scan of a small new file takes a few ms, and a
# file still held after a second is held for longer than a caller should wait.
PAUSES = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.32)
sleep: Callable[[float], None] = time.sleep  # the seam the tests replace

# CreateFileW's values (winnt.h, fileapi.h).
GENERIC_READ = 0x80000000
FILE_SHARE_READ, FILE_SHARE_WRITE, FILE_SHARE_DELETE = 0x1, 0x2, 0x4
SHARE_ALL = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE
OPEN_EXISTING = 3
FILE_ATTRIBUTE_NORMAL = 0x80


def is_refused(exc: BaseException) -> bool:
    """Whether `exc` is Windows refusing because another program has the file open."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in REFUSALS


def retry_refused[T](action: Callable[[], T], what: Path | str) -> T:
    """Run `action`, trying again after short growing pauses while Windows refuses it because
    another program has `what` open; the last refusal is logged once and raised. Any other
    error is raised at once."""
    for tries, pause in enumerate(PAUSES, start=1):
        try:
            result = action()
        except PermissionError as exc:
            if not is_refused(exc):
                raise
        else:
            if tries > 1:
                log.info("%s was in use by another program; it worked on try %d", what, tries)
            return result
        sleep(pause)
    try:
        return action()
    except PermissionError as exc:
        if is_refused(exc):
            log.warning(
                "%s is still in use by another program after %d tries: %s",
                what,
                len(PAUSES) + 1,
                exc,
            )
        raise


def replace_retrying(src: Path | str, dst: Path | str) -> None:
    """Path.replace, tried again while another program has either file open."""
    retry_refused(lambda: Path(src).replace(dst), dst)


def unlink_retrying(path: Path | str, *, missing_ok: bool = False) -> None:
    """Path.unlink, tried again while another program has the file open."""
    retry_refused(lambda: Path(path).unlink(missing_ok=missing_ok), path)


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside `path`, flush to disk, then rename over it (atomic on Windows and POSIX).
    A rename refused while another program has a file open is tried again for about a second;
    if it never works, the old file is left as it was and the error raised."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_retrying(temp, path)
    finally:
        # One try: whatever held the temp file for a second holds it still, and the hidden
        # leftover is tiny and named for this process (a sync sweeps its own away).
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def read_shared(path: Path) -> bytes:
    """The whole of a small file that other programs replace, read without stopping them."""
    with open_shared(path) as handle:
        return handle.read()


def open_shared(path: Path) -> BinaryIO:
    """Open for reading so that a writer can still rename over the file or delete it while it
    is open: Python's open() on Windows does not share deletion, and a rename over the file
    is refused for as long as it is open."""
    if sys.platform == "win32":
        return _open_windows(path)
    return path.open("rb")


def create_file_arguments(path: Path) -> tuple[str, int, int, None, int, int, None]:
    """CreateFileW's arguments: read only, sharing everything, never creating the file."""
    return (str(path), GENERIC_READ, SHARE_ALL, None, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, None)


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    @functools.cache
    def _kernel32() -> ctypes.WinDLL:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateFileW.argtypes = (
            wintypes.LPCWSTR,
            wintypes.DWORD,
            wintypes.DWORD,
            wintypes.LPVOID,
            wintypes.DWORD,
            wintypes.DWORD,
            wintypes.HANDLE,
        )
        kernel32.CreateFileW.restype = wintypes.HANDLE
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        return kernel32

    def _open_windows(path: Path) -> BinaryIO:
        kernel32 = _kernel32()
        handle = kernel32.CreateFileW(*create_file_arguments(path))
        if handle is None or handle == ctypes.c_void_p(-1).value:  # INVALID_HANDLE_VALUE
            code = ctypes.get_last_error()
            # With the Windows error code, OSError becomes FileNotFoundError and the like.
            raise OSError(0, ctypes.FormatError(code), str(path), code)
        try:
            descriptor = msvcrt.open_osfhandle(handle, os.O_RDONLY | os.O_BINARY)
        except OSError:
            kernel32.CloseHandle(handle)
            raise
        return os.fdopen(descriptor, "rb")
