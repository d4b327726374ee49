"""Opening a brand-new SQLite file from several processes at once: every connection ends in
WAL mode and none fails with "database is locked" (issue 11: switching a new file to WAL is
the one write SQLite answers SQLITE_BUSY to at once, without waiting the busy timeout)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
import sqlalchemy as sa

from sucesos.store.engine import _sqlite_on_connect, make_engine, use_wal


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    """A connection holding a write transaction (RESERVED lock) on `path`, a new file."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE t (x INTEGER)")
    return holder


def test_switching_to_wal_waits_for_a_writer_holding_the_new_file(tmp_path: Path) -> None:
    """Another connection's write transaction on the new file makes the switch fail at once
    whatever the busy timeout; the connection tries again until the writer is done."""
    path = tmp_path / "new.db"
    holder = _hold_write_lock(path)
    opener = sqlite3.connect(path, timeout=30)
    # What SQLite does on its own: SQLITE_BUSY at once, the busy timeout notwithstanding.
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        opener.execute("PRAGMA journal_mode=WAL")
    release = threading.Timer(0.2, holder.execute, ["COMMIT"])
    release.start()
    try:
        _sqlite_on_connect(opener, None)
    finally:
        release.join()
    assert opener.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert opener.execute("SELECT count(*) FROM t").fetchone()[0] == 0  # the writer's table
    opener.close()
    holder.close()


def test_switching_to_wal_gives_up_after_its_time(tmp_path: Path) -> None:
    """A write lock held past the allowed time is an error, not a silent rollback mode."""
    path = tmp_path / "held.db"
    holder = _hold_write_lock(path)
    opener = sqlite3.connect(path, timeout=0.1)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_wal(opener.cursor(), seconds=0.05)
    opener.close()
    holder.execute("ROLLBACK")
    holder.close()


def test_a_database_already_in_wal_needs_no_write(tmp_path: Path) -> None:
    """A file another connection switched is left alone: asking the mode takes no write lock,
    so a writer holding the file does not delay the next connection."""
    path = tmp_path / "wal.db"
    first = sqlite3.connect(path)
    assert use_wal(first.cursor()) == "wal"
    first.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    opener = sqlite3.connect(path, timeout=0.1)
    assert use_wal(opener.cursor(), seconds=0.0) == "wal"
    opener.close()
    holder.execute("ROLLBACK")
    holder.close()


def test_an_in_memory_database_stays_in_memory() -> None:
    engine = make_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "memory"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def _open_at_once(url: str, barrier: Barrier) -> None:
    """One process: wait for the others, then open the database as a store would."""
    engine = make_engine(url)
    barrier.wait(timeout=60)
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    engine.dispose()
    if mode != "wal":
        raise SystemExit(f"journal mode {mode}")


@pytest.mark.parametrize("processes", [2, 4])
def test_processes_opening_a_new_file_at_once_all_succeed(tmp_path: Path, processes: int) -> None:
    """Processes released together by a barrier open one new file, round after round."""
    ctx = multiprocessing.get_context("fork")
    for round_ in range(15):
        url = f"sqlite:///{tmp_path / f'r{round_}.db'}"
        barrier = ctx.Barrier(processes)
        procs = [ctx.Process(target=_open_at_once, args=(url, barrier)) for _ in range(processes)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(timeout=120)
        assert [p.exitcode for p in procs] == [0] * processes, f"round {round_}"
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        engine.dispose()
