"""`sucesos batch extract|load`: a thin layer over `sucesos.batch` (Dask is imported only when
a batch command runs, so `sucesos --help` stays fast)."""

from __future__ import annotations

from typing import Any

import click

from sucesos.batch.plan import DEFAULT_PARTITION_SIZE

_WORKERS = click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Worker processes of the local Dask cluster (default: one per core).",
)
_SCHEDULER = click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Use this running Dask cluster instead of starting a local one.",
)


def _missing_extra(exc: ImportError) -> click.ClickException:
    return click.ClickException(
        f"{exc}: `sucesos batch` needs the batch extra: pip install 'sucesos[batch]'"
    )


@click.group("batch")
def batch() -> None:
    """Extract and load millions of articles on a Dask cluster.

    `batch extract` writes Parquet partitions, `batch load` stores and resolves them (README,
    "Batch: millions of articles on Dask and PostgreSQL").
    """


@batch.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", "out", required=True, type=click.Path(file_okay=False), help="Output folder."
)
@_WORKERS
@_SCHEDULER
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=DEFAULT_PARTITION_SIZE,
    show_default=True,
    help="Articles (lines, or files) per partition.",
)
def extract_cmd(
    inputs: tuple[str, ...],
    out: str,
    workers: int | None,
    scheduler: str | None,
    partition_size: int,
) -> None:
    """Extract the articles in INPUTS (files, folders) into Parquet partitions under -o DIR.

    Progress is printed per partition; running it again skips finished partitions, so a
    killed run resumes where it stopped.
    """
    try:
        from sucesos.batch.extract import extract_batch
        from sucesos.batch.manifest import ManifestError, PartEntry
        from sucesos.batch.plan import PlanError
    except ImportError as exc:
        raise _missing_extra(exc) from exc

    def show(name: str, entry: PartEntry, round_: int) -> None:
        what = "extracted" if round_ == 0 else f"home states, round {round_}"
        click.echo(
            f"{name}: {entry.articles} articles, {entry.records} records"
            f" ({what}, {entry.seconds:.1f} s)",
            err=True,
        )

    try:
        summary = extract_batch(
            inputs,
            out,
            workers=workers,
            scheduler=scheduler,
            partition_size=partition_size,
            progress=show,
        )
    except (PlanError, ManifestError) as exc:
        raise click.ClickException(str(exc)) from exc
    for line in summary.errors:
        click.echo(line, err=True)
    click.echo(summary.format())


@batch.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@_WORKERS
@_SCHEDULER
@click.pass_context
def load_cmd(
    ctx: click.Context,
    folder: str,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Store the partitions in FOLDER (from `batch extract`) and resolve their events, into
    the database of `--db URL` (before or after the command; or SUCESOS_DB).

    On PostgreSQL the states are resolved in parallel on the Dask workers. Running it again
    skips what is stored; a killed run resumes with no duplicates.
    """
    try:
        from sucesos.batch.load import load_batch
        from sucesos.batch.manifest import ManifestError
    except ImportError as exc:
        raise _missing_extra(exc) from exc
    from sucesos.api import open_store

    def show(step: str, name: str, info: dict[str, Any]) -> None:
        if step == "store":
            click.echo(
                f"stored {name}: {info['new']} new articles, {info['records']} records"
                f" ({info['seconds']:.1f} s)",
                err=True,
            )
        else:
            click.echo(
                f"resolved {name}: {info['records']} records, {info['created']} events"
                f" created ({info['seconds']:.1f} s)",
                err=True,
            )

    store = open_store(ctx.obj.get("db") if ctx.obj else None)
    ctx.call_on_close(store.close)
    try:
        summary = load_batch(folder, store, workers=workers, scheduler=scheduler, progress=show)
    except ManifestError as exc:
        raise click.ClickException(str(exc)) from exc
    for line in summary.errors:
        click.echo(line, err=True)
    click.echo(summary.format())
