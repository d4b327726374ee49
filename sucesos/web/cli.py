"""The `sucesos serve` command, and serving the dashboard at the end of `sucesos demo`."""

from __future__ import annotations

from dataclasses import replace

import click

from sucesos.store import Store
from sucesos.web.settings import Settings


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--token-file",
    type=click.Path(exists=True, dir_okay=False),
    help="File holding the write token (default: SUCESOS_TOKEN, else SUCESOS_TOKEN_FILE).",
)
@click.option(
    "--private",
    is_flag=True,
    default=None,
    help="Reads need the token too (default: open reads, or SUCESOS_PRIVATE=1).",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes serving requests (each with its own database connections).",
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    token_file: str | None,
    private: bool | None,
    workers: int,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs) and the web dashboard at /.

    Reads are open; POST /api/articles needs `Authorization: Bearer <token>` with the token
    from SUCESOS_TOKEN or --token-file. Works offline: every asset is bundled. Request bodies
    over SUCESOS_MAX_BODY_BYTES are refused (413); past SUCESOS_MAX_CONCURRENCY requests at
    once per worker, the server answers 503 instead of queueing.
    """
    from sucesos.web.server import serve as run
    from sucesos.web.server import serve_workers

    settings = Settings.from_env(db=ctx.obj.get("db"), token_file=token_file, private=private)
    with Store(settings.db) as store:  # created and migrated once, before any worker starts
        click.echo(
            f"Serving {store.url} at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops"
        )
        if workers == 1:
            run(settings, store=store, host=host, port=port)
            return
        url = store.url
    serve_workers(replace(settings, db=url), host=host, port=port, workers=workers)


def serve_demo(store: Store, host: str, port: int) -> None:
    """Serve the freshly built demo database (the last step of `sucesos demo`)."""
    from sucesos.web.server import serve as run

    settings = Settings.from_env(db=store.url)
    click.echo(f"\nDashboard: http://{host}:{port}/  (API docs at /docs); Ctrl-C stops")
    run(settings, store=store, host=host, port=port)
