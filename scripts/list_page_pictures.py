"""Pictures of the list page a phone opens from the kiosk's QR code, for the README: the
sample catalog (with its BLS wage file) published by the real publish, served on 127.0.0.1,
and shown in Debian's Chromium at a phone's size (as the browser tests run it).

    python -m scripts.list_page_pictures docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kiosk.catalog.checking import read_and_check
from kiosk.paths import SAMPLE_CATALOG_SOURCE
from kiosk.sync.keys import generate
from kiosk.sync.publish import publish
from tests.helpers.browser import PHONE, chromium
from tests.helpers.staticserver import serve

# A capstone with paid work experience and a nursing course, at C. K. McClatchy.
PICTURES = {
    "list-page-en-390x844.png": "c=AG-310,HS-310&s=CKM&l=en",
    "list-page-es-390x844.png": "c=AG-310,HS-310&s=CKM&l=es",
}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        (wages,) = (SAMPLE_CATALOG_SOURCE / "wages").glob("*.csv")
        publish(read_and_check(SAMPLE_CATALOG_SOURCE, wages), generate(), Path(folder), version=1)
        with serve(Path(folder)) as (base, _), chromium() as browser:
            for name, fragment in PICTURES.items():
                page = browser.new_page(viewport=PHONE)
                page.goto(f"{base}list.html#{fragment}")
                page.locator("#signup").wait_for()
                page.screenshot(path=str(out / name))
                page.close()
                print(out / name)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
