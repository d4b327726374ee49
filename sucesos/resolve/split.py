"""Undoing a wrong merge: moving some of an event's reports to a new event, with history.

`split_event` moves the chosen records (by record id, or every record of an article) with
their claims to a new event, recomputes both events from their remaining reports and writes
a version on each saying what moved where and why. The CLI is `sucesos events split`.
"""

from __future__ import annotations

from collections.abc import Iterable

import click
import sqlalchemy as sa

from sucesos.models import EventRecord, stable_id
from sucesos.resolve.merge import insert_placeholder, rebuild_event
from sucesos.store import Store, schema
from sucesos.store.locks import lock_for_resolution
from sucesos.store.queries import find_event_id


class SplitError(ValueError):
    """The split cannot be made (unknown event, selector matching nothing, all or no reports)."""


def _pick(
    reports: list[tuple[str, str]], records: Iterable[str], articles: Iterable[str]
) -> list[str]:
    """Record ids selected by record ids and article ids (each may be a unique prefix)."""
    chosen: list[str] = []

    def one(prefix: str, column: int, what: str) -> list[str]:
        exact = [r for r in reports if r[column] == prefix]
        hits = exact or [r for r in reports if r[column].startswith(prefix)]
        if not hits:
            raise SplitError(f"no {what} {prefix!r} among the event's reports")
        if not exact and len({r[column] for r in hits}) > 1:
            raise SplitError(f"{what} prefix {prefix!r} is ambiguous")
        return [r[0] for r in hits]

    for prefix in records:
        chosen += one(prefix, 0, "record")
    for prefix in articles:
        chosen += one(prefix, 1, "article")
    return list(dict.fromkeys(chosen))


def split_event(
    conn_or_store: sa.Connection | Store,
    event_id: str,
    *,
    records: Iterable[str] = (),
    articles: Iterable[str] = (),
    reason: str | None = None,
) -> str:
    """Move the given records (ids or unique prefixes) and every record of the given articles
    out of `event_id` (id or unique prefix) into a new event; returns the new event's id.

    Both events are recomputed and versioned in one transaction. Raises SplitError when the
    event or a selector is unknown, or when the selection is empty or every report.
    """
    if isinstance(conn_or_store, Store):
        with conn_or_store.engine.begin() as conn:
            return split_event(conn, event_id, records=records, articles=articles, reason=reason)
    conn = conn_or_store
    lock_for_resolution(conn)
    found = find_event_id(conn, event_id)
    if found is None:
        raise SplitError(f"no event {event_id!r}")
    rep = schema.reports
    reports = [
        (str(r.record_id), str(r.article_id))
        for r in conn.execute(
            sa.select(rep.c.record_id, rep.c.article_id)
            .where(rep.c.event_id == found)
            .order_by(rep.c.record_id)
        )
    ]
    moved = _pick(reports, records, articles)
    if not moved:
        raise SplitError("give the records (--record) or articles (--article) to move")
    if len(moved) == len(reports):
        raise SplitError("that is every report of the event: nothing would stay")
    new_id = stable_id("event", "split", found, *sorted(moved))
    ev = schema.events
    while conn.execute(sa.select(ev.c.id).where(ev.c.id == new_id)).first() is not None:
        new_id = stable_id("event", "split", new_id)
    first = conn.execute(
        sa.select(schema.records.c.data).where(schema.records.c.id == moved[0])
    ).scalar_one()
    insert_placeholder(conn, new_id, EventRecord.from_dict(first))
    for table in (schema.reports, schema.claims):
        conn.execute(table.update().where(table.c.record_id.in_(moved)).values(event_id=new_id))
    why = f" ({reason})" if reason else ""
    listed = ", ".join(moved)
    rebuild_event(conn, new_id, f"split from event {found}: records {listed}{why}")
    rebuild_event(
        conn, found, f"split: records {listed} moved to event {new_id}{why}", removed=moved
    )
    return new_id


@click.command("split")
@click.argument("event_id")
@click.option(
    "--record",
    "-r",
    "records",
    multiple=True,
    metavar="RECORD_ID",
    help="A record to move (id or unique prefix; repeat, or separate with commas).",
)
@click.option(
    "--article",
    "-a",
    "articles",
    multiple=True,
    metavar="ARTICLE_ID",
    help="Move every record of this article (id or unique prefix; repeatable).",
)
@click.option("--reason", help="Why, kept in both events' history.")
@click.pass_context
def split_command(
    ctx: click.Context,
    event_id: str,
    records: tuple[str, ...],
    articles: tuple[str, ...],
    reason: str | None,
) -> None:
    """Undo a wrong merge: move some reports of EVENT_ID to a new event.

    Example: sucesos events split 4bd84307 --record 41f07cef --reason "other bar"
    """
    from sucesos import api

    def split(values: tuple[str, ...]) -> list[str]:
        return [v.strip() for value in values for v in value.split(",") if v.strip()]

    with api.open_store(ctx.obj.get("db") if ctx.obj else None) as store:
        try:
            new_id = split_event(
                store, event_id, records=split(records), articles=split(articles), reason=reason
            )
        except SplitError as exc:
            raise click.UsageError(str(exc)) from exc
    click.echo(f"split into new event {new_id}; see `sucesos events show {new_id}`")
