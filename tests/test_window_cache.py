"""The stored events an ingest's writer keeps across its batches (`WindowCache`): forgotten
when another writer changed the store between two batches, so a report of an event that
writer stored still joins it; kept, and not read again, while nobody else writes. Real
SQLite stores; the articles are invented."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from sucesos import api, ingest_stream
from sucesos.ingest_stream import IngestSummary, write_stream
from sucesos.models import Article
from sucesos.resolve.match import BlockKey, DayIndex
from sucesos.resolve.mentions import Mention
from sucesos.resolve.stored_windows import WindowCache
from sucesos.store import schema

# The running ingest's first batch: a shooting in one town of the state.
FIRST = Article(
    url="https://example.org/synthetic/windows/1",
    source="Diario Inventado",
    published=date(2026, 3, 3),
    language="es",
    title="Matan a dos hombres frente a una tienda en Culiacán",
    text=(
        "Culiacán, Sinaloa.- Dos hombres perdieron la vida el lunes 2 de marzo por la noche,"
        " cuando un grupo armado les disparó frente a una tienda de la colonia Centro."
    ),
)
# Stored by the other writer between the two batches: a killing in another town, a day later.
OTHER = {
    "url": "https://example.org/synthetic/windows/2",
    "source": "Periódico Ficticio",
    "published": "2026-03-04",
    "language": "es",
    "title": "Muere baleado un comerciante en Mazatlán",
    "text": (
        "Mazatlán, Sinaloa.- La Fiscalía estatal informó que un comerciante murió baleado el"
        " martes 3 de marzo dentro de su local, en la colonia Juárez de Mazatlán."
    ),
}
# The running ingest's second batch: another outlet's report of that killing, in English.
LATER = Article(
    url="https://example.org/synthetic/windows/3",
    source="Gulf Coast Wire (synthetic)",
    published=date(2026, 3, 4),
    language="en",
    title="Shopkeeper shot dead in Mazatlán",
    text=(
        "MAZATLÁN, Sinaloa — A shopkeeper was shot dead inside his store in the Juárez"
        " neighborhood of Mazatlán on Tuesday, March 3, state prosecutors said."
    ),
)


def _other_writer(tmp_path: Path, store: api.Store, same_store: bool) -> None:
    """Store `OTHER` as another writer would: through another connection (a store opened
    apart), or through the running ingest's own store object (its pooled connection)."""
    path = tmp_path / "other.jsonl"
    path.write_text(json.dumps(OTHER, ensure_ascii=False) + "\n", "utf-8")
    if same_store:
        api.ingest([path], store=store)
        return
    with api.open_store(store.engine.url.database) as other:
        api.ingest([path], store=other)


def _articles(between: Callable[[], None]) -> Iterator[Article]:
    """`FIRST`, then (once its batch is written: batches of one article) `between()`, then
    `LATER`."""
    yield FIRST
    between()
    yield LATER


def _event_of(conn: sa.Connection, url: str) -> str:
    rep, art = schema.reports, schema.articles
    return conn.execute(
        sa.select(rep.c.event_id).join(art, rep.c.article_id == art.c.id).where(art.c.url == url)
    ).scalar_one()


@pytest.mark.parametrize("same_store", [False, True], ids=["other-connection", "same-store"])
def test_a_report_joins_an_event_another_writer_stored_between_two_batches(
    tmp_path: Path, same_store: bool
) -> None:
    with api.open_store(tmp_path / "s.db") as store:
        summary = IngestSummary()
        between = lambda: _other_writer(tmp_path, store, same_store)  # noqa: E731
        write_stream(_articles(between), store, summary, False, 1, 0)
        with store.engine.connect() as conn:
            events = conn.execute(sa.select(sa.func.count()).select_from(schema.events)).scalar()
            joined = _event_of(conn, LATER.url) == _event_of(conn, str(OTHER["url"]))
    assert summary.errors == []
    assert events == 2
    assert joined


class _Counting(WindowCache):
    """A `WindowCache` noting how many day ranges it had read after each batch's lookup."""

    def __init__(self) -> None:
        super().__init__()
        self.after: list[int] = []

    def indexes(self, conn: sa.Connection, mentions: Iterable[Mention]) -> dict[BlockKey, DayIndex]:
        found = super().indexes(conn, mentions)
        self.after.append(self.reads)
        return found


def test_an_ingest_reads_a_window_once_while_nobody_else_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _Counting()
    monkeypatch.setattr(ingest_stream, "_window_cache", lambda: cache)
    # Another outlet's report of the same shooting, a batch later: the same windows.
    again = Article(
        url="https://example.org/synthetic/windows/4",
        source="Otro Diario Inventado",
        published=date(2026, 3, 3),
        language="es",
        title="Matan a dos en la colonia Centro de Culiacán",
        text=(
            "Culiacán, Sinaloa.- Sujetos armados mataron a balazos a dos hombres en la"
            " colonia Centro la noche del lunes 2 de marzo, según la policía municipal."
        ),
    )
    with api.open_store(tmp_path / "s.db") as store:
        write_stream(iter([FIRST, again]), store, IngestSummary(), False, 1, 0)
        with store.engine.connect() as conn:
            joined = _event_of(conn, FIRST.url) == _event_of(conn, again.url)
    assert joined
    assert len(cache.after) == 2
    assert cache.after[0] > 0
    assert cache.after[1] == cache.after[0]  # nothing read again
