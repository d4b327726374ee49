"""The server under load (issue 13, item 6): the response cache never serves an answer from
before a write; past its capacity a real server sheds requests with 503 at once instead of
queueing them; the store's data version changes with every commit, on SQLite and PostgreSQL.

Every text here is invented for the test (synthetic).
"""

from __future__ import annotations

import asyncio
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from sucesos import api
from sucesos.models import Article
from sucesos.store import Store, queries, schema
from sucesos.store.version import DataVersion
from sucesos.web.cache import ResponseCache, cache_key
from sucesos.web.guards import Admission
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

TOKEN = "synthetic-load-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PG_URL = os.environ.get("SUCESOS_TEST_PG_URL")


def article(n: int) -> Article:
    data = synthetic_article(n)
    return Article(**{**data, "published": date.fromisoformat(data["published"])})


def synthetic_article(n: int) -> dict[str, Any]:
    return {
        "id": f"synthetic-load-{n}",
        "url": f"https://example.org/carga/{n}",
        "title": f"Asesinan a dos hombres en Culiacán (sintético {n})",
        "text": "[Texto sintético] Hombres armados asesinaron a dos personas en Culiacán, "
        f"Sinaloa, la noche del jueves {n}, informó la Fiscalía del estado.",
        "published": "2026-11-20",
        "source": f"Diario Sintético {n}",
        "language": "es",
    }


# --- the response cache ----------------------------------------------------------------------


def test_a_repeated_question_is_answered_from_the_cache(demo_db: Path) -> None:
    settings = Settings(db=str(demo_db))
    with BackgroundServer(settings) as server, httpx.Client(base_url=server.url) as client:
        first = client.get("/api/stats", params={"groups": "state", "state": "Sinaloa"})
        # The same parameters in another order are the same question.
        again = client.get("/api/stats", params={"state": "Sinaloa", "groups": "state"})
    assert (first.status_code, again.status_code) == (200, 200)
    assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
    assert again.json() == first.json()
    assert again.headers["x-content-type-options"] == "nosniff"  # still behind the guard


def test_a_write_through_the_api_invalidates_the_cached_answers(demo_db: Path) -> None:
    settings = Settings(db=str(demo_db), token=TOKEN)
    params = {"state": "Sinaloa", "limit": "500"}
    with BackgroundServer(settings) as server, httpx.Client(base_url=server.url) as client:
        client.get("/api/stats", params={"state": "Sinaloa"})
        before = client.get("/api/stats", params={"state": "Sinaloa"})
        listed = client.get("/api/events", params=params)
        listed = client.get("/api/events", params=params)
        assert before.headers["x-cache"] == listed.headers["x-cache"] == "hit"
        posted = client.post("/api/articles", json=synthetic_article(1), headers=AUTH)
        assert posted.status_code == 200, posted.text
        after = client.get("/api/stats", params={"state": "Sinaloa"})
        relisted = client.get("/api/events", params=params)
    assert after.headers["x-cache"] == relisted.headers["x-cache"] == "miss"
    assert after.json()["events"] > before.json()["events"]
    assert relisted.json()["count"] > listed.json()["count"]


def test_a_write_by_another_process_invalidates_the_cached_answers(demo_db: Path) -> None:
    # The server keeps answers; an ingest elsewhere (here: another connection to the file,
    # as `sucesos ingest` or `watch` would) must make it compute them again.
    settings = Settings(db=str(demo_db))
    with BackgroundServer(settings) as server, httpx.Client(base_url=server.url) as client:
        client.get("/api/stats")
        before = client.get("/api/stats")
        assert before.headers["x-cache"] == "hit"
        with Store(demo_db) as other:
            api.ingest_articles([article(2), article(3)], store=other)
        after = client.get("/api/stats")
    assert after.headers["x-cache"] == "miss"
    assert after.json()["events"] > before.json()["events"]


