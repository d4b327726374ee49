"""Batch processing over millions of articles on Dask, into PostgreSQL (or SQLite).

Two steps, each resumable:

- `extract_batch(inputs, out)` (`sucesos batch extract`): the inputs are cut into partitions
  (`plan`), extracted on a Dask cluster (`worker`; a LocalCluster by default) and written as
  Parquet partitions with a manifest (`tables`, `manifest`); outlet home states are settled
  as ingest would learn them (`homes`).
- `load_batch(folder, store)` (`sucesos batch load`): the partitions are stored in bulk and
  their records resolved, grouped by the resolver's blocking key so groups run in parallel on
  PostgreSQL (`load`, `resolve`).

The events are those `sucesos ingest` makes from the same inputs into the same store.
Needs the `batch` extra (dask[distributed], pyarrow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sucesos.lazy import lazy_names

if TYPE_CHECKING:
    from sucesos.batch.extract import ExtractSummary, extract_batch
    from sucesos.batch.load import LoadSummary, load_batch
    from sucesos.batch.manifest import ManifestError
    from sucesos.batch.plan import PlanError

__all__ = [
    "ExtractSummary",
    "LoadSummary",
    "ManifestError",
    "PlanError",
    "extract_batch",
    "load_batch",
]

_WHERE = {
    "ExtractSummary": "sucesos.batch.extract",
    "extract_batch": "sucesos.batch.extract",
    "LoadSummary": "sucesos.batch.load",
    "load_batch": "sucesos.batch.load",
    "ManifestError": "sucesos.batch.manifest",
    "PlanError": "sucesos.batch.plan",
}

# Lazy: importing sucesos.batch must not start Dask (the CLI imports it for --help).
__getattr__ = lazy_names(__name__, _WHERE)
