"""An ingest killed with SIGKILL resumes on the next run without losing or duplicating data.

Runs the real `sucesos ingest` in a subprocess on 3,000 synthetic articles, kills it once some
batches are committed, runs it again, and compares the result with an uninterrupted ingest of
the same file.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

N_ARTICLES = 3000
PLACES = [
    ("Culiacán", "Sinaloa"),
    ("Uruapan", "Michoacán"),
    ("Celaya", "Guanajuato"),
    ("Zapopan", "Jalisco"),
    ("Reynosa", "Tamaulipas"),
]
CLI = "from sucesos.cli import main; main()"


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for n in range(N_ARTICLES):
            town, state = PLACES[n % len(PLACES)]
            day = 1 + n % 28
            item = {
                "id": f"synthetic-resume-{n:05d}",
                "url": f"https://example.org/sintetico/{n}",
                "title": f"Asesinan a {2 + n % 4} hombres en {town}, {state} (nota sintética {n})",
                "text": f"[Texto sintético {n}] Hombres armados asesinaron a {2 + n % 4} "
                f"personas la noche del {day} de marzo de 2024 en {town}, {state}, "
                "informó la fiscalía estatal.",
                "published": f"2024-03-{day:02d}",
                "source": f"Medio Sintético {n % 7}",
                "language": "es",
            }
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def _ingest(db: Path, corpus: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("SUCESOS_DB", None)
    return subprocess.Popen(
        [sys.executable, "-c", CLI, "--db", str(db), "ingest", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:  # tables not created yet
        return 0


def _ids(db: Path, table: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute(f"SELECT id FROM {table} ORDER BY id")]


def test_ingest_killed_midway_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "big.jsonl")
    db = tmp_path / "killed.db"

    proc = _ingest(db, corpus)
    try:
        while _count(db, "articles") == 0:
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.01)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    committed = _count(db, "articles")
    assert 0 < committed < N_ARTICLES

    rerun = _ingest(db, corpus)
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert f"{N_ARTICLES} articles read: {N_ARTICLES - committed} new, {committed} already" in out

    articles = _ids(db, "articles")
    assert len(articles) == len(set(articles)) == N_ARTICLES
    assert articles == [f"synthetic-resume-{n:05d}" for n in range(N_ARTICLES)]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

    # The interrupted store holds exactly what an uninterrupted ingest stores.
    clean = tmp_path / "clean.db"
    once = _ingest(clean, corpus)
    _, err = once.communicate(timeout=600)
    assert once.returncode == 0, err
    for table in ("records", "events"):
        assert _ids(db, table) == _ids(clean, table), table
    for table in ("reports", "claims", "event_versions"):
        assert _count(db, table) == _count(clean, table), table
