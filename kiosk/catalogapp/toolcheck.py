"""The self-test's second half: the window's tools work in this program (a frozen bundle
leaves out modules nothing seemed to need, so prove the ones they import are there). The
New workbook template is written and read back; the workbook is published with a throwaway
key and its manifest verifies with that key's public half, as a kiosk's sync would."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from kiosk.admin.publishing import publish_workbook
from kiosk.catalog.template import write_template
from kiosk.catalog.workbook import read_workbook
from kiosk.sync.keys import parse_public, write_keypair
from kiosk.sync.manifest import MANIFEST_NAME, verify

logger = logging.getLogger(__name__)


def template_works(scratch: Path) -> str:
    """ "" when a new workbook can be written and read back, else why not."""
    try:
        path = scratch / "new-workbook.xlsx"
        write_template(path)
        read_workbook(path)
    except Exception as exc:  # any failure is the finding, reported in the JSON
        logger.exception("self-test: writing the template failed")
        return f"{type(exc).__name__}: {exc}"
    return ""


def publishing_works(workbook: Path, scratch: Path) -> str:
    """ "" when `workbook` publishes and its manifest and catalog verify, else why not."""
    try:
        private, public = write_keypair(scratch / "keys")
        folder = scratch / "published"
        attempt = publish_workbook(workbook, folder, private)
        if attempt.manifest is None:
            return "not published: " + (
                attempt.failed or attempt.unreadable or attempt.key_problem or "it has errors"
            )
        manifest = verify((folder / MANIFEST_NAME).read_bytes(), [parse_public(public.read_text())])
        digest = hashlib.sha256((folder / manifest.file).read_bytes()).hexdigest()
        return "" if digest == manifest.sha256 else "the published catalog does not match"
    except Exception as exc:
        logger.exception("self-test: publishing failed")
        return f"{type(exc).__name__}: {exc}"
