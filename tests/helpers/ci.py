"""Tests that need a system package: skipped on a developer's machine without it, failed in
CI, where .ci/setup installs it and a skip would hide that it stopped working."""

from __future__ import annotations

import os

import pytest

# GitHub Actions, GitLab CI and most others set CI=true; .ci/run sets it too.
IN_CI = os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def needs(missing: list[str], reason: str) -> pytest.MarkDecorator:
    """Skip where something in `missing` is not installed, unless this is CI: there the test
    runs and fails, saying `reason` and what is missing."""
    return pytest.mark.skipif(
        bool(missing) and not IN_CI, reason=f"{reason}: not installed: {' '.join(missing)}"
    )
