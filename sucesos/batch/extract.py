"""`batch extract`: articles → event records, partition by partition on Dask, into Parquet.

The client cuts the inputs into partitions (`plan`), maps `worker.extract_partition` over
them with a `dask.bag` (one bag partition per input partition) and writes each result as it
arrives — two Parquet files and a manifest entry — so progress is reported per partition and
a rerun (or a killed run started again) skips the partitions already written. Then the
home-state rounds (`homes`) re-extract the few articles whose outlet's home state ingest
would have known.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client, as_completed

from sucesos.batch.cluster import open_client
from sucesos.batch.homes import homes_to_redo, splice
from sucesos.batch.manifest import Manifest, ManifestError, PartEntry, read_manifest, write_manifest
from sucesos.batch.plan import DEFAULT_PARTITION_SIZE, plan_key, plan_partitions
from sucesos.batch.tables import part_path, read_table, write_table
from sucesos.batch.worker import PartResult, extract_partition, reextract_articles
from sucesos.store.writer import article_from_row

# Called after each partition is written: (partition name, its entry, round: 0 = first pass).
Progress = Callable[[str, PartEntry, int], None]


@dataclass
class ExtractSummary:
    """What a `batch extract` run did (counts over the whole folder, this run's work apart)."""

    partitions: int = 0
    written: int = 0  # partitions extracted by this run
    skipped: int = 0  # partitions a previous run had finished
    articles: int = 0
    records: int = 0
    home_rounds: int = 0
    reextracted: int = 0  # articles extracted again with their outlet's home state
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        return (
            f"{self.partitions} partitions ({self.written} extracted, {self.skipped} already"
            f" done): {self.articles} articles, {self.records} event records;"
            f" {self.reextracted} articles re-extracted in {self.home_rounds} home-state"
            f" round(s); {len(self.errors)} errors; {self.seconds:.1f} s"
        )


def _write_part(root: Path, name: str, result: PartResult, manifest: Manifest) -> PartEntry:
    write_table(result.records, part_path(root, "records", name))
    write_table(result.articles, part_path(root, "articles", name))
    entry = PartEntry(
        articles=result.articles.num_rows,
        records=result.records.num_rows,
        errors=result.errors,
        seconds=round(result.seconds, 3),
    )
    manifest.parts[name] = entry
    manifest.homes_settled = False
    write_manifest(root, manifest)
    return entry


def extract_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    client: Client | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    progress: Progress | None = None,
) -> ExtractSummary:
    """Extract every article under `inputs` into Parquet partitions under `out`.

    Runs on `client` if given, else on the cluster at `scheduler`, else on a new LocalCluster
    of `workers` processes. Partitions already in `out`'s manifest are skipped; a folder
    holding a batch of other inputs raises ManifestError. Returns the counts.
    """
    started = time.perf_counter()
    root = Path(out)
    partitions = plan_partitions(inputs, partition_size)
    key = plan_key(partitions)
    manifest = read_manifest(root)
    if manifest is None:
        manifest = Manifest(plan=key, partitions=len(partitions))
        write_manifest(root, manifest)
    elif manifest.plan != key:
        raise ManifestError(
            f"[B002] {root} holds a batch of other inputs (or they changed since): "
            "give a new output folder"
        )
    summary = ExtractSummary(partitions=len(partitions))
    todo = [p for p in partitions if p.name not in manifest.parts]
    summary.skipped = len(partitions) - len(todo)
    if todo or not manifest.homes_settled:
        if client is not None:
            _run(client, root, manifest, todo, summary, progress)
        else:
            with open_client(workers, scheduler) as own:
                _run(own, root, manifest, todo, summary, progress)
    for entry in manifest.parts.values():
        summary.articles += entry.articles
        summary.records += entry.records
        summary.errors.extend(entry.errors)
    summary.seconds = time.perf_counter() - started
    return summary


def _run(
    client: Client,
    root: Path,
    manifest: Manifest,
    todo: list[Any],
    summary: ExtractSummary,
    progress: Progress | None,
) -> None:
    names = {p.index: p.name for p in todo}
    if todo:
        bag = db.from_sequence(todo, partition_size=1).map(extract_partition)
        futures = client.compute(bag.to_delayed())
        for future, results in as_completed(futures, with_results=True):
            for result in results:
                name = names[result.index]
                entry = _write_part(root, name, result, manifest)
                summary.written += 1
                if progress:
                    progress(name, entry, 0)
            future.release()
    _settle_homes(client, root, manifest, summary, progress)


def _settle_homes(
    client: Client,
    root: Path,
    manifest: Manifest,
    summary: ExtractSummary,
    progress: Progress | None,
) -> None:
    while True:
        redo = homes_to_redo(root, manifest.names())
        if not redo:
            break
        summary.home_rounds += 1
        futures = []
        index_of = {}
        for i, (name, seqs) in enumerate(redo.items()):
            table = read_table(part_path(root, "articles", name))
            rows = [r for r in table.to_pylist() if r["seq"] in seqs]
            old_records: dict[int, list[dict[str, Any]]] = {}
            for r in read_table(part_path(root, "records", name)).to_pylist():
                if r["article_seq"] in seqs:
                    old_records.setdefault(r["article_seq"], []).append(r)
            items = [
                (
                    r["seq"],
                    article_from_row(r),
                    seqs[r["seq"]],
                    r["home_state"],
                    old_records.get(r["seq"], []),
                )
                for r in rows
            ]
            index_of[i] = name
            futures.append(client.submit(reextract_articles, i, items, pure=False))
        for future, result in as_completed(futures, with_results=True):
            summary.reextracted += result.extracted
            name = index_of[result.index]
            articles = read_table(part_path(root, "articles", name))
            records = read_table(part_path(root, "records", name))
            articles, records = splice(articles, records, result.articles, result.records)
            old = manifest.parts[name]
            result.articles, result.records = articles, records
            result.errors = old.errors + result.errors
            result.seconds += old.seconds
            entry = _write_part(root, name, result, manifest)
            if progress:
                progress(name, entry, summary.home_rounds)
            future.release()
    manifest.homes_settled = True
    write_manifest(root, manifest)
