"""`sucesos stats`: events and fatalities of a view, by state, municipality, category,
actor and week."""

from __future__ import annotations

import json
from typing import Any

import click

from sucesos.cli_context import (
    empty_store_hint,
    filter_options,
    query_from_options,
    store_from_context,
)


@click.command(short_help="Events and fatalities by state, municipality, category, actor, week.")
@filter_options
@click.option(
    "--top",
    type=int,
    default=15,
    show_default=True,
    help="Rows per group (0: all); a cut group says how many more there are.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def stats(ctx: click.Context, top: int, as_json: bool, **options: Any) -> None:
    """Events and fatalities of the matching events by state, municipality, category, actor
    and ISO week (the filters of `sucesos events`)."""
    query = query_from_options(options)
    from sucesos.commands.formatting import format_stats
    from sucesos.listing import store_is_empty, view_stats

    store = store_from_context(ctx)
    if store_is_empty(store):
        click.echo(empty_store_hint(store, ctx), err=True)
        return
    data = view_stats(store, query, top=1_000_000)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(format_stats(data, top=top))
