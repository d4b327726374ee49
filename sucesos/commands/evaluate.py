"""`sucesos eval`: extraction measured against labelled examples."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(
    "eval", short_help="Measure extraction against labelled examples (precision, recall)."
)
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
