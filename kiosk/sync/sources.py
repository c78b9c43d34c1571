"""Where published catalogs come from: a web address (HTTP or HTTPS) or a folder (a file
share or a USB stick). Both hand over the manifest bytes and copy the catalog file.

HTTP uses conditional requests (ETag / If-Modified-Since), timeouts, a few retries with
backoff, the system's proxy settings and certificate store, and hard size caps.
"""

from __future__ import annotations

import hashlib
import http.client
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol
from urllib.parse import urljoin

from kiosk import __version__
from kiosk.files import open_shared, read_shared
from kiosk.sync.manifest import MANIFEST_NAME, MAX_MANIFEST_BYTES

CHUNK = 256 * 1024


class SourceError(Exception):
    """The source could not deliver; the message is the reason (kept for status)."""


class Truncated(SourceError):
    """The transfer ended early: worth another try."""


@dataclass(frozen=True)
class Validators:
    """What the last manifest response said, for a conditional request next time."""

    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class ManifestResponse:
    data: bytes | None  # None: not modified since `validators`
    validators: Validators


class Source(Protocol):
    description: str

    def manifest(self, since: Validators) -> ManifestResponse: ...

    def download(self, name: str, size: int, target: Path) -> str:
        """Copy file `name` (expected `size` bytes) to `target`; return its sha256."""
        ...


def open_source(spec: str, *, timeout: float = 20.0) -> Source:
    if spec.startswith(("http://", "https://")):
        return HttpSource(spec, timeout=timeout)
    return FolderSource(Path(spec))


def _copy(reader: Callable[[int], bytes], size: int, target: Path, what: str) -> str:
    """Stream at most `size` bytes into `target`, checking the length both ways."""
    digest = hashlib.sha256()
    written = 0
    with target.open("wb") as out:
        while True:
            block = reader(CHUNK)
            if not block:
                break
            written += len(block)
            if written > size:
                raise SourceError(f"{what} is longer than the {size:,} bytes its manifest declares")
            digest.update(block)
            out.write(block)
        out.flush()
    if written < size:
        raise Truncated(f"{what} stopped after {written:,} of {size:,} bytes")
    return digest.hexdigest()


class FolderSource:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.description = str(folder)

    def manifest(self, since: Validators) -> ManifestResponse:
        path = self.folder / MANIFEST_NAME
        try:
            stat = path.stat()
            stamp = f"{stat.st_mtime_ns}-{stat.st_size}"
            if since.etag == stamp:
                return ManifestResponse(None, since)
            if stat.st_size > MAX_MANIFEST_BYTES:
                raise SourceError("the manifest is larger than any real manifest")
            # Shared: the publisher must still be able to rename a new manifest over it.
            return ManifestResponse(read_shared(path), Validators(etag=stamp))
        except FileNotFoundError as exc:
            raise SourceError(f"no {MANIFEST_NAME} in {self.folder}") from exc
        except OSError as exc:
            raise SourceError(f"{self.folder} cannot be read ({exc.strerror or exc})") from exc

    def download(self, name: str, size: int, target: Path) -> str:
        try:
            with open_shared(self.folder / name) as handle:
                return _copy(handle.read, size, target, name)
        except OSError as exc:
            raise SourceError(
                f"{name} cannot be read from {self.folder} ({exc.strerror or exc})"
            ) from exc


class HttpSource:
    def __init__(
        self, base: str, *, timeout: float = 20.0, retries: int = 3, backoff: float = 1.0
    ) -> None:
        self.base = base if base.endswith("/") else base + "/"
        self.description = self.base
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        # The default opener follows the system's proxy settings; the default HTTPS context
        # uses the system's certificate store.
        self._opener = urllib.request.build_opener()

    def manifest(self, since: Validators) -> ManifestResponse:
        headers = {}
        if since.etag:
            headers["If-None-Match"] = since.etag
        if since.last_modified:
            headers["If-Modified-Since"] = since.last_modified

        def read(response: BinaryIO) -> bytes:
            data = response.read(MAX_MANIFEST_BYTES + 1)
            if len(data) > MAX_MANIFEST_BYTES:
                raise SourceError("the manifest is larger than any real manifest")
            return data

        result = self._request(MANIFEST_NAME, headers, read)
        if result is None:
            return ManifestResponse(None, since)
        data, response_headers = result
        return ManifestResponse(
            data,
            Validators(response_headers.get("ETag", ""), response_headers.get("Last-Modified", "")),
        )

    def download(self, name: str, size: int, target: Path) -> str:
        def read(response: BinaryIO) -> str:
            return _copy(response.read, size, target, name)

        result = self._request(name, {}, read)
        if result is None:
            raise SourceError(f"{name}: the server answered 304 to a plain request")
        return result[0]

    def _request[T](
        self, name: str, headers: dict[str, str], read: Callable[[BinaryIO], T]
    ) -> tuple[T, dict[str, str]] | None:
        """GET `name`, retrying connection problems and server errors; None on 304."""
        url = urljoin(self.base, name)
        request = urllib.request.Request(
            url, headers={"User-Agent": f"cte-kiosk/{__version__}", **headers}
        )
        last = "no attempt"
        for attempt in range(self.retries):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return read(response), dict(response.headers.items())
            except urllib.error.HTTPError as exc:
                if exc.code == 304:
                    return None
                last = f"{url} answered {exc.code} {exc.reason}"
                if exc.code < 500:
                    break  # 404 and friends will not change by asking again
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                reason = getattr(exc, "reason", exc)
                last = f"{url} could not be reached ({reason})"
            except http.client.HTTPException as exc:  # e.g. the body ended early
                last = f"{url}: the transfer broke off ({type(exc).__name__})"
            except Truncated as exc:
                last = str(exc)
            except SourceError:
                raise
            except OSError as exc:
                last = f"{url}: {exc}"
        raise SourceError(last)
