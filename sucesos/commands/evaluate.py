"""`sucesos eval`: extraction measured against labelled examples."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(
    "eval", short_help="Measure extraction against labelled examples (precision, recall)."
)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False),
    help="Also write the report as JSON here.",
)
@click.option("--limit", type=int, help="Only the first N examples.")
@click.option(
    "--texts",
    type=click.Path(exists=True, dir_okay=False),
    help="The rebuilt article texts (JSON Lines) for an articles gold file.",
)
@click.option(
    "--show",
    is_flag=True,
    help="With --texts: list each miss, leak, extra record, wrong toll and wrong day.",
)
def eval_cmd(
    files: tuple[str, ...],
    json_out: str | None,
    limit: int | None,
    texts: str | None,
    show: bool,
) -> None:
    """Measure extraction against labelled examples (JSON Lines, optionally gzipped; a
    folder means its .jsonl and .jsonl.gz files).

    With --texts, FILE is the gold of hand-coded full articles and TEXTS their rebuilt texts;
    the figures are those of the team's article scorer.
    """
    from sucesos.evaluation import (
        evaluate_articles,
        evaluate_files,
        format_article_scores,
        format_report,
        is_article_gold,
    )

    if texts is not None or any(
        is_article_gold(f) for f in files if Path(f).is_file() and not f.endswith(".gz")
    ):
        if texts is None or len(files) != 1:
            raise click.UsageError(
                "an articles gold file needs --texts TEXTS.jsonl (one gold file)"
            )
        scores = evaluate_articles(files[0], texts, require_identical=False)
        check = scores.check
        if check is not None and not check.complete:
            click.echo(
                f"texts: {check.identical}/{check.articles} articles identical to the coded "
                f"text; evidence found for {check.evidence_found}/{check.evidence} events",
                err=True,
            )
        click.echo(format_article_scores(scores, show=show))
        payload = scores.figures()
    else:
        report = evaluate_files(list(files), limit=limit)
        click.echo(format_report(report))
        payload = report.to_dict()
    if json_out:
        Path(json_out).write_text(
            json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
