"""A response cache for the dashboard's read endpoints, never stale after a write.

Dashboards ask the same few questions over and over (the default view, the quick periods,
the busiest states); on a large store each costs milliseconds to hundreds of milliseconds of
CPU. `ResponseCache` is an ASGI middleware (inside `sucesos.web.guards.Guard`, so the token
is checked before anything is served) that keeps the complete 200 answers of
``GET /api/events`` and ``GET /api/stats``:

- keyed by the path and the query string's parameters (sorted by name; repeated names keep
  their order, since the last one wins) **and the store's data version**
  (`sucesos.store.version.DataVersion`), read *before* the answer is computed: any commit to
  the store, by this process or another (an ingest, `watch`, a `POST /api/articles`, a
  `batch load`), changes the version, and no answer computed before it is served again;
- kept in this process (`sucesos.web.answers.LocalAnswers`), or, for the workers of
  ``serve --workers N``, once for all of them (`sucesos.web.shared_cache.SharedAnswers`,
  keyed by a generation that every worker moves on when its own token changes), so a
  question is computed once per server, not once per worker;
- bounded: past `Settings.cache_bytes` the least recently used answers go first (in a
  shared cache, the first stored); one answer may use at most an eighth of it;
  ``SUCESOS_CACHE_MB=0`` turns the cache off;
- one computation per question at a time: requests for an answer being computed wait for
  it (at most `Settings.max_wait_ms`, then they are served like any other) instead of
  computing it again (a popular view after a write costs one query, not one per waiting
  user);
- answers carry ``X-Cache: hit`` or ``miss``.

Stores that give no version (SQLite in memory) are never cached.
"""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qsl

import anyio.to_thread

from sucesos.store.version import DataVersion
from sucesos.web.answers import Answer, Answers, LocalAnswers
from sucesos.web.guards import ASGIApp, Message, Receive, Scope, Send
from sucesos.web.settings import Settings
from sucesos.web.shared_cache import SharedAnswers

CACHED_PATHS = frozenset({"/api/events", "/api/stats"})


def cache_key(path: str, query_string: bytes, version: str) -> tuple[str, ...]:
    """The key of a request: its path, its parameters sorted by name (a stable sort, so
    repeated names keep their order and the same one still wins), and the data version."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    pairs.sort(key=lambda kv: kv[0])
    return (version, path, *(f"{k}={v}" for k, v in pairs))


class ResponseCache:
    """The middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.answers: Answers
        if settings.shared_cache and settings.cache_bytes > 0:
            # The workers of `serve --workers N`: one cache for all (sucesos.web.shared_cache).
            store = settings.db or ""
            self.answers = SharedAnswers(settings.shared_cache, store, settings.cache_bytes)
        else:
            self.answers = LocalAnswers(settings.cache_bytes)
        self.enabled = settings.cache_bytes > 0
        self.max_wait = settings.max_wait_ms / 1000
        self._inflight: dict[tuple[str, ...], asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, self._joining(scope, send))
            return
        if (
            not self.enabled
            or scope["type"] != "http"
            or scope.get("method") != "GET"
            or scope.get("path") not in CACHED_PATHS
        ):
            await self.app(scope, receive, send)
            return
        token = await _version(scope)
        if token is None:
            await self.app(scope, receive, send)
            return
        generation = self.answers.generation(token)
        key = cache_key(scope["path"], scope.get("query_string", b""), generation)
        while True:
            answer = self.answers.get(key)
            if answer is not None:
                await _replay(send, answer, b"hit")
                return
            pending = self._inflight.get(key)
            if pending is None:
                break
            # The same question is being answered: wait for it, but no longer than a request
            # may wait for a place (`Settings.max_wait_ms`); then ask like any other request
            # (the admission line decides), so no queue grows here either.
            try:
                async with asyncio.timeout(self.max_wait):
                    await pending.wait()
            except TimeoutError:
                await self.app(scope, receive, send)
                return
        done = self._inflight[key] = asyncio.Event()
        try:
            await self._compute(scope, receive, send, key)
        finally:
            del self._inflight[key]
            done.set()

    def _joining(self, scope: Scope, send: Send) -> Send:
        """`send` for the app's start-up: once the app is up (its data version open), this
        worker's first token is read, so that a worker of a shared cache moves the
        generation on as it starts, not at its first request (which would then discard the
        answers the other workers already keep)."""

        async def joining_send(message: Message) -> None:
            if message["type"] == "lifespan.startup.complete" and self.enabled:
                token = await _version(scope)
                if token is not None:
                    self.answers.generation(token)
            await send(message)

        return joining_send

    async def _compute(
        self, scope: Scope, receive: Receive, send: Send, key: tuple[str, ...]
    ) -> None:
        start: Message | None = None
        chunks: list[bytes] = []

        async def keeping_send(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                headers = list(message.get("headers") or [])
                message = {**message, "headers": [*headers, (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                last = not message.get("more_body", False)
                if last and start is not None and start["status"] == 200:
                    headers = [(bytes(k), bytes(v)) for k, v in start.get("headers") or []]
                    self.answers.put(key, Answer(200, headers, b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, keeping_send)


async def _version(scope: Scope) -> str | None:
    """The data version of the app's store, or None when it has none (never cached)."""
    state = getattr(scope.get("app"), "state", None)
    data_version: DataVersion | None = getattr(state, "data_version", None)
    if data_version is None or not data_version.supported:
        return None
    if data_version.engine.dialect.name == "sqlite":
        return data_version.current()  # microseconds: no need to leave the event loop
    return await anyio.to_thread.run_sync(data_version.current)


async def _replay(send: Send, answer: Answer, how: bytes) -> None:
    headers = [*answer.headers, (b"x-cache", how)]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})
