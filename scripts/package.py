"""Build the installable kiosk folder with PyInstaller and, on Linux, the .tar.gz that IT
unpacks into /opt. One helper for people, the frozen-bundle tests and the bundle benchmark.

    python scripts/package.py [--dist DIR] [--work DIR]

prints the folder and, on Linux, the tarball. From code: `build(dist, work)` returns the
folder, `tarball(folder)` writes the archive beside it and returns its path.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not __package__:  # run as `python scripts/package.py`: use the kiosk of this checkout
    sys.path.insert(0, str(ROOT))

from kiosk import __version__  # noqa: E402

SPEC = ROOT / "build_kiosk.spec"
LINUX_FILES = ROOT / "packaging" / "linux"
FOLDER_NAME = f"cte-kiosk-{__version__}"
PROGRAMS = ("kiosk", "kiosk-admin", "kiosk-catalog")


class BuildError(RuntimeError):
    """A build step failed; the message ends with the tail of its output."""


def build(dist: Path, work: Path) -> Path:
    """Compile the interface translations, then run PyInstaller on build_kiosk.spec with
    `dist` and `work` as its output and scratch folders. Returns the onedir folder."""
    _run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], "translations")
    _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        "PyInstaller",
    )
    folder = dist / FOLDER_NAME
    suffix = ".exe" if sys.platform == "win32" else ""
    missing = [p for p in PROGRAMS if not (folder / f"{p}{suffix}").is_file()]
    if missing:
        raise BuildError(f"PyInstaller finished, but {folder} lacks {', '.join(missing)}")
    return folder


def tarball(folder: Path) -> Path:
    """Write `<folder name>-linux-<machine>.tar.gz` beside `folder`: the folder itself, with
    the systemd unit, the cage launcher, the Catalog window's desktop entry and IT's install
    notes added as its linux/ folder.

    File modes are kept (the programs stay executable); owners become root, as the archive is
    unpacked into /opt by root. The archive appears under its name only once complete."""
    path = folder.parent / f"{folder.name}-linux-{platform.machine()}.tar.gz"
    partial = path.with_name(path.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=folder.name, filter=_owned_by_root)
        for item in sorted(LINUX_FILES.iterdir()):
            if item.is_file() and not item.name.startswith("."):
                archive.add(item, arcname=f"{folder.name}/linux/{item.name}", filter=_linux_file)
    partial.replace(path)
    return path


def _owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def _linux_file(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # Set explicitly rather than trusting the checkout: a copy made on Windows, or a fresh
    # clone with core.fileMode off, would lose the launcher's executable bit.
    info.mode = 0o755 if info.name.endswith(".sh") else 0o644
    return _owned_by_root(info)


def _run(command: list[str], step: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()[-3000:]
        raise BuildError(f"{step} failed with exit code {result.returncode}:\n{output}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python scripts/package.py",
        description="Build the kiosk's onedir folder (its three programs) and, on Linux, its "
        ".tar.gz.",
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)"
    )
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's scratch folder"
    )
    args = parser.parse_args(argv)
    try:
        folder = build(args.dist.resolve(), args.work.resolve())
        print(f"folder: {folder}")
        if sys.platform.startswith("linux"):
            print(f"tarball: {tarball(folder)}")
    except (BuildError, OSError) as exc:
        print(f"package: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
