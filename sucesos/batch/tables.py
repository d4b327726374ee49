"""The Parquet partitions a batch writes: one articles file and one records file per partition.

`articles/part-NNNNN.parquet` holds each article as read (text, metadata as JSON) with its
position in the partition (`seq`), the home state its extraction used and the state it was
placed in (what `sucesos.extract.outlets` learns home states from). `records/part-NNNNN.parquet`
holds its event records: the columns of the store's `records` table, the article's `seq`,
the record's position in its article, and the whole record as JSON (`data`). Both are plain
Parquet, readable by pandas, DuckDB or Spark. Files are written under a temporary name and
renamed, so a killed run never leaves a half-written partition.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sucesos.models import Article, EventRecord
from sucesos.store.writer import record_row as store_record_row

ARTICLES = pa.schema(
    [
        ("seq", pa.int32()),
        ("id", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("published", pa.string()),
        ("source", pa.string()),
        ("language", pa.string()),
        ("fetched_at", pa.string()),
        ("metadata", pa.string()),
        ("given_home", pa.string()),  # a home state the input record named itself
        ("home_state", pa.string()),  # the home state extraction was given
        ("placed_state", pa.string()),  # where its confident reports fall (outlets.placed_state)
    ]
)

RECORDS = pa.schema(
    [
        ("article_seq", pa.int32()),
        ("record_index", pa.int32()),
        ("id", pa.string()),
        ("article_id", pa.string()),
        ("category", pa.string()),
        ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("status", pa.string()),
        ("date", pa.date32()),
        ("date_precision", pa.string()),
        ("fatalities", pa.int32()),
        ("confidence", pa.float64()),
        ("admin1", pa.string()),
        ("admin1_code", pa.string()),  # the resolver's blocking key: `batch load` splits on it
        ("admin2", pa.string()),
        ("admin2_code", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("geo_precision", pa.string()),
        ("site", pa.string()),
        ("data", pa.string()),
    ]
)


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_row(
    seq: int, article: Article, home: str | None, placed: str | None, given: str | None
) -> dict[str, Any]:
    return {
        "seq": seq,
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "text": article.text,
        "published": _iso(article.published),
        "source": article.source,
        "language": article.language,
        "fetched_at": _iso(article.fetched_at),
        "metadata": json.dumps(article.metadata, ensure_ascii=False, default=str),
        "given_home": given,
        "home_state": home,
        "placed_state": placed,
    }


def record_row(article_seq: int, index: int, record: EventRecord) -> dict[str, Any]:
    """The record as a row: the store's `records` row (`store.writer.record_row`) with its
    place in the input and the whole record as JSON text, as Parquet holds it."""
    row = store_record_row(record)
    row["data"] = json.dumps(row["data"], ensure_ascii=False)
    return {"article_seq": article_seq, "record_index": index, **row}


def part_path(root: Path, kind: str, name: str) -> Path:
    return root / kind / f"{name}.parquet"


def write_table(table: pa.Table, path: Path) -> None:
    """Write atomically: a reader (or a resumed run) sees the whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def read_table(path: Path, columns: list[str] | None = None) -> pa.Table:
    return pq.read_table(path, columns=columns)
