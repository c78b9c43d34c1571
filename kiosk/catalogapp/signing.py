"""The staff computer's catalog signing key, kept in one folder of the user's data: find it,
or make it the first time."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.sync.keys import PRIVATE_NAME, read_private, write_keypair


@dataclass(frozen=True)
class KeyInfo:
    private: Path  # the secret file to back up
    public_line: str  # what IT pastes into [sync] trusted_keys
    key_id: str  # names the key in every manifest it signs


class SigningKeys:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def private_path(self) -> Path:
        return self.folder / PRIVATE_NAME

    def find(self) -> KeyInfo | None:
        """The key, None if there is none yet; SigningKeyError if its file is unreadable."""
        if not self.private_path.exists():
            return None
        public = read_private(self.private_path).public
        return KeyInfo(self.private_path, public.text, public.key_id)

    def create(self) -> KeyInfo:
        """A new key pair (the private file readable by its owner only); SigningKeyError if
        one is there already, OSError if the folder cannot be written."""
        # Only its owner may look into the folder either (Windows ignores the mode; there the
        # user's own data folder is private already).
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_keypair(self.folder)
        found = self.find()
        assert found is not None  # just written
        return found
