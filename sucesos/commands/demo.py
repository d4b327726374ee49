"""`sucesos demo`: the bundled demo corpus ingested into a fresh database, then served."""

from __future__ import annotations

import click

from sucesos.cli_context import db_given, show_progress


@click.command(short_help="Build the demo database from the bundled corpus, then serve it.")
@click.option("--limit", type=int, default=20, show_default=True, help="Events listed.")
@click.option(
    "--serve/--no-serve",
    default=True,
    show_default=True,
    help="Then serve the dashboard and API until Ctrl-C.",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to serve on.")
@click.pass_context
def demo(ctx: click.Context, limit: int, serve: bool, host: str, port: int) -> None:
    """Ingest the bundled demo corpus into a fresh database, show what was stored, and serve
    the dashboard (http://127.0.0.1:8000/ unless --no-serve).

    Without --db the demo database lives in the data folder and is recreated on each run;
    the last lines say how to query it with the other commands.
    """
    from sucesos import api
    from sucesos.commands.formatting import format_count, format_stats, format_table
    from sucesos.filters import EventQuery
    from sucesos.listing import event_page, view_stats

    try:
        store, summary = api.demo(db_given(ctx), progress=show_progress())
    except api.DemoError as exc:
        raise click.UsageError(str(exc)) from exc
    ctx.call_on_close(store.close)
    for line in summary.errors:
        click.echo(line, err=True)
    click.echo(f"Demo database: {store.url}")
    click.echo(summary.format() + "\n")
    page = event_page(store, EventQuery(), limit=limit)
    click.echo(format_table(page.events))
    click.echo(format_count(len(page.events), page.total) + "\n")
    click.echo(format_stats(view_stats(store, EventQuery()), top=10))
    path = store.url.removeprefix("sqlite:///")
    click.echo(
        "\nQuery it from this folder with:\n"
        f"  . .venv/bin/activate    # once per shell; or call .venv/bin/sucesos\n"
        f"  export SUCESOS_DB={path}\n"
        "  sucesos events --state Jalisco\n"
        "  sucesos events show ID\n"
        "  sucesos stats --since 2026-11-01\n"
    )
    if serve:
        from sucesos.web.cli import serve_demo

        serve_demo(store, host, port)