def test_the_cache_can_be_turned_off(demo_db: Path) -> None:
    settings = Settings(db=str(demo_db), cache_bytes=0)
    with BackgroundServer(settings) as server, httpx.Client(base_url=server.url) as client:
        answers = [client.get("/api/stats") for _ in range(2)]
    assert [r.status_code for r in answers] == [200, 200]
    assert all("x-cache" not in r.headers for r in answers)


def test_the_cache_key_ignores_order_but_not_repeated_values() -> None:
    assert cache_key("/api/events", b"a=1&b=2", "v") == cache_key("/api/events", b"b=2&a=1", "v")
    # FastAPI takes the last of repeated values: their order is part of the question.
    assert cache_key("/api/events", b"a=1&a=2", "v") != cache_key("/api/events", b"a=2&a=1", "v")
    assert cache_key("/api/events", b"a=1", "v") != cache_key("/api/events", b"a=1", "w")
    assert cache_key("/api/events", b"a=1", "v") != cache_key("/api/stats", b"a=1", "v")


# --- the data version --------------------------------------------------------------------------


def _version_changes_with_a_commit(db: str) -> None:
    with Store(db) as store:
        version = DataVersion(store.engine)
        try:
            assert version.supported
            first = version.current()
            assert version.current() == first  # reading changes nothing
            with store.engine.connect() as conn:
                queries.date_range(conn)
            assert version.current() == first
            api.ingest_articles([article(4)], store=store)
            assert version.current() != first
        finally:
            version.close()


def test_the_data_version_changes_with_a_commit_on_sqlite(tmp_path: Path) -> None:
    _version_changes_with_a_commit(str(tmp_path / "version.db"))


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL: set SUCESOS_TEST_PG_URL")
def test_the_data_version_changes_with_a_commit_on_postgres() -> None:
    from test_postgres import fresh_database

    with fresh_database() as url:
        _version_changes_with_a_commit(url)


def test_sqlite_in_memory_gives_no_version_and_is_never_cached() -> None:
    with Store("sqlite://") as store:  # in memory: one connection shared by everyone
        assert DataVersion(store.engine).current() is None


# --- load shedding ---------------------------------------------------------------------------


def test_a_saturated_server_sheds_with_503(demo_db: Path) -> None:
    # One request at work at a time and no line: of many concurrent uncached questions, the
    # ones arriving while another is at work are refused with a Retry-After, the rest
    # answered. (How long a request may wait in line is tested on `Admission` itself,
    # below, with an app that holds its place until released.)
    async def burst(url: str) -> list[tuple[int, str | None]]:
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:

            async def one(n: int) -> tuple[int, str | None]:
                r = await client.get("/api/events", params={"limit": 500, "offset": n})
                return r.status_code, r.headers.get("retry-after")

            return await asyncio.gather(*(one(n) for n in range(60)))

    settings = Settings(db=str(demo_db), max_concurrency=1, max_wait_ms=0, cache_bytes=0)
    with BackgroundServer(settings) as server:
        answers = asyncio.run(burst(server.url))
    statuses = [status for status, _ in answers]
    assert statuses.count(503) > 0 and statuses.count(200) > 0
    assert set(statuses) == {200, 503}
    assert all(retry == "1" for status, retry in answers if status == 503)


async def _call(app: Any, path: str = "/api/stats") -> int:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app({"type": "http", "method": "GET", "path": path, "headers": []}, receive, send)
    return int(sent[0]["status"])


def _slow_app(release: asyncio.Event) -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    return app


def test_requests_that_cannot_wait_for_a_place_are_shed_with_503() -> None:
    async def scenario() -> list[int]:
        release = asyncio.Event()
        admission = Admission(_slow_app(release), Settings(max_concurrency=2, max_wait_ms=50))
        first = [asyncio.create_task(_call(admission)) for _ in range(2)]
        await asyncio.sleep(0.05)
        shed = await asyncio.wait_for(asyncio.gather(*(_call(admission) for _ in range(3))), 2)
        release.set()
        return [*shed, *await asyncio.gather(*first), await _call(admission)]

    assert asyncio.run(scenario()) == [503, 503, 503, 200, 200, 200]


