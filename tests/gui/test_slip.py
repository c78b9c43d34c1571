"""The counselor slip's QR code: course codes and the school, a link when the catalog names a
base address, nothing about the student."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.services.slip import qr_image, qr_payload


def test_plain_payload_names_codes_and_school() -> None:
    assert qr_payload(["HS-310", "TR-110"], "AABHP") == "CTE: HS-310, TR-110 | School: AABHP"
    assert qr_payload(["HS-310"], None) == "CTE: HS-310"


def test_link_payload_when_the_catalog_gives_a_base_url() -> None:
    assert qr_payload(["HS-310", "TR-110"], "CKM", "https://cte.example.org/list") == (
        "https://cte.example.org/list?courses=HS-310,TR-110&school=CKM"
    )
    assert qr_payload(["HS-310"], None, "https://x.example/l?src=kiosk") == (
        "https://x.example/l?src=kiosk&courses=HS-310"
    )


def test_qr_image_is_a_real_square_code(qtbot: QtBot) -> None:
    image = qr_image(qr_payload(["HS-310", "TR-110", "ICT-110"], "CKM"), 240)
    assert not image.isNull()
    assert image.width() == image.height() >= 200
    # The quiet zone is white and the finder pattern's corner is dark.
    assert image.pixelColor(2, 2).lightness() > 200
    module = image.width() // 33  # a version-2 code with a 4-module border: 25 + 8
    assert image.pixelColor(module * 4 + 1, module * 4 + 1).lightness() < 60
