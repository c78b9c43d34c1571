"""The .ts sources hold every interface string of the code, translated in every language
(scripts/translations.py check, which CI runs too)."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import translations


def test_every_interface_string_is_translated_in_every_language() -> None:
    assert translations.check() == []


def test_the_check_names_what_is_missing_unfinished_or_left_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    shutil.copytree(translations.FOLDER, folder, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(translations, "FOLDER", folder)
    tree = ET.parse(folder / "kiosk_es.ts")
    context = tree.getroot().find("context")
    assert context is not None
    name = context.findtext("name")
    first, second, third = context.findall("message")[:3]
    context.remove(first)
    second.find("translation").set("type", "unfinished")  # type: ignore[union-attr]
    third.find("translation").text = ""  # type: ignore[union-attr]
    left_over = ET.SubElement(context, "message")
    ET.SubElement(left_over, "source").text = "A string the code no longer has"
    ET.SubElement(left_over, "translation").text = "Una cadena"
    tree.write(folder / "kiosk_es.ts", encoding="utf-8", xml_declaration=True)
    ours = [p for p in translations.check() if p.startswith(f"kiosk_es.ts: {name}: ")]
    assert ours == [
        f"kiosk_es.ts: {name}: {first.findtext('source')!r} is not in the file",
        f"kiosk_es.ts: {name}: {second.findtext('source')!r} is marked unfinished",
        f"kiosk_es.ts: {name}: {third.findtext('source')!r} has an empty translation",
        f"kiosk_es.ts: {name}: 'A string the code no longer has' is no longer in the code",
    ]


def test_the_check_names_a_translation_call_lupdate_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = tmp_path / "kiosk" / "ui" / "bad.py"
    code.parent.mkdir(parents=True)
    code.write_text(
        "class Bad:\n"
        "    def show(self, name):\n"
        '        self.tr("Fine")\n'
        "        self.tr(name)\n"
        '        QCoreApplication.translate("Bad", f"Hello {name}")\n'
    )
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    assert [p for p in translations.check() if p.startswith("kiosk/ui/bad.py")] == [
        "kiosk/ui/bad.py:4: tr() needs the text itself, a literal",
        "kiosk/ui/bad.py:5: translate() needs the text itself, a literal",
    ]
