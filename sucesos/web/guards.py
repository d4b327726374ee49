"""The server's outer guard: one ASGI middleware that runs before any route reads anything.

In order, for every HTTP request:

1. **Load shedding**: at most `Settings.max_concurrency` requests are served at once per
   process; one more is answered ``503 Service Unavailable`` with ``Retry-After`` at once,
   instead of waiting in a queue that only grows (an overloaded server then still answers
   the requests it accepted in time, and clients know to come back).
2. **Authentication before the body**: a write (any method but GET, HEAD, OPTIONS), and in
   private mode every request but the static assets, must carry the token; a request
   without it is refused ``401`` before a byte of its body is read.
3. **Body cap**: a declared ``Content-Length`` over `Settings.max_body_bytes` is refused
   ``413`` before reading; a chunked body is counted as it arrives and cut off with ``413``
   when it passes the cap, so a client cannot make the server buffer gigabytes.
4. **Security headers** on every response (pages, API, static files, errors):
   `SECURITY_HEADERS`, a Content-Security-Policy that lets pages load only the app's own
   scripts and styles (no inline script, no other origin), no MIME sniffing, no framing,
   no referrer to other sites.
"""

from __future__ import annotations

import hmac
import json
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
# Open in private mode too: the bundled CSS/JS/images hold no data.
_PUBLIC_PREFIXES = ("/static/",)


class BodyTooLarge(HTTPException):
    """Raised inside the app when a streamed request body passes the cap: an HTTPException,
    so the route that was reading the body answers 413 (FastAPI turns other errors met while
    reading a body into 400)."""

    def __init__(self, cap: int) -> None:
        super().__init__(413, f"request body over {cap} bytes")


class Guard:
    """The middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.active = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        if self.active >= self.settings.max_concurrency:
            await _answer(send, 503, "server busy, try again shortly", [(b"retry-after", b"1")])
            return
        self.active += 1
        try:
            await self._guarded(scope, receive, send)
        finally:
            self.active -= 1

    async def _guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method", "GET")
        path = scope.get("path", "")
        needs_token = method not in _READS or (
            self.settings.private and not path.startswith(_PUBLIC_PREFIXES)
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
