"""The list page a student's phone opens from the kiosk's QR code, written by publish beside
the catalog: list.html with its CSS and script, and the catalog's student-facing content as
static JSON. Any server that carries the catalog serves it; nothing runs on a server.

The list itself travels only in the address's fragment, which browsers never send. A
district's catalog (a few hundred courses) is one data file, so every phone asks the server
for the same files whatever its list. Only a catalog too large for a phone to fetch whole is
cut into shards by a hash of the course codes: a phone then fetches the shards its list
needs, and the server's log names shard numbers, never a course. Names carry the catalog
version, so a cached page never mixes two catalogs' files.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.catalog.languages import FALLBACK, LOCALES, NATIVE_NAMES, WEB_LANG
from kiosk.catalog.pagedata import PageData, read_page_data
from kiosk.catalog.repository import Repository, numbered
from kiosk.files import write_atomically
from kiosk.paths import LIST_PAGE as PAGE_NAME
from kiosk.paths import LIST_PAGE_FILES
from kiosk.sync.pagewords import page_words

KIND = "cte-kiosk-list-page"
# Marks list.html as ours: publish never overwrites somebody else's page of that name.
GENERATOR = '<meta name="generator" content="CTE Career Kiosk">'
ASSETS = ("list.css", "list.js")
# Course data up to ONE_FILE_BYTES is one file (a few seconds on a slow phone connection,
# less once a server compresses it); beyond that, shards of about SHARD_BYTES.
ONE_FILE_BYTES = 2_000_000
SHARD_BYTES = 256_000
_OURS = re.compile(r"list-v(\d+)(?:-\d+)?\.json")


class PageError(Exception):
    """The page could not be written; the message says why."""


@dataclass(frozen=True)
class PageFiles:
    names: tuple[str, ...]
    size: int  # bytes written, all files together
    shards: int


def shard_of(code: str, shards: int) -> int:
    """Which shard holds `code`: FNV-1a (32 bit) of its UTF-8 bytes; list.js does the same."""
    value = 0x811C9DC5
    for byte in code.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value % shards


def write_list_page(catalog: Path, folder: Path, version: int) -> PageFiles:
    """Write the page for the catalog file `catalog` (version `version`) into `folder`."""
    page = folder / PAGE_NAME
    if page.exists() and GENERATOR not in page.read_text("utf-8", errors="replace"):
        raise PageError(f"{PAGE_NAME} in {folder} exists and is not our list page; move it away")
    data = read_page_data(catalog)
    files: dict[str, bytes] = {}
    shards = _shards(data.courses)
    for number, courses in enumerate(shards):
        body = ",".join(f"{json.dumps(code, ensure_ascii=False)}:{text}" for code, text in courses)
        head = f'{{"kind":"{KIND}","version":{version},"courses":{{'
        files[f"list-v{version}-{number}.json"] = f"{head}{body}}}}}\n".encode()
    files[f"list-v{version}.json"] = _json(_index(data, version, len(shards)))
    for name in ASSETS:
        files[name] = (LIST_PAGE_FILES / name).read_bytes()
    template = (LIST_PAGE_FILES / PAGE_NAME).read_text("utf-8")
    files[PAGE_NAME] = template.replace("{{VERSION}}", str(version)).encode()
    # The page goes last: it never names data that is not there yet.
    for name, content in files.items():
        write_atomically(folder / name, content)
    return PageFiles(tuple(files), sum(len(c) for c in files.values()), len(shards))


def page_address(catalog: Path) -> str:
    """Where phones open the page of the published `catalog`: its settings' qr_base_url
    with list.html after it, or "" when the catalog names no address (the QR code then holds
    the list as text)."""
    with Repository(catalog) as published:
        base = published.info().qr_base_url
    return f"{base.rstrip('/')}/{PAGE_NAME}" if base else ""


def page_files(folder: Path, version: int) -> list[Path]:
    """The files of the page for catalog `version` in `folder` (those that are there)."""
    named = [folder / PAGE_NAME, *(folder / name for name in ASSETS)]
    data = [p for p in folder.glob(f"list-v{version}*.json") if _is_version(p, version)]
    return [p for p in named if p.exists()] + sorted(data)


def _is_version(path: Path, version: int) -> bool:
    match = _OURS.fullmatch(path.name)
    return match is not None and int(match[1]) == version


def remove_older_pages(folder: Path, keep: set[int]) -> None:
    """Remove the page data of versions not in `keep` (a phone may still be reading the
    previous one). Only files that are ours go."""
    for path in folder.glob("list-v*.json"):
        match = _OURS.fullmatch(path.name)
        if match and int(match[1]) not in keep and _is_ours(path):
            with contextlib.suppress(OSError):
                path.unlink()


def _is_ours(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(64).startswith(f'{{"kind":"{KIND}"'.encode())
    except OSError:
        return False


def _shards(courses: dict[str, str]) -> list[list[tuple[str, str]]]:
    size = sum(len(text) for text in courses.values())  # characters: near enough to bytes
    count = 1 if size <= ONE_FILE_BYTES else -(-size // SHARD_BYTES)
    shards: list[list[tuple[str, str]]] = [[] for _ in range(count)]
    for code, text in courses.items():
        shards[shard_of(code, count)].append((code, text))
    return shards


def _index(data: PageData, version: int, shards: int) -> dict[str, Any]:
    languages = list(data.languages)
    words = page_words()
    settings = data.settings
    return {
        "kind": KIND,
        "version": version,
        "created": data.meta.get("created", ""),
        "district": data.meta.get("district", ""),
        "languages": languages,
        "names": {lang: NATIVE_NAMES[lang] for lang in languages},
        "html_lang": {lang: WEB_LANG.get(lang, lang) for lang in languages},
        "locale": {lang: LOCALES[lang] for lang in languages},
        "shards": shards,
        "title": settings.get("catalog_title", {}),
        # Each language's citations as the kiosk's About screen lists them (field by field
        # in English where a translation is missing).
        "credits": {
            lang: numbered(
                {
                    key: texts.get(lang) or texts.get(FALLBACK, "")
                    for key, texts in settings.items()
                },
                "credit_",
            )
            for lang in languages
        },
        "wage_release": data.meta.get("wage_release", ""),
        "words": {lang: words.get(lang, words[FALLBACK]) for lang in languages},
        "schools": data.schools,
        "careers": data.careers,
    }


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
