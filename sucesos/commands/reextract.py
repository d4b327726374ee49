"""`sucesos reextract --to NEW`: rebuild a store's events from its articles with today's
extraction, into a new database (the one given by --db is only read)."""

from __future__ import annotations

import click

from sucesos.cli_context import show_progress, store_from_context
from sucesos.commands.ingest import workers_option


@click.command(short_help="Rebuild events from the stored articles into a new database.")
@click.option(
    "--to",
    "target",
    required=True,
    metavar="PATH",
    help="The new database file or SQLAlchemy URL (created if new; resumed if it exists).",
)
@workers_option
@click.pass_context
def reextract(ctx: click.Context, target: str, workers: int | None) -> None:
    """Extract and resolve again every article stored in the --db database, into the new
    database --to, with this version's extraction (after an upgrade: new figures, places
    and merges for old articles).

    The feeds, the items they gave and the watch rules are copied; alerts and hand-made
    merges and splits are not (the events are rebuilt). The --db database is not changed;
    point --db (or SUCESOS_DB) at the new one when satisfied. A killed run resumes: run it
    again.
    """
    from sucesos import api
    from sucesos.workers import default_workers

    source = store_from_context(ctx)
    new = api.open_store(target)
    ctx.call_on_close(new.close)
    try:
        count = default_workers() if workers is None else workers
        summary = api.reextract(source, new, workers=count, progress=show_progress())
    except api.ReextractError as exc:
        raise click.UsageError(str(exc)) from exc
    for line in summary.errors:
        click.echo(line, err=True)
    click.echo(summary.format())
    click.echo(f"new database: {new.url}")
