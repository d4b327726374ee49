"""The response cache shared by the workers of one server (`sucesos serve --workers N`,
`sucesos.web.shared_cache`): a question is computed once per server, and no worker serves an
answer from before a write by another process.

Every text here is invented for the test (synthetic).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sucesos.web.answers import Answer
from sucesos.web.server import free_port
from sucesos.web.shared_cache import SharedAnswers, SharedCacheError

SUCESOS = str(Path(sys.executable).parent / "sucesos")
STORE = "sqlite:////synthetic/store.db"


def answer(body: bytes) -> Answer:
    return Answer(200, [(b"content-type", b"application/json")], body)


# --- two workers' views of one folder ----------------------------------------------------------


def test_an_answer_kept_by_one_worker_is_served_to_another(tmp_path: Path) -> None:
    first, second = (SharedAnswers(tmp_path, STORE, 1 << 20) for _ in range(2))
    generation = first.generation("token-of-first")
    assert second.generation("token-of-second") != generation  # each worker moves it on once
    generation = first.generation("token-of-first")  # ... and then agrees with the others
    assert generation == second.generation("token-of-second")
    first.put((generation, "/api/stats", "state=MX-SIN"), answer(b'{"events": 3}'))
    kept = second.get((generation, "/api/stats", "state=MX-SIN"))
    assert kept == answer(b'{"events": 3}')


def test_a_new_token_in_any_worker_retires_every_kept_answer(tmp_path: Path) -> None:
    first, second = (SharedAnswers(tmp_path, STORE, 1 << 20) for _ in range(2))
    first.generation("a")
    old = second.generation("b")
    second.put((old, "/api/stats"), answer(b"old"))
    new = first.generation("a after a commit")
    assert new != old
    assert second.generation("b") == new  # the other worker reads the new generation
    assert second.get((new, "/api/stats")) is None
    assert len(second) == 0  # answers of past generations are deleted


def test_an_answer_computed_under_a_past_generation_is_not_kept(tmp_path: Path) -> None:
    first, second = (SharedAnswers(tmp_path, STORE, 1 << 20) for _ in range(2))
    old = first.generation("a")
    second.generation("b")  # another worker saw a commit while `first` was computing
    first.put((old, "/api/stats"), answer(b"computed before the commit"))
    assert len(first) == 0


def test_the_first_stored_answers_go_first_past_the_capacity(tmp_path: Path) -> None:
    cache = SharedAnswers(tmp_path, STORE, 800)  # one answer may use 100 bytes
    generation = cache.generation("t")
    for n in range(12):
        cache.put((generation, str(n)), answer(bytes(90)))
    kept = [n for n in range(12) if cache.get((generation, str(n))) is not None]
    assert kept == list(range(12 - 800 // 90, 12))
    cache.put((generation, "too large"), answer(bytes(101)))
    assert cache.get((generation, "too large")) is None


def test_a_worker_does_without_the_cache_while_another_holds_its_file(tmp_path: Path) -> None:
    cache = SharedAnswers(tmp_path, STORE, 1 << 20)
    old = cache.generation("a")
    assert old is not None
    cache.put((old, "/api/stats"), answer(b"before a commit"))
    writer = sqlite3.connect(tmp_path / "answers.sqlite", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another worker in the middle of a write
    try:
        # A new token cannot move the generation on: this request must not use the cache.
        assert cache.generation("b after a commit") is None
        cache.put((old, "/api/events"), answer(b"not kept"))  # no error, nothing kept
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    new = cache.generation("b after a commit")  # the next request moves it on
    assert new is not None and new != old
    assert cache.get((new, "/api/stats")) is None
    assert cache.get((old, "/api/events")) is None


def test_a_cache_folder_of_another_store_is_refused(tmp_path: Path) -> None:
    SharedAnswers(tmp_path, STORE, 1 << 20).close()
    with pytest.raises(SharedCacheError, match=r"\[E031\]"):
        SharedAnswers(tmp_path, "sqlite:////synthetic/other.db", 1 << 20)


# --- a real server with two workers, and a real second writer ----------------------------------


@pytest.fixture
def two_workers(demo_db: Path, tmp_path: Path) -> Iterator[str]:
    """`sucesos serve --workers 2` on `demo_db`, once both workers have started (each moves
    the shared cache's generation on once as it starts: waited for in the cache's file)."""
    port = free_port()
    folder = tmp_path / "server-tmp"
    folder.mkdir()
    proc = subprocess.Popen(
        [SUCESOS, "--db", str(demo_db), "serve", "--port", str(port), "--workers", "2"],
        env={**os.environ, "TMPDIR": str(folder)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 150  # spawned workers start slowly on a busy machine
        while _generation(folder) < 2:
            assert proc.poll() is None and time.monotonic() < deadline, "workers did not start"
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    assert not list(folder.glob("sucesos-answers-*"))  # the server removed its cache


def _generation(folder: Path) -> int:
    for path in folder.glob("sucesos-answers-*/answers.sqlite"):
        try:
            with sqlite3.connect(path, timeout=5) as db:
                row = db.execute("SELECT generation FROM meta").fetchone()
        except sqlite3.OperationalError:  # being created
            return 0
        return int(row[0]) if row else 0
    return 0


def _ask(url: str, times: int) -> list[httpx.Response]:
    """The same question `times` times, each on a new connection (so the kernel hands them
    to either worker)."""
    answers = []
    for _ in range(times):
        with httpx.Client(base_url=url, timeout=60) as client:
            r = client.get("/api/stats", params={"groups": "state", "state": "Sinaloa"})
        assert r.status_code == 200, r.text
        answers.append(r)
    return answers


def test_the_workers_of_one_server_compute_a_question_once(two_workers: str) -> None:
    answers = _ask(two_workers, 24)
    assert [r.headers["x-cache"] for r in answers] == ["miss"] + ["hit"] * 23
    assert len({r.content for r in answers}) == 1


def test_no_worker_serves_an_answer_from_before_a_write_by_another_process(
    two_workers: str, demo_db: Path, tmp_path: Path
) -> None:
    before = _ask(two_workers, 8)
    assert before[-1].headers["x-cache"] == "hit"
    news = tmp_path / "news.jsonl"
    records = [
        {
            "id": f"synthetic-shared-{n}",
            "title": f"Asesinan a tres hombres en Culiacán (sintético {n})",
            "text": "[Texto sintético] Hombres armados asesinaron a tres personas en "
            f"Culiacán, Sinaloa, la tarde del martes {n}, informó la Fiscalía del estado.",
            "published": "2026-11-21",
            "source": f"Diario Sintético Compartido {n}",
            "language": "es",
        }
        for n in range(3)
    ]
    news.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    ingest = subprocess.run(
        [SUCESOS, "ingest", str(news), "--workers", "1"],
        env={**os.environ, "SUCESOS_DB": str(demo_db)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ingest.returncode == 0, ingest.stderr
    after = _ask(two_workers, 12)
    assert {r.json()["events"] for r in after} == {after[0].json()["events"]}
    assert after[0].json()["events"] > before[0].json()["events"]
    assert after[0].headers["x-cache"] == "miss"
