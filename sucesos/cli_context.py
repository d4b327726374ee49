"""What every CLI command shares: the store chosen by `--db`, progress bars, commands loaded
only when run, and the event filters (checked by `sucesos.filters`, as the API checks them).

Nothing here imports the store, the extractor or the web stack at module level, so
`sucesos --help` and `sucesos events --help` start in a fraction of a second.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from sucesos.filters import EventQuery
    from sucesos.store import Store

F = TypeVar("F", bound=Callable[..., Any])

# Characters of a command's one-line help in `--help` listings.
SHORT_HELP_LIMIT = 70


def store_from_context(ctx: click.Context) -> Store:
    """The store named by `--db` (before or after the command; else `SUCESOS_DB`, else the
    default), closed when the command ends."""
    from sucesos.store import Store  # not sucesos.api: that loads the resolver and exports

    root = ctx.find_root()
    store = Store(root.obj.get("db") if root.obj else None)
    ctx.call_on_close(store.close)
    return store


def db_given(ctx: click.Context) -> str | None:
    """The `--db` value (or SUCESOS_DB) the command runs with; None means the default."""
    root = ctx.find_root()
    value = root.obj.get("db") if root.obj else None
    return str(value) if value else None


def show_progress() -> bool:
    """Progress bars only when a person watches stderr (never in pipes, logs or CI)."""
    return sys.stderr.isatty()


class LazyGroup(click.Group):
    """A command group whose subcommands are imported only when run.

    `lazy` maps a name to ("module:attribute", one-line help); the help line is shown by
    `--help` without importing the module (a test checks it matches the command's own).
    """

    def __init__(
        self, *args: Any, lazy: dict[str, tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            target, _ = self.lazy[cmd_name]
            module, _, attribute = target.partition(":")
            command = getattr(importlib.import_module(module), attribute)
            if not isinstance(command, click.Command):
                raise TypeError(f"[C001] {target} is not a click command")
            self.commands[cmd_name] = command
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            if name in self.commands:
                command = self.commands[name]
                if command.hidden:
                    continue
                rows.append((name, command.get_short_help_str(SHORT_HELP_LIMIT)))
            else:
                rows.append((name, self.lazy[name][1]))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


# --- event filters, shared by events, export, stats --------------------------------------


def filter_options(func: F) -> F:
    """The filters of `sucesos events` (also on `export` and `stats`), as the API takes them."""
    options = [
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option(
            "--state", help="State name (accents optional), ISO code (MX-JAL, JAL) or INEGI (14)."
        ),
        click.option("--municipality", help="Municipality name or 5-digit INEGI code."),
        click.option("--category", help="Category or category family (e.g. attack, violence)."),
        click.option(
            "--actor", help="Actor by any alias (CJNG, Sedena, Marina) or part of a name."
        ),
        click.option("--status", metavar="STATUS", help="reported or disputed."),
        click.option("--text", help="Words in the reporting articles or the place name."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


FILTER_NAMES = ("since", "until", "state", "municipality", "category", "actor", "status", "text")


def query_from_options(options: dict[str, Any]) -> EventQuery:
    """The filter options of a command, checked: a state, category or status that names
    nothing stops the command with exit 2 and the valid values (the API answers 422)."""
    from sucesos.filters import FilterError, parse_filters

    try:
        return parse_filters(**{k: options.get(k) for k in FILTER_NAMES})
    except FilterError as exc:
        raise click.BadParameter(str(exc), param_hint=f"--{exc.name}") from None


def empty_store_hint(store: Store, ctx: click.Context) -> str:
    """What to do when the chosen database holds no events: where it is, where the demo's
    events are (when a demo was built), and the commands that fill it."""
    from sucesos.paths import demo_db_path

    lines = [f"No events in {store.url} yet."]
    demo = demo_db_path()
    if db_given(ctx) is None and demo.exists():
        lines.append(f"The demo's events are in {demo}:  sucesos --db {demo} events")
    lines.append(
        "Add articles with `sucesos ingest FILE...` (or `sucesos demo` for the bundled demo)."
    )
    return "\n".join(lines)
