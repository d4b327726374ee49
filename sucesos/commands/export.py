"""`sucesos export`: the events that match the filters, in a format other tools read."""

from __future__ import annotations

import sys
from typing import Any

import click

from sucesos.cli_context import filter_options, query_from_options, store_from_context

# sucesos.export.FORMATS, written out so that `--help` imports nothing heavy.
FORMATS = ("acled-csv", "csv", "geojson", "json", "jsonl", "parquet")


@click.command(
    "export", short_help="Export the events that match the filters (ACLED CSV, GeoJSON, ...)."
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Output file (default stdout)."
)
@filter_options
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, output: str | None, **options: Any) -> None:
    """Export the stored events that match the filters (ACLED CSV, GeoJSON, Parquet,
    JSON, CSV); the filters are those of `sucesos events`. Every format carries each report's
    outlet and URL; the ACLED CSV leaves out (and counts) events no ACLED type fits."""
    query = query_from_options(options)
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give -o FILE or redirect stdout")
    from collections import Counter

    from sucesos import api

    skipped: Counter[str] = Counter()
    try:
        n = api.export(store_from_context(ctx), fmt, output, query=query, skipped=skipped)
    except RuntimeError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(1)
        return
    click.echo(f"{n} events written to {output or 'stdout'}", err=True)
    if skipped:
        click.echo(
            f"{sum(skipped.values())} events left out: no ACLED event type fits their category ("
            + ", ".join(f"{c} {k}" for c, k in skipped.most_common())
            + "); the csv, json and geojson formats keep them",
            err=True,
        )
