"""`sucesos events`: list the stored events that match the filters; `events show ID`."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from sucesos.cli_context import (
    LazyGroup,
    empty_store_hint,
    filter_options,
    query_from_options,
    store_from_context,
)

# The sort orders of /api/events (sucesos.store.queries.SORTS), written out so that `--help`
# does not import the store.
SORTS = (
    "-date",
    "date",
    "-fatalities",
    "fatalities",
    "-n_sources",
    "n_sources",
    "-updated_at",
    "updated_at",
)


@click.group(
    cls=LazyGroup,
    lazy={
        "split": (
            "sucesos.resolve.split:split_command",
            "Undo a wrong merge: move reports of EVENT_ID to a new event.",
        )
    },
    invoke_without_command=True,
    short_help="List stored events that match the filters; `events show ID` for one.",
)
@filter_options
@click.option(
    "--sort",
    type=click.Choice(SORTS),
    default="-date",
    show_default=True,
    help="Order ('-' = largest/newest first).",
)
@click.option(
    "--limit", type=int, default=50, show_default=True, help="Most events shown (0: all)."
)
@click.option("--offset", type=int, default=0, help="Skip this many events first.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
)
@click.pass_context
def events(
    ctx: click.Context, fmt: str, sort: str, limit: int, offset: int, **options: Any
) -> None:
    """List stored events (newest first, filtered); `events show ID` shows one in full.

    The table ends with "showing N of M events"; with jsonl or csv that line goes to stderr.
    """
    if ctx.invoked_subcommand is not None:
        return
    query = query_from_options(options)
    from sucesos.listing import event_page, store_is_empty

    store = store_from_context(ctx)
    page = event_page(store, query, sort=sort, limit=limit or None, offset=offset)
    if page.total == 0 and store_is_empty(store):
        click.echo(empty_store_hint(store, ctx), err=True)
        return
    from sucesos.commands.formatting import format_count, format_table

    footer = format_count(len(page.events), page.total, offset)
    if fmt == "jsonl":
        for row in page.events:
            click.echo(json.dumps(row, ensure_ascii=False))
        click.echo(footer, err=True)
    elif fmt == "csv":
        from sucesos.export.formats import write_events_csv

        write_events_csv(page.events, sys.stdout)
        click.echo(footer, err=True)
    else:
        click.echo(format_table(page.events))
        click.echo(footer)


@events.command("show")
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@click.pass_context
def events_show(ctx: click.Context, event_id: str, as_json: bool) -> None:
    """Show one event (id or unique id prefix): reports, figures per source, evidence, history."""
    from sucesos.commands.formatting import format_event

    event = store_from_context(ctx).event(event_id)
    if event is None:
        click.echo(f"error: no event {event_id!r}", err=True)
        ctx.exit(1)
        return
    click.echo(json.dumps(event, ensure_ascii=False, indent=2) if as_json else format_event(event))
