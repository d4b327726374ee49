"""Running the app with uvicorn: from the command line, or in a thread (tests, demo)."""

from __future__ import annotations

import inspect
import os
import shutil
import socket
import tempfile
import threading
import time

import uvicorn

from sucesos.store import Store
from sucesos.web.app import create_app
from sucesos.web.settings import Settings


def _config(settings: Settings, store: Store | None, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(
        create_app(settings, store=store), host=host, port=port, log_level="warning"
    )


def serve(
    settings: Settings, *, store: Store | None = None, host: str = "127.0.0.1", port: int = 8000
) -> None:
    """Serve the API and dashboard until interrupted (Ctrl-C)."""
    uvicorn.Server(_config(settings, store, host, port)).run()


WORKER_HEALTHCHECK_S = 60


def serve_workers(settings: Settings, *, host: str, port: int, workers: int) -> None:
    """Serve with `workers` processes (uvicorn's process manager), each with its own app and
    database connections, sharing one listening socket and one response cache (a folder made
    for this server and removed when it stops: `sucesos.web.shared_cache`). The workers
    build their settings from the environment, so this process exports its own into it
    first."""
    from sucesos.web.settings import (
        CACHE_MB_ENV,
        MAX_BODY_ENV,
        MAX_CONCURRENCY_ENV,
        MAX_WAIT_ENV,
        PRIVATE_ENV,
        SHARED_CACHE_ENV,
        TOKEN_ENV,
        TOKEN_FILE_ENV,
    )

    os.environ.pop(TOKEN_FILE_ENV, None)
    if settings.token is not None:
        os.environ[TOKEN_ENV] = settings.token
    else:
        os.environ.pop(TOKEN_ENV, None)
    if settings.db is not None:
        os.environ["SUCESOS_DB"] = settings.db
    os.environ[PRIVATE_ENV] = "1" if settings.private else "0"
    os.environ[MAX_BODY_ENV] = str(settings.max_body_bytes)
    os.environ[MAX_CONCURRENCY_ENV] = str(settings.max_concurrency)
    os.environ[CACHE_MB_ENV] = str(settings.cache_bytes // (1024 * 1024))
    os.environ[MAX_WAIT_ENV] = str(settings.max_wait_ms)
    extra: dict[str, int] = {}
    if "timeout_worker_healthcheck" in inspect.signature(uvicorn.run).parameters:
        # A worker busy importing on a loaded machine misses uvicorn's 5 s health check and
        # is killed and restarted, again and again; give start-up time.
        extra["timeout_worker_healthcheck"] = WORKER_HEALTHCHECK_S
    shared = tempfile.mkdtemp(prefix="sucesos-answers-")
    os.environ[SHARED_CACHE_ENV] = shared
    try:
        uvicorn.run(
            "sucesos.web.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            **extra,  # type: ignore[arg-type]
        )
    finally:
        os.environ.pop(SHARED_CACHE_ENV, None)
        shutil.rmtree(shared, ignore_errors=True)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (for tests and throwaway servers)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class BackgroundServer:
    """The app served by uvicorn in a daemon thread; `url` once started, `stop()` to end.

    Used by the tests and the benchmark, which need a real HTTP server on loopback.
    """

    def __init__(
        self, settings: Settings, *, store: Store | None = None, host: str = "127.0.0.1"
    ) -> None:
        self.port = free_port(host)
        self.url = f"http://{host}:{self.port}"
        self._server = uvicorn.Server(_config(settings, store, host, self.port))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self, timeout: float = 20.0) -> BackgroundServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the server at {self.url} did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
