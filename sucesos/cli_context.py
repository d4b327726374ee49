"""What every CLI command shares: the store chosen by `--db`, and whether to draw progress."""

from __future__ import annotations

import sys

import click

from sucesos import api


def store_from_context(ctx: click.Context) -> api.Store:
    """The store named by the global `--db` option (else `SUCESOS_DB`, else the default),
    closed when the command ends."""
    store = api.open_store(ctx.obj.get("db") if ctx.obj else None)
    ctx.call_on_close(store.close)
    return store


def show_progress() -> bool:
    """Progress bars only when a person watches stderr (never in pipes, logs or CI)."""
    return sys.stderr.isatty()
