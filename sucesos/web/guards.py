"""The server's guards: ASGI middlewares that run before any route reads anything.

`Guard`, the outer one, for every HTTP request, in order:

1. **Authentication before the body**: a write (any method but GET, HEAD, OPTIONS), and in
   private mode every request but the static assets, must carry the token; a request
   without it is refused ``401`` before a byte of its body is read.
2. **Body cap**: a declared ``Content-Length`` over `Settings.max_body_bytes` is refused
   ``413`` before reading; a chunked body is counted as it arrives and cut off with ``413``
   when it passes the cap, so a client cannot make the server buffer gigabytes.
3. **Security headers** on every response (pages, API, static files, errors):
   `SECURITY_HEADERS`, a Content-Security-Policy that lets pages load only the app's own
   scripts and styles (no inline script, no other origin), no MIME sniffing, no framing,
   no referrer to other sites.

`Admission`, the inner one (behind the response cache, so answers kept there are served at
once whatever the load), is **load shedding** for the requests that do work: at most
`Settings.max_concurrency` run at once per process; the next ones wait in line, first come
first served, but never longer than `Settings.max_wait_ms`: a request that would (the line's
length times the recent time per request says so) or did wait longer is answered
``503 Service Unavailable`` with ``Retry-After``. An overloaded server thus answers what it
accepted in time and refuses the rest at once, instead of letting a queue grow for tens of
seconds; few requests running at once also leave the event loop (which reads requests,
serves cached answers and writes the 503s) its share of the interpreter. Static files (the
dashboard's scripts, styles and state outlines) are never shed: they cost next to nothing and
a page is useless without them; the dashboard asks a shed API request again after its
``Retry-After``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from sucesos.web.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
)
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


def _under(mount: str | None) -> tuple[str, ...]:
    """The path prefix of the app's static mount (`static`, e.g. "/static"), none without."""
    return (mount.rstrip("/") + "/",) if mount else ()


class BodyTooLarge(HTTPException):
    """Raised inside the app when a streamed request body passes the cap: an HTTPException,
    so the route that was reading the body answers 413 (FastAPI turns other errors met while
    reading a body into 400)."""

    def __init__(self, cap: int) -> None:
        super().__init__(413, f"request body over {cap} bytes")


class Guard:
    """The outer middleware described in the module docstring. `static` is where the app
    mounts its bundled files (CSS, JS, images: no data), open in private mode too."""

    def __init__(self, app: ASGIApp, settings: Settings, static: str | None = None) -> None:
        self.app = app
        self.settings = settings
        self.public = _under(static)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self._guarded(scope, receive, _with_headers(send))

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method", "GET")
        path = scope.get("path", "")
        needs_token = method not in _READS or (
            self.settings.private and not path.startswith(self.public)
        )
        if needs_token:
            problem = self._token_problem(scope)
            if problem:
                await _answer(send, 401, problem, [(b"www-authenticate", b"Bearer")])
                return
        cap = self.settings.max_body_bytes
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _answer(send, 400, "malformed Content-Length")
                return
            if int(declared) > cap:
                await _answer(send, 413, f"request body over {cap} bytes")
                return
        started = False

        async def counting_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        received = 0

        async def capped_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    raise BodyTooLarge(cap)
            return message

        try:
            await self.app(scope, capped_receive, counting_send)
        except BodyTooLarge:
            if not started:
                await _answer(send, 413, f"request body over {cap} bytes")

    def _token_problem(self, scope: Scope) -> str | None:
        token = self.settings.token
        if token is None:
            if scope.get("method") not in _READS:
                return "this server accepts no writes: start it with SUCESOS_TOKEN set"
            return "this server is private and has no token configured"
        given = _header(scope, b"authorization")
        if given is None:
            return "missing token (Authorization: Bearer ...)"
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            value.strip().encode("utf-8", "replace"), token.encode("utf-8")
        ):
            return "wrong token"
        return None


class Admission:
    """The load-shedding middleware described in the module docstring; `static` is where
    the app mounts its bundled files, which are never shed."""

    # Weight of the newest request in the running mean of time per request.
    SMOOTHING = 0.1

    def __init__(self, app: ASGIApp, settings: Settings, static: str | None = None) -> None:
        self.app = app
        self.static = _under(static)
        self.limit = settings.max_concurrency
        self.max_wait = settings.max_wait_ms / 1000
        self.running = 0
        self.line: deque[asyncio.Future[None]] = deque()
        self.seconds_per_request = 0.0  # running mean of the admitted requests' durations

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Static files (the dashboard's scripts, styles and state outlines) cost next to
        # nothing and the pages need them: never shed, never counted.
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(self.static):
            await self.app(scope, receive, send)
            return
        if not await self._admit():
            await _answer(send, 503, "server busy, try again shortly", [(b"retry-after", b"1")])
            return
        started = time.monotonic()
        try:
            await self.app(scope, receive, send)
        finally:
            took = time.monotonic() - started
            self.seconds_per_request += self.SMOOTHING * (took - self.seconds_per_request)
            self._release()

    async def _admit(self) -> bool:
        """Whether the request may run: at once, or after a short wait in line."""
        if self.running < self.limit and not self.line:
            self.running += 1
            return True
        # Requests ahead of this one, each taking the recent mean, `limit` at a time.
        expected = (len(self.line) + 1) * self.seconds_per_request / self.limit
        if expected > self.max_wait:
            return False
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.line.append(turn)
        try:
            await asyncio.wait((turn,), timeout=self.max_wait)
        except asyncio.CancelledError:  # the client left
            if turn.done():
                self._release()  # its place had come: pass it on
            else:
                self.line.remove(turn)
            raise
        if not turn.done():  # waited too long: out of the line
            self.line.remove(turn)
            turn.cancel()
            return False
        return True

    def _release(self) -> None:
        """Hand the finished request's place to the first in line, if any."""
        while self.line:
            turn = self.line.popleft()
            if not turn.done():
                turn.set_result(None)  # `running` is unchanged: the place passes on
                return
        self.running -= 1


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or [])
            present = {bytes(k).lower() for k, _ in headers}
            headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
            message["headers"] = headers
        await send(message)

    return wrapped


async def _answer(
    send: Send, status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
