"""What runs on a Dask worker: extraction of one partition into two Arrow tables.

The extractor (pipeline, lexicons, gazetteer index) is a module-level singleton, loaded once
per worker process: `ExtractorPlugin.setup` warms it when the worker joins, so no task pays
for it and nothing large is ever pickled with a task — a task carries only its partition's
description (file names and byte ranges) or, when re-extracting, its articles.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
from distributed.diagnostics.plugin import WorkerPlugin

from sucesos.batch.plan import Partition, read_partition
from sucesos.batch.tables import ARTICLES, RECORDS, article_row, record_row
from sucesos.extract.outlets import placed_state
from sucesos.extract.pipeline import Pipeline, home_matters
from sucesos.models import Article, EventRecord
from sucesos.readers import ReadError

_PIPELINE: Pipeline | None = None


def extractor() -> Pipeline:
    """This process's extraction pipeline, with every data file loaded (on first call)."""
    global _PIPELINE
    if _PIPELINE is None:
        from sucesos.extract.pipeline import default_pipeline

        pipeline = default_pipeline()
        # One small article touches every stage, so lexicons and gazetteer load now.
        pipeline(Article(text="Enfrentamiento en Culiacán, Sinaloa, deja 3 muertos", id="warm"))
        _PIPELINE = pipeline
    return _PIPELINE


class ExtractorPlugin(WorkerPlugin):
    """Loads the extractor once when a worker starts (`Client.register_plugin`) and leaves
    what it loaded out of the collector's passes (`sucesos.workers.settle_heap`)."""

    name = "sucesos-extractor"

    def setup(self, worker: Any) -> None:
        from sucesos.workers import settle_heap

        extractor()
        settle_heap()


@dataclass
class PartResult:
    """One partition's extraction, returned to the client that writes it."""

    index: int
    articles: pa.Table
    records: pa.Table
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    extracted: int = 0  # articles extracted (a home-state round spares some)


def given_home(article: Article) -> str | None:
    """A home state the input record names itself (field `home_state`), as `ingest` honours."""
    given = article.metadata.get("home_state")
    return given if isinstance(given, str) else None


def _extract_one(article: Article, home: str | None, errors: list[str]) -> list[EventRecord]:
    try:
        return extractor()(article, home_state=home)
    except Exception as exc:  # one bad article must not stop a partition (as in ingest)
        origin = article.metadata.get("_origin") or article.url or article.id
        errors.append(f"{origin}: extraction failed: {type(exc).__name__}: {exc}")
        return []


def extract_articles(
    index: int, items: list[tuple[int, Article, str | None]], errors: list[str] | None = None
) -> PartResult:
    """Extract (seq, article, home state) items; the tables of their articles and records."""
    started = time.perf_counter()
    errors = errors if errors is not None else []
    arows: list[dict[str, Any]] = []
    rrows: list[dict[str, Any]] = []
    for seq, article, home in items:
        given = given_home(article)
        records = _extract_one(article, given or home, errors)
        arows.append(article_row(seq, article, given or home, placed_state(records), given))
        rrows.extend(record_row(seq, i, r) for i, r in enumerate(records))
    return _result(index, arows, rrows, errors, started, len(items))


def _result(
    index: int,
    arows: list[dict[str, Any]],
    rrows: list[dict[str, Any]],
    errors: list[str],
    started: float,
    extracted: int,
) -> PartResult:
    return PartResult(
        index=index,
        articles=pa.Table.from_pylist(arows, schema=ARTICLES),
        records=pa.Table.from_pylist(rrows, schema=RECORDS),
        errors=errors,
        seconds=time.perf_counter() - started,
        extracted=extracted,
    )


# A home-state round's item: (seq, article, the home to extract with, the home it was
# extracted with, its record rows from that extraction).
Redo = tuple[int, Article, str | None, str | None, list[dict[str, Any]]]


def reextract_articles(index: int, items: list[Redo]) -> PartResult:
    """A home-state round: each article extracted again with its new home state, unless the
    change cannot alter its records (`home_matters`); those keep their rows, with the new
    home noted so the next round does not ask again."""
    started = time.perf_counter()
    errors: list[str] = []
    arows: list[dict[str, Any]] = []
    rrows: list[dict[str, Any]] = []
    extracted = 0
    for seq, article, home, old_home, old_rows in items:
        given = given_home(article)
        use = given or home
        old = [EventRecord.from_dict(json.loads(r["data"])) for r in old_rows]
        if home_matters(article, old, old_home, use):
            records = _extract_one(article, use, errors)
            rrows.extend(record_row(seq, i, r) for i, r in enumerate(records))
            extracted += 1
        else:
            records = old
            rrows.extend(old_rows)
        arows.append(article_row(seq, article, use, placed_state(records), given))
    return _result(index, arows, rrows, errors, started, extracted)


def extract_partition(partition: Partition) -> PartResult:
    """Read and extract one partition with no learned home states (the first round)."""
    read_errors: list[ReadError] = []
    items: list[tuple[int, Article, str | None]] = [
        (seq, a, None) for seq, a in enumerate(read_partition(partition, read_errors))
    ]
    errors = [str(e) for e in read_errors]
    return extract_articles(partition.index, items, errors)
