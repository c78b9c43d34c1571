"""Interface translations: `update` refreshes the .ts sources from the code (pyside6-lupdate),
`build` compiles them to the .qm files the kiosk loads (pyside6-lrelease).

    python scripts/translations.py update   # after changing interface strings
    python scripts/translations.py build    # part of setup and of the frozen build

English is the source language, so kiosk_en.ts holds only plural forms ("1 class",
"2 classes"); update fills them from the source text.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ["kiosk/ui", "kiosk/services"]
LANGUAGES = ["en", "es", "hmn", "zh", "zh-Hans", "vi"]
# Qt's names for the languages, where the file name alone does not say it.
QT_LANGUAGE = {"zh": "zh_TW", "zh-Hans": "zh_CN"}
# Languages lupdate does not know (it refuses to update their files): the sources are
# extracted for a stand-in with the same plural rule, then the translations carried over.
STAND_IN = {"hmn": "vi"}


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"translations: {name} not found (it comes with PySide6-Essentials)")
    return found


def update() -> None:
    files = sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in (ROOT / d).rglob("*.py"))
    for lang in LANGUAGES:
        if lang in STAND_IN:
            _update_through_stand_in(files, lang, STAND_IN[lang])
            continue
        ts = FOLDER / f"kiosk_{lang}.ts"
        plural_only = ["-pluralonly"] if lang == "en" else []
        target = ["-target-language", QT_LANGUAGE.get(lang, lang)]
        command = [
            tool("pyside6-lupdate"),
            *files,
            "-ts",
            str(ts),
            "-no-obsolete",
            *target,
            *plural_only,
        ]
        subprocess.run(command, cwd=ROOT, check=True)
    english_plurals(FOLDER / "kiosk_en.ts")


def _update_through_stand_in(files: list[str], lang: str, stand_in: str) -> None:
    ts = FOLDER / f"kiosk_{lang}.ts"
    done = {}
    if ts.exists():
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                key = (context.findtext("name"), message.findtext("source"))
                done[key] = message.find("translation")
    # Made beside the real file, so the source locations inside are relative to the same place.
    fresh = FOLDER / f"kiosk_{lang}.stand-in.ts"
    try:
        command = [tool("pyside6-lupdate"), *files, "-ts", str(fresh), "-no-obsolete"]
        subprocess.run([*command, "-target-language", stand_in], cwd=ROOT, check=True)
        tree = ET.parse(fresh)
    finally:
        fresh.unlink(missing_ok=True)
    root = tree.getroot()
    root.set("language", lang)
    for context in root.iter("context"):
        for message in context.iter("message"):
            old = done.get((context.findtext("name"), message.findtext("source")))
            new = message.find("translation")
            if old is not None and new is not None:
                message.remove(new)
                message.append(old)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"Updated {ts.name} through {stand_in}: {len(done)} translations kept")


def english_plurals(ts: Path) -> None:
    """ "%n class(es)" -> "%n class" and "%n classes"; forms already written are kept."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        one = source.replace("(es)", "").replace("(s)", "")
        many = source.replace("(es)", "es").replace("(s)", "s")
        for text in (one, many):
            ET.SubElement(translation, "numerusform").text = text
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def build() -> None:
    for ts in sorted(FOLDER.glob("kiosk_*.ts")):
        command = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
