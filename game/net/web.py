"""The web client's files, served over plain HTTP on the classroom server's own port by
the `websockets` server's request hook: a request that asks to upgrade to a WebSocket
goes on to the game (on any path: the window's client connects at "/"), a GET or HEAD of
one of the client's files gets it, anything else a short refusal.

The files are read once, when the server starts, into a table from URL to bytes: no
request ever touches the file system, so no path can reach outside the client's folder."""

from __future__ import annotations

import email.utils
import hashlib
import http
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from game.support.bundled import ASSETS

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"

# A fixed table, not the system's (Windows' registry may call a script text/plain, which
# a browser with nosniff then refuses to run).
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
}
# The pages run only the client's own scripts and styles, and talk only to this host:
# no inline script (a name someone typed can never run), no other origin, no framing.
POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)
# The pages by the address a person types or a QR code holds: one page, which asks for
# a seat's code at /, the observers' code at /watch (the projector) and the host's
# password at /teach (the instructor's controls).
PAGES = {"/": "index.html", "/watch": "index.html", "/teach": "index.html"}
# Fonts change only with the game: a browser keeps them a day. Everything else is asked
# again each time (a 304 when unchanged), so a class never runs yesterday's script.
KEPT = ("font/",)


@dataclass(frozen=True)
class File:
    body: bytes
    type: str
    tag: str  # the ETag: a digest of the body
    download: str = ""  # a file to save (its name), not a page to show

    @classmethod
    def of(cls, body: bytes, kind: str, download: str = "") -> File:
        return cls(body, kind, '"' + hashlib.sha256(body).hexdigest()[:20] + '"', download)

    @property
    def kept(self) -> str:
        return "public, max-age=86400" if self.type.startswith(KEPT) else "no-cache"


def files(static: Path = STATIC, assets: Path = ASSETS) -> dict[str, File]:
    """The client's files by URL: every file of the static folder with a known type, the
    pages also by their short address, and the game's emblem as the page's icon."""
    found: dict[str, Path] = {}
    for path in sorted(static.rglob("*")):
        if path.is_file() and path.suffix in TYPES:
            found["/" + path.relative_to(static).as_posix()] = path
    for url, name in PAGES.items():
        if f"/{name}" in found:
            found[url] = found[f"/{name}"]
    emblem = assets / "icons" / "emblem.svg"
    if emblem.is_file():
        found["/emblem.svg"] = emblem
    return {url: File.of(path.read_bytes(), TYPES[path.suffix]) for url, path in found.items()}


def _response(status: http.HTTPStatus, body: bytes, kind: str, *extra: tuple[str, str]) -> Response:
    headers = Headers(
        [
            ("Date", email.utils.formatdate(usegmt=True)),
            # The server answers one request per connection (it closes after any answer
            # that is not a WebSocket's): the browser is told so.
            ("Connection", "close"),
            ("Content-Type", kind),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            *extra,
        ]
    )
    if status != http.HTTPStatus.NOT_MODIFIED:
        headers["Content-Length"] = str(len(body))
    return Response(status.value, status.phrase, headers, body)


def _refusal(status: http.HTTPStatus, why: str, *extra: tuple[str, str]) -> Response:
    return _response(status, why.encode() + b"\n", TYPES[".txt"], *extra)


def same_origin(request: Request) -> bool:
    """Whether a browser's WebSocket comes from a page this host served. A page of
    another site must not join a seat with the code a student typed there; the window's
    client and scripts send no Origin, and pass."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc.lower() == request.headers.get("Host", "").lower()


class WebFiles:
    """The request hook: `serve(..., process_request=WebFiles())`."""

    def __init__(self, table: dict[str, File] | None = None) -> None:
        self.table = files() if table is None else table

    def offer(self, url: str, file: File) -> None:
        """A file made while the server runs (the debrief's report, once the game is
        over), served from now on."""
        self.table = {**self.table, url: file}

    def __call__(self, connection: ServerConnection, request: Request) -> Response | None:
        if request.headers.get("Upgrade", "").lower() == "websocket":
            if not same_origin(request):
                return _refusal(http.HTTPStatus.FORBIDDEN, "this page may not join the game")
            return None  # the WebSocket handshake goes on
        method = request.method
        if method not in ("GET", "HEAD"):
            return _refusal(
                http.HTTPStatus.METHOD_NOT_ALLOWED, "only GET and HEAD", ("Allow", "GET, HEAD")
            )
        file = self.table.get(urlsplit(request.path).path)
        if file is None:
            return _refusal(http.HTTPStatus.NOT_FOUND, "no such page; open / for the game")
        extra = [("ETag", file.tag), ("Cache-Control", file.kept)]
        if file.download:  # saved, and opened later from the disk: not run as our page
            extra.append(("Content-Disposition", f'attachment; filename="{file.download}"'))
            extra.append(("Content-Security-Policy", "sandbox"))
        elif file.type.startswith("text/html"):
            extra.append(("Content-Security-Policy", POLICY))
        if file.tag in request.headers.get("If-None-Match", ""):
            return _response(http.HTTPStatus.NOT_MODIFIED, b"", file.type, *extra)
        response = _response(http.HTTPStatus.OK, file.body, file.type, *extra)
        if method == "HEAD":  # the length a GET would have, without the body
            response.body = b""
        return response
