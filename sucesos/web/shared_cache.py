"""Answers kept once for all the worker processes of one server (`sucesos serve --workers N`).

With a cache per process, each worker computes every new question once for itself; on a
2-core machine serving a dashboard that is most of its work. `SharedAnswers` keeps the
answers in a small SQLite file that the workers of one server share (a folder made by
`sucesos.web.server.serve_workers` for this server alone, removed when it stops), so a
question is computed once per server and data version.

**Never stale, with tokens that differ per process.** A worker's data token
(`sucesos.store.version.DataVersion`: SQLite's ``PRAGMA data_version``, PostgreSQL's
snapshot) changes after every commit to the store, by any process, but its value is the
worker's own and cannot key a shared answer. The shared file therefore holds a **generation**
number, and a worker that sees its token change (a commit it has not seen yet) adds one to
the generation before it reads it. Answers are kept under the generation read *before*
they were computed. A request that starts after a commit reads its own worker's token after
that commit, so its worker has moved the generation on after the commit (now or in an
earlier request) and the request reads that generation or a later one; an answer kept under
such a generation was itself computed after it was read, so after the commit. Answers from
before the commit are under older generations, which nobody asks for again (they are
deleted when the generation moves on). Every worker moves the generation on for the same
commit, so a commit costs each question up to one computation per worker: conservative,
never stale.

Bounded by `capacity` bytes of bodies (one answer at most an eighth of it); past it, the
answers stored first go first. Writes (a new answer, a new generation) take SQLite's write
lock for a moment; reads never wait (WAL).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from pathlib import Path

from sucesos.web.answers import Answer

log = logging.getLogger(__name__)

FILE_NAME = "answers.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    id INTEGER PRIMARY KEY CHECK (id = 0),
    store TEXT NOT NULL,         -- the database the answers are about
    generation INTEGER NOT NULL, -- see the module docstring
    total INTEGER NOT NULL       -- bytes of bodies kept
);
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    generation INTEGER NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body BLOB NOT NULL
);
"""


class SharedCacheError(RuntimeError):
    """The shared cache's folder belongs to another store (coded [E031])."""


class SharedAnswers:
    """The answers of one server's workers, in `folder` (see the module docstring).

    `store` names the database served (its URL): a folder that holds another store's
    answers is refused with [E031] rather than serving them.
    """

    def __init__(self, folder: str | Path, store: str, capacity: int) -> None:
        self.capacity = capacity
        self.path = Path(folder) / FILE_NAME
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE below).
        self._db = sqlite3.connect(
            self.path, timeout=30, isolation_level=None, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._seen: str | None = None  # the last data token this worker saw
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=OFF")  # a cache: nothing to keep on a crash
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(
                    "INSERT OR IGNORE INTO meta (id, store, generation, total) VALUES (0, ?, 0, 0)",
                    (store,),
                )
                (kept,) = self._db.execute("SELECT store FROM meta").fetchone()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        if kept != store:
            self._db.close()
            raise SharedCacheError(
                f"[E031] the shared response cache at {folder} holds answers about "
                f"another store ({kept}), not {store}"
            )

    def generation(self, token: str) -> str:
        """The generation to key answers by, for a request whose worker read data `token`
        (read before the answer is computed): moved on first when the token is new."""
        with self._lock:
            if token != self._seen:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.execute("UPDATE meta SET generation = generation + 1")
                    (current,) = self._db.execute("SELECT generation FROM meta").fetchone()
                    self._db.execute("DELETE FROM answers WHERE generation < ?", (current,))
                    self._db.execute(
                        "UPDATE meta SET total = (SELECT total(length(body)) FROM answers)"
                    )
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._seen = token
            else:
                (current,) = self._db.execute("SELECT generation FROM meta").fetchone()
        return str(current)

    def get(self, key: tuple[str, ...]) -> Answer | None:
        """The answer kept for `key` (whose first item is the generation), if any."""
        with self._lock:
            row = self._db.execute(
                "SELECT status, headers, body FROM answers WHERE key = ?", (_text(key),)
            ).fetchone()
        if row is None:
            return None
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in json.loads(row[1])]
        return Answer(row[0], headers, bytes(row[2]))

    def put(self, key: tuple[str, ...], answer: Answer) -> None:
        """Keep `answer` under `key`, unless it is too large or its generation is past
        (another worker saw a newer commit meanwhile); the oldest answers go past capacity.
        A cache that cannot be written to is reported ([W002]) and the answer still sent."""
        size = len(answer.body)
        if size > self.capacity // 8:
            return
        generation = int(key[0])
        headers = json.dumps(
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in answer.headers]
        )
        with self._lock:
            try:
                self._put(_text(key), generation, answer.status, headers, answer.body)
            except sqlite3.Error as error:
                log.warning("[W002] the shared response cache at %s: %s", self.path, error)

    def _put(self, key: str, generation: int, status: int, headers: str, body: bytes) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            current, total = db.execute("SELECT generation, total FROM meta").fetchone()
            if generation < current:
                db.execute("COMMIT")
                return
            old = db.execute("SELECT length(body) FROM answers WHERE key = ?", (key,)).fetchone()
            # REPLACE gives the row a new rowid: the order of rowids is the order of storing.
            db.execute(
                "INSERT OR REPLACE INTO answers (key, generation, status, headers, body) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, generation, status, headers, body),
            )
            total += len(body) - (old[0] if old else 0)
            while total > self.capacity:
                rowid, dropped = db.execute(
                    "SELECT rowid, length(body) FROM answers ORDER BY rowid LIMIT 1"
                ).fetchone()
                db.execute("DELETE FROM answers WHERE rowid = ?", (rowid,))
                total -= dropped
            db.execute("UPDATE meta SET total = ?", (total,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def __len__(self) -> int:
        with self._lock:
            (n,) = self._db.execute("SELECT count(*) FROM answers").fetchone()
        return int(n)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _text(key: tuple[str, ...]) -> str:
    # JSON: parameters may hold any character, so joining them with a separator could make
    # two questions one key.
    return json.dumps(key, ensure_ascii=False)
