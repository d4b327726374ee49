"""What a running server needs to know: the database, the write token, who may read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TOKEN_ENV = "SUCESOS_TOKEN"
TOKEN_FILE_ENV = "SUCESOS_TOKEN_FILE"
PRIVATE_ENV = "SUCESOS_PRIVATE"
MAX_BODY_ENV = "SUCESOS_MAX_BODY_BYTES"
MAX_CONCURRENCY_ENV = "SUCESOS_MAX_CONCURRENCY"
CACHE_MB_ENV = "SUCESOS_CACHE_MB"
MAX_WAIT_ENV = "SUCESOS_MAX_WAIT_MS"
# Set by `serve --workers N` for its workers alone: the folder of their shared cache.
SHARED_CACHE_ENV = "SUCESOS_SHARED_CACHE"

# A POST of the largest batch the API takes is far below this; more is refused with 413.
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
# Requests that do work at once per process (answers from the cache aside); the next ones
# wait in line, at most DEFAULT_MAX_WAIT_MS, else 503 (see sucesos.web.guards.Admission).
# Few: on SQLite a request is CPU work, and more at once only share the same cores slower
# (bench/bench_load.py at 200/s on 1M events, 2 workers, 2 cores: p95 1.1-2.8 s with 8,
# 0.7 s with 4, on a machine busy with other work; 2 shed more).
DEFAULT_MAX_CONCURRENCY = 4
DEFAULT_MAX_WAIT_MS = 500
# Bytes of answers kept by the response cache (sucesos.web.cache): per process, or for all
# the workers of `serve --workers N` together; 0 = off.
DEFAULT_CACHE_MB = 64

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Server settings.

    `token` guards writes (POST /api/articles); with no token configured writes are refused.
    `private=True` makes reads need the token too (reads are open by default, like a public
    dataset), the API docs and exports included. `max_body_bytes` caps a request body (413
    beyond); `max_concurrency` caps the requests that do work at once per process, and
    `max_wait_ms` how long the next ones may wait for a place (503 beyond); `cache_bytes` is
    the bytes of answers the response cache keeps (0: no cache); `shared_cache`, a folder
    where the workers of one server keep them together (`sucesos.web.shared_cache`; set by
    `sucesos.web.server.serve_workers`), else each process keeps its own.
    """

    db: str | None = None
    token: str | None = None
    private: bool = False
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY
    cache_bytes: int = DEFAULT_CACHE_MB * 1024 * 1024
    max_wait_ms: int = DEFAULT_MAX_WAIT_MS
    shared_cache: str | None = None

    @classmethod
    def from_env(
        cls,
        db: str | None = None,
        token_file: str | os.PathLike[str] | None = None,
        private: bool | None = None,
    ) -> Settings:
        """Settings from arguments, else the environment: SUCESOS_TOKEN (the token itself),
        SUCESOS_TOKEN_FILE (a file holding it; first line, surrounding blanks dropped),
        SUCESOS_PRIVATE=1 (reads need the token), SUCESOS_MAX_BODY_BYTES and
        SUCESOS_MAX_CONCURRENCY (positive integers), SUCESOS_MAX_WAIT_MS and SUCESOS_CACHE_MB
        (0 or more)."""
        token = os.environ.get(TOKEN_ENV) or None
        path = token_file or os.environ.get(TOKEN_FILE_ENV)
        if path:
            lines = Path(path).read_text(encoding="utf-8").strip().splitlines()
            token = lines[0].strip() if lines else None
        if private is None:
            private = os.environ.get(PRIVATE_ENV, "").strip().lower() in _TRUE
        return cls(
            db=db,
            token=token or None,
            private=private,
            max_body_bytes=_positive(MAX_BODY_ENV, DEFAULT_MAX_BODY_BYTES),
            max_concurrency=_positive(MAX_CONCURRENCY_ENV, DEFAULT_MAX_CONCURRENCY),
            cache_bytes=_positive(CACHE_MB_ENV, DEFAULT_CACHE_MB, zero=True) * 1024 * 1024,
            max_wait_ms=_positive(MAX_WAIT_ENV, DEFAULT_MAX_WAIT_MS, zero=True),
            shared_cache=os.environ.get(SHARED_CACHE_ENV) or None,
        )


def _positive(name: str, default: int, *, zero: bool = False) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < (0 if zero else 1):
        least = "0 or more" if zero else "a positive integer"
        raise ValueError(f"[E030] {name} must be {least}, not {raw!r}")
    return int(raw)
