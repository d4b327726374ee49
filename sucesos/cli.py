"""The `sucesos` command: a thin layer over `sucesos.api` (parse options, call, format).

Each command lives in its own module (`sucesos/commands/`, or the stage that owns it) and is
imported only when run, so `sucesos --help` starts fast. `--db` is accepted before or after
the command name.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from sucesos.cli_context import LazyGroup

# name → ("module:command", the one-line help `sucesos --help` shows without importing it).
COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": (
        "sucesos.commands.ingest:ingest",
        "Read, extract, resolve and store articles from files, folders or URLs.",
    ),
    "reextract": (
        "sucesos.commands.reextract:reextract",
        "Rebuild events from the stored articles into a new database.",
    ),
    "extract": (
        "sucesos.commands.ingest:extract",
        "Extract event records from files without storing them.",
    ),
    "events": (
        "sucesos.commands.events:events",
        "List stored events that match the filters; `events show ID` for one.",
    ),
    "export": (
        "sucesos.commands.export:export_cmd",
        "Export the events that match the filters (ACLED CSV, GeoJSON, ...).",
    ),
    "stats": (
        "sucesos.commands.stats:stats",
        "Events and fatalities by state, municipality, category, actor, week.",
    ),
    "demo": (
        "sucesos.commands.demo:demo",
        "Build the demo database from the bundled corpus, then serve it.",
    ),
    "eval": (
        "sucesos.commands.evaluate:eval_cmd",
        "Measure extraction against labelled examples (precision, recall).",
    ),
    "serve": (
        "sucesos.web.cli:serve",
        "Serve the HTTP API (OpenAPI docs at /docs) and the web dashboard at /.",
    ),
    "feeds": (
        "sucesos.monitor.cli:feeds",
        "Manage the RSS/Atom feeds `sucesos watch` polls (lists them with no...",
    ),
    "watch": (
        "sucesos.monitor.cli:watch",
        "Poll the feeds, fetch new items' pages, extract and store events,...",
    ),
    "rules": (
        "sucesos.alerts.cli:rules",
        "Manage watch rules (lists them with no subcommand); `watch --rules...",
    ),
    "alerts": (
        "sucesos.alerts.cli:alerts",
        "List stored alerts, newest first, with the events behind each.",
    ),
    "batch": (
        "sucesos.batch.cli:batch",
        "Extract and load millions of articles on a Dask cluster.",
    ),
}


def hoist_db(args: Sequence[str]) -> list[str]:
    """`args` with every `--db VALUE` / `--db=VALUE` moved to the front, so the option works
    before or after any command (`sucesos events --db x.db` = `sucesos --db x.db events`).
    Arguments after `--` are left alone."""
    front: list[str] = []
    rest: list[str] = []
    items = list(args)
    i = 0
    while i < len(items):
        arg = items[i]
        if arg == "--":
            rest.extend(items[i:])
            break
        if arg == "--db" and i + 1 < len(items):
            front = ["--db", items[i + 1]]
            i += 2
            continue
        if arg.startswith("--db="):
            front = [arg]
        else:
            rest.append(arg)
        i += 1
    return front + rest


class SucesosGroup(LazyGroup):
    """The top-level group: lazy commands, and `--db` anywhere on the command line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_db(args))


@click.group(
    cls=SucesosGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--db",
    metavar="PATH",
    envvar="SUCESOS_DB",
    help="Database file or SQLAlchemy URL, before or after the command (default: SUCESOS_DB, "
    "else $XDG_DATA_HOME/sucesos/sucesos.db).",
)
@click.version_option(package_name="sucesos")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Structured, sourced, mapped events of organized-crime violence in Mexico, from news.

    After `make demo`, run `. .venv/bin/activate` (or use .venv/bin/sucesos); the demo's
    events are in the demo database (`sucesos events` says where).
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
