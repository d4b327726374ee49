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
- bounded: least recently used answers go first past `Settings.cache_bytes` (one answer may
  use at most an eighth of it); ``SUCESOS_CACHE_MB=0`` turns the cache off;
- one computation per question at a time: requests for an answer being computed wait for
  it (at most `Settings.max_wait_ms`, then they are served like any other) instead of
  computing it again (a popular view after a write costs one query, not one per waiting
  user);
- answers carry ``X-Cache: hit`` or ``miss``.

Stores that give no version (SQLite in memory) are never cached.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import parse_qsl

import anyio.to_thread

from sucesos.store.version import DataVersion
from sucesos.web.guards import ASGIApp, Message, Receive, Scope, Send
from sucesos.web.settings import Settings

CACHED_PATHS = frozenset({"/api/events", "/api/stats"})


@dataclass(frozen=True)
class Answer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class LRU:
    """Answers by key, dropping the least recently used past `capacity` bytes of bodies."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.size = 0
        self._items: OrderedDict[tuple[str, ...], Answer] = OrderedDict()

    def get(self, key: tuple[str, ...]) -> Answer | None:
        answer = self._items.get(key)
        if answer is not None:
            self._items.move_to_end(key)
        return answer

    def put(self, key: tuple[str, ...], answer: Answer) -> None:
        if len(answer.body) > self.capacity // 8:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self._items[key] = answer
        self.size += len(answer.body)
        while self.size > self.capacity:
            _, dropped = self._items.popitem(last=False)
            self.size -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._items)


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
        self.answers = LRU(settings.cache_bytes)
        self.enabled = settings.cache_bytes > 0
        self.max_wait = settings.max_wait_ms / 1000
        self._inflight: dict[tuple[str, ...], asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            not self.enabled
            or scope["type"] != "http"
            or scope.get("method") != "GET"
            or scope.get("path") not in CACHED_PATHS
        ):
            await self.app(scope, receive, send)
            return
        version = await _version(scope)
        if version is None:
            await self.app(scope, receive, send)
            return
        key = cache_key(scope["path"], scope.get("query_string", b""), version)
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