def test_static_files_are_served_while_the_line_is_full() -> None:
    async def scenario() -> list[int]:
        release = asyncio.Event()
        settings = Settings(max_concurrency=1, max_wait_ms=20)
        admission = Admission(_slow_app(release), settings, static="/assets")
        busy = asyncio.create_task(_call(admission))
        await asyncio.sleep(0.05)
        shed = await _call(admission, "/api/events")
        static = asyncio.create_task(_call(admission, "/assets/dashboard.js"))
        await asyncio.sleep(0.1)  # far past the longest wait in line
        release.set()
        return [shed, await static, await busy]

    assert asyncio.run(scenario()) == [503, 200, 200]


def test_a_request_waits_in_line_for_a_place_that_frees_in_time() -> None:
    async def scenario() -> tuple[int, int, int]:
        release = asyncio.Event()
        admission = Admission(_slow_app(release), Settings(max_concurrency=1, max_wait_ms=2000))
        first = asyncio.create_task(_call(admission))
        await asyncio.sleep(0.05)
        second = asyncio.create_task(_call(admission))
        await asyncio.sleep(0.05)
        release.set()
        return await first, await second, admission.running

    assert asyncio.run(scenario()) == (200, 200, 0)


# --- cheaper queries -------------------------------------------------------------------------


@pytest.mark.parametrize("sort", queries.SORTS)
def test_pages_of_events_follow_the_sort_whatever_the_key(demo_db: Path, sort: str) -> None:
    # Pages are read in two steps (ids from an index, then the rows): the same events in the
    # same order as sorting every matching event, missing values last, ties by id.
    name, descending = sort.lstrip("-"), sort.startswith("-")
    with Store(demo_db) as store, store.engine.connect() as conn:
        where = [schema.events.c.n_sources > 0]
        everything = queries.page_events(conn, where, sort=sort, limit=10_000)
        present = sorted(
            (e for e in everything if e[name] is not None),
            key=lambda e: e["id"],
        )
        present.sort(key=lambda e: e[name], reverse=descending)
        missing = sorted((e for e in everything if e[name] is None), key=lambda e: e["id"])
        assert len(everything) > 20
        assert [e["id"] for e in everything] == [e["id"] for e in present + missing]
        pages = [queries.page_events(conn, where, sort=sort, limit=7, offset=o) for o in (0, 7, 14)]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything[:21]]


def test_a_request_waits_for_the_same_answer_only_as_long_as_for_a_place() -> None:
    # The first request computes; an identical one waits for it, but past max_wait_ms it
    # is served like any other (here: the app is asked again) instead of queueing behind.
    calls: list[str] = []
    release = asyncio.Event()

    async def slow_app(scope: Any, receive: Any, send: Any) -> None:
        calls.append(scope["path"])
        if len(calls) == 1:
            await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    class Version:
        supported = True
        engine = type("E", (), {"dialect": type("D", (), {"name": "sqlite"})()})()

        def current(self) -> str:
            return "1"

    app = type("App", (), {"state": type("S", (), {"data_version": Version()})()})()
    cache = ResponseCache(slow_app, Settings(max_wait_ms=100))

    async def call() -> float:
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": "/api/stats", "app": app}
        t0 = time.monotonic()
        await cache({**scope, "query_string": b"", "headers": []}, receive, send)
        return time.monotonic() - t0

    async def scenario() -> float:
        first = asyncio.create_task(call())
        await asyncio.sleep(0.02)
        waited = await asyncio.wait_for(call(), 5)
        release.set()
        await first
        return waited

    waited = asyncio.run(scenario())
    # It waited out max_wait_ms (100 ms), then the app was asked again rather than the
    # request queueing behind the first (which is never released until it returns).
    assert waited > 0.09 and calls == ["/api/stats", "/api/stats"]
