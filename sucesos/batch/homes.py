"""Outlet home states in a batch: the same ones `sucesos ingest` would have learned.

Ingest extracts article i with its outlet's home state as `OutletPriors` gives it: the
input's, else the bundled outlet table's, else the one learned from where articles 1..i-1
were placed (`sucesos.extract.outlets`). Partitions extracted in parallel cannot wait for that, so
the batch runs rounds: first every article is extracted with no learned home; then one cheap
pass in input order computes, from the stored placements, the home each article should have
had, and only the articles whose home differs are extracted again (their placements may
change, so the pass repeats). Each round fixes at least the first article still wrong, and
in practice one extra round settles it; the result is what ingest computes article by article.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from sucesos.batch.tables import part_path, read_table
from sucesos.extract.outlets import OutletPriors, table_home_state
from sucesos.models import Article

COLUMNS = ["seq", "id", "source", "url", "given_home", "home_state", "placed_state"]


def homes_to_redo(root: Path, names: list[str]) -> dict[str, dict[int, str | None]]:
    """{partition: {seq: home state it should be extracted with}} for every article whose
    extraction used another home than ingest would have given it."""
    priors = OutletPriors()
    seen: set[str] = set()
    redo: dict[str, dict[int, str | None]] = {}
    for name in names:
        table = read_table(part_path(root, "articles", name), COLUMNS)
        for row in table.to_pylist():
            if row["id"] in seen:  # ingest skips an article already stored
                continue
            seen.add(row["id"])
            given = {"home_state": row["given_home"]} if row["given_home"] else {}
            article = Article(
                text="", id=row["id"], source=row["source"], url=row["url"], metadata=given
            )
            expected = priors.home_state(article)
            # Extraction falls back on the outlet table's home state when given none.
            table = table_home_state(article)
            if (expected or table) != (row["home_state"] or table):
                redo.setdefault(name, {})[row["seq"]] = expected
            priors.observe(article, row["placed_state"])
    return redo


def splice(
    articles: pa.Table, records: pa.Table, new_articles: pa.Table, new_records: pa.Table
) -> tuple[pa.Table, pa.Table]:
    """A partition's tables with some articles re-extracted: their rows and records replaced."""
    redone = new_articles.column("seq")
    keep = pc.invert(pc.is_in(articles.column("seq"), value_set=redone))
    merged = pa.concat_tables([articles.filter(keep), new_articles]).sort_by("seq")
    keep_r = pc.invert(pc.is_in(records.column("article_seq"), value_set=redone))
    merged_r = pa.concat_tables([records.filter(keep_r), new_records]).sort_by(
        [("article_seq", "ascending"), ("record_index", "ascending")]
    )
    return merged, merged_r
