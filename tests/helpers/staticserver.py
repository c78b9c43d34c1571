"""A real HTTP server on 127.0.0.1 serving a published folder as a web server would (query
strings ignored, Content-Type sent), keeping every request line it saw, for the list page's
browser tests."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.helpers.httpserver import serving

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
}


@dataclass
class Log:
    lines: list[str] = field(default_factory=list)  # every request line, as received
    down: bool = False  # answer every request with 503, as a server that went away


class _Handler(BaseHTTPRequestHandler):
    folder: Path
    log: Log

    def log_message(self, *args: object) -> None:  # the Log keeps what matters
        pass

    def parse_request(self) -> bool:
        parsed = super().parse_request()
        self.log.lines.append(self.requestline)  # every method, even those refused
        return parsed

    def do_GET(self) -> None:
        if self.log.down:
            self.send_error(503)
            return
        name = unquote(urlsplit(self.path).path).lstrip("/")
        path = (self.folder / name).resolve()
        if not path.is_file() or not path.is_relative_to(self.folder):
            self.send_error(404)
            return
        body = path.read_bytes()
        kind = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
        self.send_response(200)
        self.send_header("Content-Type", kind or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(folder: Path) -> Iterator[tuple[str, Log]]:
    """Serve `folder` at the yielded base URL (ending in "/") until the block ends."""
    log = Log()
    handler = type("Handler", (_Handler,), {"folder": folder.resolve(), "log": log})
    with serving(handler) as base:
        yield base, log
