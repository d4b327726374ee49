"""`sucesos ingest` (read, extract, resolve, store) and `sucesos extract` (read, extract,
print): both read the same inputs and take the same article options."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import click

from sucesos.cli_context import show_progress, store_from_context

F = TypeVar("F", bound=Callable[..., Any])


def article_options(func: F) -> F:
    """--published/--source/--title/--language: set on every article read (they override
    what the input says; a plain text file usually says nothing)."""
    options = [
        click.option(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date of the articles (relative dates such as 'ayer' use it).",
        ),
        click.option("--source", metavar="OUTLET", help="Outlet that published the articles."),
        click.option("--title", help="Title of the article (for a single text)."),
        click.option(
            "--language", type=click.Choice(["es", "en"]), help="Language (else detected)."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def article_fields(options: dict[str, Any]) -> dict[str, Any]:
    """The article options given, checked (a bad date is a usage error, exit 2)."""
    from sucesos.readers.dates import parse_date

    fields = {k: options[k] for k in ("source", "title", "language") if options.get(k)}
    if options.get("published"):
        day = parse_date(options["published"])
        if day is None:
            raise click.BadParameter(
                f"not a date: {options['published']!r} (YYYY-MM-DD)", param_hint="--published"
            )
        fields["published"] = day
    return fields


workers_option = click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Processes extracting articles (default: all cores) beside the one that resolves and "
    "stores; 0 extracts in that one.",
)

VERBOSE_HELP = "On stderr, why each place name was not used (one line a name, with its reason)."


def print_dropped_places(article: Any, drops: list[Any]) -> None:
    """`-v` of `extract` and `ingest`: one stderr line per place name not used, with why."""
    for d in drops:
        click.echo(f"{article.id}: place dropped: {d.surface!r} at {d.start}: {d.reason}", err=True)


@click.command(short_help="Read, extract, resolve and store articles from files, folders or URLs.")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--strict", is_flag=True, help="Stop with a non-zero exit at the first bad file or record."
)
@workers_option
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST",
    help="For http(s) URLs: allow this private/loopback host or address (repeatable).",
)
@click.option("-v", "--verbose", is_flag=True, help=VERBOSE_HELP)
@article_options
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    strict: bool,
    workers: int | None,
    allow_hosts: tuple[str, ...],
    verbose: bool,
    **options: Any,
) -> None:
    """Read, extract, resolve and store the articles in PATHS (files, folders, '-' for stdin,
    or http(s) URLs of pages, fetched safely).

    Already stored articles are skipped, so running it again is safe; an interrupted run
    resumes where it stopped. An article with no publication date is stored with none
    (never today's).
    """
    from sucesos import api

    fields = article_fields(options)
    store = store_from_context(ctx)
    urls = tuple(p for p in paths if p.startswith(("http://", "https://")))
    if urls:
        from sucesos.monitor.cli import ingest_urls_cmd

        fetched = ingest_urls_cmd(ctx, store, urls, allow_hosts)
        click.echo(fetched.format())
        paths = tuple(p for p in paths if p not in urls)
        if not paths:
            ctx.exit(1 if fetched.articles_read == 0 or (strict and fetched.errors) else 0)
    try:
        from sucesos.workers import default_workers

        summary = api.ingest(
            paths,
            store=store,
            progress=show_progress(),
            strict=strict,
            article_fields=fields,
            workers=default_workers() if workers is None else workers,
            explain=print_dropped_places if verbose else None,
        )
    except api.IngestError as exc:
        for line in exc.summary.errors or [str(exc)]:
            click.echo(line, err=True)
        click.echo(f"stopped (--strict): {exc.summary.format()}", err=True)
        ctx.exit(1)
    for line in summary.errors:
        click.echo(line, err=True)
    click.echo(summary.format())
    if summary.articles_read == 0:
        click.echo("error: no article could be read", err=True)
        ctx.exit(1)


@click.command(short_help="Extract event records from files without storing them.")
@click.argument("paths", nargs=-1, required=True)
@article_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines (one record a line), one JSON array, or a table for people.",
)
@click.option(
    "--db",
    "learn_db",
    metavar="PATH",
    help="Also use the outlets' home states learned in this database (nothing is stored).",
)
@click.option("-v", "--verbose", is_flag=True, help=VERBOSE_HELP)
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str,
    learn_db: str | None,
    verbose: bool,
    **options: Any,
) -> None:
    """Extract event records from PATHS without storing them (JSON Lines, JSON or a table on
    stdout). Outlets' home states come from the bundled outlet table, a first pass over the
    input and, with --db, what that database learned from earlier ingests."""
    from sucesos import api

    store = None
    if learn_db:
        store = api.open_store(learn_db)
        ctx.call_on_close(store.close)

    fields = article_fields(options)
    errors: list[str] = []
    n_articles = 0
    collected: list[dict[str, Any]] = []
    if fmt == "table":
        from sucesos.commands.formatting import RECORD_HEADER

        click.echo(RECORD_HEADER)
    found = api.extract_articles(
        paths,
        errors=errors,
        article_fields=fields,
        store=store,
        explain=print_dropped_places if verbose else None,
    )
    for _article, records in found:
        n_articles += 1
        for record in records:
            data = record.to_dict()
            if fmt == "jsonl":
                click.echo(json.dumps(data, ensure_ascii=False))
            elif fmt == "json":
                collected.append(data)
            else:
                from sucesos.commands.formatting import format_record

                click.echo(format_record(data))
        for line in errors:
            click.echo(line, err=True)
        errors.clear()
    for line in errors:
        click.echo(line, err=True)
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    if n_articles == 0:
        click.echo("error: no article could be read", err=True)
        ctx.exit(1)
