"""The `sucesos` command: a thin layer over `sucesos.api` (parse options, call, format)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from sucesos import api
from sucesos.cli_context import show_progress, store_from_context
from sucesos.export import FORMATS

TABLE_COLUMNS = (
    ("id", "ID", 16),
    ("date", "DATE", 10),
    ("admin1", "STATE", 18),
    ("admin2", "MUNICIPALITY", 20),
    ("category", "CATEGORY", 18),
    ("fatalities", "KILLED", 6),
    ("n_sources", "SRC", 3),
    ("status", "STATUS", 9),
)


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(events: Sequence[dict[str, Any]]) -> str:
    """Events as a fixed-width text table, one line each."""
    lines = [" ".join(title.ljust(width) for _, title, width in TABLE_COLUMNS).rstrip()]
    for event in events:
        cells = [_cell(event.get(key), width).ljust(width) for key, _, width in TABLE_COLUMNS]
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines)


def format_stats(stats: dict[str, Any], top: int = 15) -> str:
    """Totals and the largest groups by state, category and week, for people."""
    lines = [
        f"articles {stats['articles']}  records {stats['records']}  events {stats['events']}"
        f"  disputed {stats['disputed_events']}  fatalities {stats['fatalities']}"
    ]
    for key, title in (("by_state", "State"), ("by_category", "Category"), ("by_week", "Week")):
        groups = stats[key]
        if not groups:
            continue
        lines.append(f"\n{title}:")
        items = list(groups.items())
        if key == "by_week":
            items = items[-top:]
        for name, n in items[:top]:
            lines.append(f"  {name:<32} {n:>6}")
    return "\n".join(lines)


def format_event(event: dict[str, Any]) -> str:
    """One event in full: where, when, who, figures per source, evidence and history."""
    place = ", ".join(
        x for x in (event.get("location"), event.get("admin2"), event.get("admin1")) if x
    )
    lines = [
        f"Event {event['id']}  [{event['status']}]",
        f"  what:   {event['category']} / {event.get('event_type') or '-'}"
        f" / {event.get('sub_event_type') or '-'}",
        f"  when:   {event.get('date') or '?'} ({event.get('date_precision') or '?'})",
        f"  where:  {place or '?'}"
        + (f"  ({event['latitude']}, {event['longitude']})" if event.get("latitude") else ""),
        "  actors: " + (", ".join(f"{a['name']} ({a['role']})" for a in event["actors"]) or "-"),
        f"  killed: {event.get('fatalities') if event.get('fatalities') is not None else '?'}"
        f" (reported {event.get('fatalities_min')}–{event.get('fatalities_max')}),"
        f" {event['n_sources']} source{'' if event['n_sources'] == 1 else 's'}",
    ]
    if event.get("disputed"):
        lines.append(
            "  DISPUTED: "
            + "; ".join(
                (
                    f"{what}: " + ", ".join(f"{who} {v}" for who, v in values.items())
                    if what != "status"
                    else "account contested in " + ", ".join(values)
                )
                for what, values in (event.get("dispute") or {}).items()
            )
        )
    lines.append("\nReports:")
    for r in event["reports"]:
        lines.append(
            f"  - {r['source']}: {r.get('title') or r['article_id']}"
            f" [{r.get('status')}, killed {r.get('fatalities')}]"
            + (f" (syndicated copy of {r['copy_of']})" if r.get("copy_of") else "")
            + f"\n    record {r['record_id']}, article {r['article_id']}"
            + (f"\n    {r['url']}" if r.get("url") else "")
        )
    if event["figures"]:
        lines.append("\nFigures by source:")
        lines.extend(_figures_table(event["figures"]))
    if event.get("resolved"):
        lines.append("\nResolved figures (lowest reported; range; who says what):")
        lines.extend(
            f"  {what}: {f['value']} ({f['min']}–{f['max']})"
            + (" DISPUTED" if f["disputed"] else "")
            + "  "
            + ", ".join(f"{who} {v}" for who, v in f["sources"].items())
            for what, f in event["resolved"].items()
        )
    if event["evidence"]:
        lines.append("\nEvidence:")
        lines.extend(f"  - {e['source']}: “{e['text']}”" for e in event["evidence"])
    lines.append("\nHistory:")
    lines.extend(f"  v{h['version']} {h['at']}  {h['reason']}" for h in event["history"])
    return "\n".join(lines)


def _figures_table(figures: dict[str, dict[str, list[dict[str, Any]]]]) -> list[str]:
    """One row per figure, one column per outlet; a cell shows each value the outlet gives,
    with whom it attributes it to."""

    def cell(claims: list[dict[str, Any]]) -> str:
        return " / ".join(
            f"{c['value']}" + (f" ({c['attributed_to']})" if c["attributed_to"] else "")
            for c in claims
        )

    outlets = sorted({outlet for by_outlet in figures.values() for outlet in by_outlet})
    cells = {
        what: [cell(by_outlet.get(o, [])) for o in outlets] for what, by_outlet in figures.items()
    }
    widths = [max(len(o), *(len(row[i]) for row in cells.values())) for i, o in enumerate(outlets)]
    first = max(len(w) for w in figures)
    rows = [
        "  "
        + " " * first
        + "  "
        + "  ".join(o.ljust(w) for o, w in zip(outlets, widths, strict=True))
    ]
    for what, row in cells.items():
        rows.append(
            "  "
            + what.ljust(first)
            + "  "
            + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
        )
    return [r.rstrip() for r in rows]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH",
    envvar="SUCESOS_DB",
    help="Database file or SQLAlchemy URL (default: SUCESOS_DB, else "
    "$XDG_DATA_HOME/sucesos/sucesos.db).",
)
@click.version_option(package_name="sucesos")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Structured, sourced, mapped events of organized-crime violence in Mexico, from news."""
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--strict", is_flag=True, help="Stop with a non-zero exit at the first bad file or record."
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="HOST",
    help="For http(s) URLs: allow this private/loopback host or address (repeatable).",
)
@click.pass_context
def ingest(
    ctx: click.Context, paths: tuple[str, ...], strict: bool, allow_hosts: tuple[str, ...]
) -> None:
    """Read, extract, resolve and store the articles in PATHS (files, folders, '-' for stdin,
    or http(s) URLs of pages, fetched safely).

    Already stored articles are skipped, so running it again is safe; an interrupted run
    resumes where it stopped.
    """
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
        summary = api.ingest(paths, store=store, progress=show_progress(), strict=strict)
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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Extract event records from PATHS without storing them; JSON Lines on stdout."""
    errors: list[str] = []
    n_articles = 0
    for _article, records in api.extract_articles(paths, errors=errors):
        n_articles += 1
        for record in records:
            click.echo(json.dumps(record.to_dict(), ensure_ascii=False))
        for line in errors:
            click.echo(line, err=True)
        errors.clear()
    for line in errors:
        click.echo(line, err=True)
    if n_articles == 0:
        click.echo("error: no article could be read", err=True)
        ctx.exit(1)


@main.group(invoke_without_command=True)
@click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--state", help="State name (accents optional) or code (JAL, MX-JAL).")
@click.option("--municipality", help="Municipality name or 5-digit INEGI code.")
@click.option("--category", help="Category or category family.")
@click.option("--actor", help="Part of an actor's name.")
@click.option("--status", type=click.Choice(["reported", "disputed"]), help="Event status.")
@click.option("--text", help="Words in the reporting articles or the place name.")
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
def events(ctx: click.Context, fmt: str, limit: int, **filters: Any) -> None:
    """List stored events, newest first; `events show ID` shows one in full."""
    if ctx.invoked_subcommand is not None:
        return
    store = store_from_context(ctx)
    try:
        rows = store.events(limit=limit or None, **filters)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        from sucesos.export.formats import write_events_csv

        write_events_csv(rows, sys.stdout)
    else:
        click.echo(format_table(rows))


@events.command("show")
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@click.pass_context
def events_show(ctx: click.Context, event_id: str, as_json: bool) -> None:
    """Show one event (id or unique id prefix): reports, figures per source, evidence, history."""
    event = store_from_context(ctx).event(event_id)
    if event is None:
        click.echo(f"error: no event {event_id!r}", err=True)
        ctx.exit(1)
        return
    click.echo(json.dumps(event, ensure_ascii=False, indent=2) if as_json else format_event(event))


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Output file (default stdout)."
)
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Export every stored event (ACLED-compatible CSV, GeoJSON, Parquet or JSON Lines)."""
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give -o FILE or redirect stdout")
    try:
        n = api.export(store_from_context(ctx), fmt, output)
    except RuntimeError as exc:
        click.echo(f"error: {exc}", err=True)
        ctx.exit(1)
        return
    click.echo(f"{n} events written to {output or 'stdout'}", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts of stored events by state, category and week."""
    data = store_from_context(ctx).stats()
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else format_stats(data))


@main.command()
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

    Without --db the demo database lives in the data folder and is recreated on each run.
    """
    try:
        store, summary = api.demo(ctx.obj.get("db"), progress=show_progress())
    except api.DemoError as exc:
        raise click.UsageError(str(exc)) from exc
    ctx.call_on_close(store.close)
    for line in summary.errors:
        click.echo(line, err=True)
    click.echo(f"Demo database: {store.url}")
    click.echo(summary.format() + "\n")
    click.echo(format_table(store.events(limit=limit)) + "\n")
    click.echo(format_stats(store.stats()))
    if serve:
        from sucesos.web.cli import serve_demo

        serve_demo(store, host, port)


@main.command("eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False),
    help="Also write the report as JSON here.",
)
@click.option("--limit", type=int, help="Only the first N examples.")
def eval_cmd(files: tuple[str, ...], json_out: str | None, limit: int | None) -> None:
    """Measure extraction against labelled examples (JSON Lines, optionally gzipped)."""
    from sucesos.evaluation import evaluate_files, format_report

    report = evaluate_files(list(files), limit=limit)
    click.echo(format_report(report))
    if json_out:
        Path(json_out).write_text(
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


# Commands of other stages live in their own modules and register here, one line each.
from sucesos.resolve.split import split_command  # noqa: E402

events.add_command(split_command)
from sucesos.web.cli import serve as serve_command  # noqa: E402

main.add_command(serve_command)
from sucesos.alerts.cli import alerts as alerts_command  # noqa: E402
from sucesos.alerts.cli import rules as rules_group  # noqa: E402
from sucesos.monitor.cli import feeds as feeds_group  # noqa: E402
from sucesos.monitor.cli import watch as watch_command  # noqa: E402

main.add_command(feeds_group)
main.add_command(watch_command)
main.add_command(rules_group)
main.add_command(alerts_command)


class _LazyBatch(click.Group):
    """`sucesos batch`, imported only when used: Dask and pyarrow load slowly."""

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        from sucesos.batch.cli import batch

        return batch.get_command(ctx, name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return ["extract", "load"]


main.add_command(
    _LazyBatch(
        "batch",
        help="Extract and load millions of articles on a Dask cluster (see README, Batch).",
    )
)
