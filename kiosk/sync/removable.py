"""Finding published catalog folders on removable drives, so staff can import one from a
USB stick at the kiosk without a file dialog."""

from __future__ import annotations

import string
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kiosk.files import read_shared
from kiosk.sync.manifest import MANIFEST_NAME, MAX_MANIFEST_BYTES, ManifestError, read_unverified

# Where Linux desktops and udisks mount removable media (/media/USER/LABEL, /run/media/...).
LINUX_MOUNT_PARENTS = (Path("/media"), Path("/run/media"), Path("/mnt"))
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class PublishedFolder:
    folder: Path
    version: int  # as the manifest claims; the signature is checked on import


def removable_roots() -> list[Path]:
    if sys.platform == "win32":
        return _windows_removable_drives()
    roots: list[Path] = []
    for parent in LINUX_MOUNT_PARENTS:
        roots += _children(parent, depth=2 if parent.name != "mnt" else 1)
    return roots


def find_published(roots: Iterable[Path], depth: int = 2) -> list[PublishedFolder]:
    """Folders holding a manifest.json, at a root or up to `depth` folders below it."""
    found: list[PublishedFolder] = []
    for root in roots:
        for folder in [root, *_children(root, depth)]:
            manifest = _manifest_version(folder / MANIFEST_NAME)
            if manifest is not None:
                found.append(PublishedFolder(folder, manifest))
    return sorted(found, key=lambda f: (-f.version, str(f.folder)))


def _manifest_version(path: Path) -> int | None:
    try:
        if not path.is_file() or path.stat().st_size > MAX_MANIFEST_BYTES:
            return None
        return read_unverified(read_shared(path)).catalog_version
    except (OSError, ManifestError):
        return None


def _children(folder: Path, depth: int) -> list[Path]:
    """Sub-folders down to `depth` levels, skipping hidden ones and anything unreadable."""
    if depth <= 0:
        return []
    try:
        entries = sorted(e for e in folder.iterdir() if e.is_dir() and not e.name.startswith("."))
    except OSError:
        return []
    result: list[Path] = []
    for entry in entries:
        result.append(entry)
        result += _children(entry, depth - 1)
    return result


def _windows_removable_drives() -> list[Path]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return [
        Path(root) for root in removable_drives(kernel32.GetLogicalDrives(), kernel32.GetDriveTypeW)
    ]


def removable_drives(mask: int, drive_type: Callable[[str], int]) -> list[str]:
    """Drive roots ("E:\\") present in the GetLogicalDrives bit mask whose type is removable."""
    roots = [f"{letter}:\\" for i, letter in enumerate(string.ascii_uppercase) if mask >> i & 1]
    return [root for root in roots if drive_type(root) == _DRIVE_REMOVABLE]
