"""Interface translations: `update` refreshes the .ts sources from the code (pyside6-lupdate),
`build` compiles them to the .qm files the kiosk loads (pyside6-lrelease), `check` fails when
a string of the code is missing from a .ts source or not translated there.

    python scripts/translations.py update   # after changing interface strings
    python scripts/translations.py build    # part of setup and of the frozen build
    python scripts/translations.py check    # part of CI and of the unit tests

English is the source language, so kiosk_en.ts holds only plural forms ("1 class",
"2 classes"); update fills them from the source text.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
# Folders and files whose strings are translated: the kiosk's and the Catalog window's
# screens, and the words of the list page publish writes (Qt-free, so marked for lupdate).
SOURCES = ["kiosk/ui", "kiosk/services", "kiosk/catalogapp", "kiosk/sync/pagewords.py"]
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


def code_files() -> list[str]:
    paths: list[Path] = []
    for name in SOURCES:
        source = ROOT / name
        paths += source.rglob("*.py") if source.is_dir() else [source] if source.exists() else []
    return sorted(str(p.relative_to(ROOT)) for p in paths)


def update() -> None:
    files = code_files()
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
    write_page_words()


class Key(NamedTuple):
    """A message as Qt looks it up: the class (context), the English text, the comment."""

    context: str
    source: str
    comment: str


def _messages(ts: Path) -> dict[Key, ET.Element]:
    """Each message of a .ts file with its <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            key = Key(
                context.findtext("name") or "",
                message.findtext("source") or "",
                message.findtext("comment") or "",
            )
            found[key] = message
    return found


def write_page_words() -> None:
    """The list page's words in every language (kiosk.sync.pagewords), for publishing
    without Qt. An untranslated word is English: the check fails long before."""
    from kiosk.sync.pagewords import WORDS, WORDS_FILE

    english = _messages(FOLDER / "kiosk_en.ts")
    words: dict[str, dict[str, str | list[str]]] = {}
    for lang in LANGUAGES:
        own = _messages(FOLDER / f"kiosk_{lang}.ts")
        words[lang] = {}
        for name, word in WORDS.items():
            key = Key(word.context, word.source, word.comment)
            message = own.get(key)
            if message is None or _unfinished(message):
                message = english.get(key)
            forms = (
                [f.text or "" for f in message.iter("numerusform")] if message is not None else []
            )
            if word.plural:
                words[lang][name] = forms or [word.source]
            elif message is not None and lang != "en":
                words[lang][name] = message.findtext("translation") or word.source
            else:
                words[lang][name] = word.source
    text = json.dumps(words, ensure_ascii=False, sort_keys=True)
    (FOLDER / WORDS_FILE).write_text(text + "\n", encoding="utf-8")


def _extract() -> tuple[dict[Key, ET.Element], list[str]]:
    """The messages of the code, found by lupdate itself (it decides the contexts), and what
    lupdate warned about (a tr() it cannot place is a string no translator will see)."""
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "code.ts"
        command = [tool("pyside6-lupdate"), "-silent", *code_files(), "-ts", str(ts)]
        done = subprocess.run(
            [*command, "-locations", "none"], cwd=ROOT, capture_output=True, text=True
        )
        warnings = (done.stdout + done.stderr).strip().splitlines()
        if done.returncode != 0 or not ts.exists():
            sys.exit(f"translations: pyside6-lupdate failed: {' '.join(warnings)}")
        return _messages(ts), [f"pyside6-lupdate: {line}" for line in warnings]


# The translation calls, with the position of the text lupdate reads from each.
TEXT_ARGUMENT = {"tr": 0, "QT_TR_NOOP": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}


def _unreadable_calls() -> list[str]:
    """tr() of anything but a string literal: lupdate skips it without a word, so no
    translator ever sees the text."""
    found = []
    for name in code_files():
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            called = getattr(function, "attr", None) or getattr(function, "id", None)
            if called not in TEXT_ARGUMENT:
                continue
            at = TEXT_ARGUMENT[called]
            text = node.args[at] if len(node.args) > at else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.append(f"{name}:{node.lineno}: {called}() needs the text itself, a literal")
    return found


def _unfinished(message: ET.Element) -> str:
    """Why a message has no translation the kiosk would show, or ""."""
    translation = message.find("translation")
    if translation is None:
        return "has no translation"
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return f"is marked {translation.get('type')}"
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return "" if forms and all(f.strip() for f in forms) else "has an empty plural form"
    return "" if (translation.text or "").strip() else "has an empty translation"


def check() -> list[str]:
    """Every string of the code in every language's .ts source, translated, and nothing else
    there; English (the source language) needs only its plural forms. One line a problem."""
    code, problems = _extract()
    problems += _unreadable_calls()
    for lang in LANGUAGES:
        ts = FOLDER / f"kiosk_{lang}.ts"
        if not ts.exists():
            problems.append(f"{ts.name}: missing")
            continue
        have = _messages(ts)
        for key, message in code.items():
            if lang == "en" and message.get("numerus") != "yes":
                continue
            where = f"{ts.name}: {key.context}: {key.source!r}"
            if key not in have:
                problems.append(f"{where} is not in the file")
            elif why := _unfinished(have[key]):
                problems.append(f"{where} {why}")
        # Left over from strings the code no longer has: work no translator should do.
        problems += [
            f"{ts.name}: {k.context}: {k.source!r} is no longer in the code"
            for k in have
            if k not in code
        ]
    return problems


def _run_check() -> None:
    problems = check()
    for line in problems:
        print(line)
    if problems:
        sys.exit(
            f"translations: {len(problems)} problem(s); for strings missing or left over, run "
            "`python scripts/translations.py update`, then translate what it marks unfinished"
        )
    print(f"translations: every interface string is translated in {len(LANGUAGES)} files")


if __name__ == "__main__":
    verbs = {"update": update, "build": build, "check": _run_check}
    verbs[sys.argv[1] if len(sys.argv) > 1 else "build"]()
