"""Published folders on removable drives are found for the admin panel's USB import."""

from __future__ import annotations

from pathlib import Path

from kiosk.catalog.validate import validate
from kiosk.catalog.workbook import read_workbook
from kiosk.sync.keys import generate
from kiosk.sync.publish import publish
from kiosk.sync.removable import PublishedFolder, find_published, removable_drives
from tests.helpers.catalogs import tiny, write_csv_folder


def test_published_folders_are_found_at_the_root_and_below(tmp_path: Path) -> None:
    workbook = validate(read_workbook(write_csv_folder(tmp_path / "book", tiny())))
    key = generate()
    stick, other = tmp_path / "USBSTICK", tmp_path / "CAMERA"
    publish(workbook, key, stick, version=3)
    publish(workbook, key, stick / "district" / "catalog", version=9)
    (other / "DCIM").mkdir(parents=True)
    (other / "manifest.json").write_text("{ not a manifest")  # ignored, not an error
    (stick / ".hidden").mkdir()
    found = find_published([stick, other, tmp_path / "unplugged"])
    assert found == [
        PublishedFolder(stick / "district" / "catalog", 9),
        PublishedFolder(stick, 3),
    ]


def test_nothing_plugged_in_finds_nothing(tmp_path: Path) -> None:
    assert find_published([]) == []
    assert find_published([tmp_path]) == []


def test_windows_drives_are_picked_from_the_mask_by_type() -> None:
    # C: fixed, D: CD-ROM, E: and G: removable; F: is not in the mask at all.
    types = {"C:\\": 3, "D:\\": 5, "E:\\": 2, "F:\\": 2, "G:\\": 2}
    mask = sum(1 << (ord(letter) - ord("A")) for letter in "CDEG")
    assert removable_drives(mask, types.__getitem__) == ["E:\\", "G:\\"]
