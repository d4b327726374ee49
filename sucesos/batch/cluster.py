"""Connecting to Dask: a LocalCluster of worker processes by default, or an existing cluster.

Every worker must have the same sucesos version installed as the client (and read access to
the input files at the same paths; `batch load` workers must reach the database). Workers
load the extractor once each, through `ExtractorPlugin`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster

from sucesos.batch.worker import ExtractorPlugin


def default_workers() -> int:
    return os.cpu_count() or 1


@contextmanager
def open_client(
    workers: int | None = None, scheduler: str | None = None, *, warm: bool = True
) -> Iterator[Client]:
    """A Dask client: on `scheduler` (tcp://HOST:PORT) when given, else on a new LocalCluster
    of `workers` single-threaded processes (default: one per core), closed on exit."""
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=workers or default_workers(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        if warm:
            client.register_plugin(ExtractorPlugin())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
