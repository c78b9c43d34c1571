"""A real HTTP server on 127.0.0.1 serving a publish folder, with switchable faults."""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Faults:
    status: int = 0  # answer every request with this status
    stall_seconds: float = 0.0  # wait this long before answering
    truncate_at: int = 0  # send only this many bytes of a catalog, then hang up
    extra_bytes: int = 0  # send this many bytes more than the file holds
    chunk_delay: float = 0.0  # send a catalog slowly: 8 KiB, then this many seconds, ...
    requests: list[str] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    folder: Path
    faults: Faults

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self.faults.requests.append(f"{self.path} {self.headers.get('If-None-Match', '')}")
        if self.faults.stall_seconds:
            time.sleep(self.faults.stall_seconds)
        if self.faults.status:
            self.send_error(self.faults.status)
            return
        path = self.folder / self.path.lstrip("/")
        if not path.is_file():
            self.send_error(404)
            return
        data = path.read_bytes()
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        body = data + b"x" * self.faults.extra_bytes if path.suffix == ".catalog" else data
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(path.stat().st_mtime, usegmt=True))
        self.end_headers()
        if self.faults.truncate_at and path.suffix == ".catalog":
            self.wfile.write(body[: self.faults.truncate_at])
            self.wfile.flush()
            self.close_connection = True
            return
        if self.faults.chunk_delay and path.suffix == ".catalog":
            for start in range(0, len(body), 8192):
                self.wfile.write(body[start : start + 8192])
                self.wfile.flush()
                time.sleep(self.faults.chunk_delay)
            return
        self.wfile.write(body)


@contextmanager
def serve(folder: Path) -> Iterator[tuple[str, Faults]]:
    faults = Faults()
    handler = type("Handler", (_Handler,), {"folder": folder, "faults": faults})
    with serving(handler) as base:
        yield base, faults


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """`handler` answering on a free port of 127.0.0.1, in threads, until the block ends;
    yields the base URL (ending in "/")."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
