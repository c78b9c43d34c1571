"""The signed manifest that travels next to a published catalog file.

    {"manifest": {...fields...}, "key_id": "...", "signature": "<base64 Ed25519>"}

The signature covers the manifest fields as canonical JSON (sorted keys, no spaces), so any
edit to any field, or a signature by a key the kiosk does not trust, is refused.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from kiosk.sync.keys import PrivateKey, PublicKey

MANIFEST_NAME = "manifest.json"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_CATALOG_BYTES = 2 * 1024**3  # far above any district's catalog; refuses absurd sizes


class ManifestError(Exception):
    """The manifest cannot be trusted or used; the message is the reason."""


@dataclass(frozen=True)
class Manifest:
    catalog_version: int
    file: str
    sha256: str
    size: int
    created: str  # ISO 8601, UTC
    expires: str  # ISO 8601, UTC
    min_app_version: str
    schema_version: int

    def canonical(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()

    def expired(self, now: dt.datetime) -> bool:
        return now >= dt.datetime.fromisoformat(self.expires)


def sign(manifest: Manifest, key: PrivateKey) -> bytes:
    envelope = {
        "manifest": asdict(manifest),
        "key_id": key.public.key_id,
        "signature": base64.b64encode(key.sign(manifest.canonical())).decode(),
    }
    return (json.dumps(envelope, indent=2, sort_keys=True) + "\n").encode()


def read_unverified(data: bytes) -> Manifest:
    """The manifest fields without checking the signature (publishing reads its own)."""
    try:
        envelope = json.loads(data.decode("utf-8"))
        return _fields(envelope["manifest"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ManifestError("the manifest is not valid JSON of the expected shape") from exc


def verify(data: bytes, trusted: Iterable[PublicKey]) -> Manifest:
    """The manifest, if it is signed by one of the trusted keys; else ManifestError."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError("the manifest is larger than any real manifest")
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ManifestError("the manifest is not valid JSON") from exc
    if not isinstance(envelope, dict) or "manifest" not in envelope:
        raise ManifestError("the manifest has no manifest fields")
    if not envelope.get("signature") or not envelope.get("key_id"):
        raise ManifestError("the manifest is not signed")
    manifest = _fields(envelope["manifest"])
    keys = {key.key_id: key for key in trusted}
    key = keys.get(str(envelope["key_id"]))
    if key is None:
        raise ManifestError(
            f"the manifest is signed by key {envelope['key_id']}, which this kiosk does not trust"
        )
    try:
        signature = base64.b64decode(str(envelope["signature"]), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ManifestError("the manifest signature is not readable") from exc
    if not key.verify(manifest.canonical(), signature):
        raise ManifestError(
            "the manifest signature does not match its contents (edited or damaged)"
        )
    return manifest


def _fields(raw: object) -> Manifest:
    if not isinstance(raw, dict):
        raise ManifestError("the manifest fields are missing")
    try:
        manifest = Manifest(
            catalog_version=int(raw["catalog_version"]),
            file=str(raw["file"]),
            sha256=str(raw["sha256"]),
            size=int(raw["size"]),
            created=str(raw["created"]),
            expires=str(raw["expires"]),
            min_app_version=str(raw["min_app_version"]),
            schema_version=int(raw["schema_version"]),
        )
        dt.datetime.fromisoformat(manifest.expires)
    except (KeyError, ValueError, TypeError) as exc:
        raise ManifestError(f"the manifest field {exc} is missing or malformed") from exc
    if not 0 < manifest.size <= MAX_CATALOG_BYTES:
        raise ManifestError(f"the manifest declares a catalog of {manifest.size:,} bytes")
    if "/" in manifest.file or "\\" in manifest.file or manifest.file.startswith("."):
        raise ManifestError("the manifest names a file outside its folder")
    return manifest


def version_tuple(text: str) -> tuple[int, ...]:
    """'1.10.2' -> (1, 10, 2) for comparing app versions; non-numbers count as 0."""
    return tuple(int(part) if part.isdigit() else 0 for part in text.split("."))
