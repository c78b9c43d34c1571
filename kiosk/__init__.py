"""CTE Career Kiosk: explore tuition-free Career Technical Education courses."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("cte-career-kiosk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
