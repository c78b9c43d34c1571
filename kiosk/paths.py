"""Where things live: packaged resources, and (later) data, config and log folders."""

from __future__ import annotations

import sys
from pathlib import Path


def _resources() -> Path:
    # Frozen builds unpack data next to the executable (sys._MEIPASS); a source tree or an
    # editable install keeps resources/ beside the package.
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources()
SAMPLE_CATALOG_SOURCE = RESOURCES / "sample-catalog"
