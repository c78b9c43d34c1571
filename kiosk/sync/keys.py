"""Catalog signing keys (Ed25519): staff sign with the private key, kiosks trust public keys.

A public key is one line to paste into the kiosk configuration: `ed25519:<base64>`. Its key
id (the first 8 bytes of its SHA-256, in hex) names it in manifests, so a kiosk can trust two
keys at once while a key is being rotated.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

# PyNaCl is imported where keys are used, so reading a public key costs a launch nothing.

PRIVATE_NAME = "catalog-signing.key"
PUBLIC_NAME = "catalog-signing.pub"
_KIND = "cte-kiosk catalog signing key (Ed25519); keep this file secret"


class SigningKeyError(Exception):
    """A key file or key text is unreadable or malformed."""


@dataclass(frozen=True)
class PublicKey:
    raw: bytes

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:16]

    @property
    def text(self) -> str:
        return "ed25519:" + base64.b64encode(self.raw).decode("ascii")

    def verify(self, data: bytes, signature: bytes) -> bool:
        from nacl.exceptions import BadSignatureError
        from nacl.signing import VerifyKey

        try:
            VerifyKey(self.raw).verify(data, signature)
        except (BadSignatureError, ValueError):
            return False
        return True


@dataclass(frozen=True)
class PrivateKey:
    seed: bytes

    @property
    def public(self) -> PublicKey:
        from nacl.signing import SigningKey

        return PublicKey(bytes(SigningKey(self.seed).verify_key))

    def sign(self, data: bytes) -> bytes:
        from nacl.signing import SigningKey

        return SigningKey(self.seed).sign(data).signature


def parse_public(text: str) -> PublicKey:
    kind, _, body = text.strip().partition(":")
    try:
        raw = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if kind != "ed25519" or len(raw) != 32:
        raise SigningKeyError(
            f"{text.strip()[:60]!r} is not a public key (expected one line "
            "ed25519:<base64> as written by kiosk-admin keygen)"
        )
    return PublicKey(raw)


def generate() -> PrivateKey:
    from nacl.signing import SigningKey

    return PrivateKey(bytes(SigningKey.generate()))


def write_keypair(folder: Path) -> tuple[Path, Path]:
    """Write a new key pair into `folder`; never overwrites an existing key."""
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise SigningKeyError(f"{path} exists; move it away first (keys are never overwritten)")
    key = generate()
    body = (
        json.dumps(
            {
                "kind": _KIND,
                "ed25519_seed": base64.b64encode(key.seed).decode(),
                "public": key.public.text,
            },
            indent=2,
        )
        + "\n"
    )
    # Created readable by its owner only (on Windows the folder's permissions apply).
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(body)
    public_path.write_text(key.public.text + "\n", encoding="utf-8")
    return private_path, public_path


def read_private(path: Path) -> PrivateKey:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        seed = base64.b64decode(data["ed25519_seed"], validate=True)
    except OSError as exc:
        raise SigningKeyError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise SigningKeyError(f"{path}: not a signing key written by kiosk-admin keygen") from exc
    if len(seed) != 32:
        raise SigningKeyError(f"{path}: not a signing key written by kiosk-admin keygen")
    return PrivateKey(seed)
