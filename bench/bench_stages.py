"""Where extraction spends its time: CPU milliseconds per text in each stage of the pipeline.

    python bench/bench_stages.py [--rounds 3] [--articles-file FILE] [--headline-lines 2000]

Runs the default pipeline (`sucesos.extract.pipeline.default_pipeline`) with each stage's
`run` timed (`time.process_time`, this process's CPU time: what others sharing the machine
change least) over three sets: the articles of `--articles-file` (default the 62 evaluation
articles, `/tmp/sucesos-texts/dev.jsonl`, skipped when absent), the demo corpus and
`--headline-lines` headlines (the Monitor set, `../shared/eval/dev/monitor_ppd.jsonl`,
else the synthetic headlines of `bench_extract.py`). Each set is extracted `--rounds` times;
printed per set and stage: the median of the rounds' milliseconds per text and its share of
the whole. `setup` is what lies outside the stages: reading the article (sanitizing and
folding the text, its home state and address, the stamp of an undated report) and the one
pass of the sentence lexicons over the text (`lexicon_scan.shared_scan`). The pipeline is the
same as `extract`'s (stages skipped on a text with no event word and no figure stay
skipped), so the records are the same; the timers add about a microsecond per stage.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench_extract import article_of, load_corpus, pin_one_core, synthetic_headlines
from replay import DEFAULT_ARTICLES, read_jsonl

from sucesos.extract.pipeline import Doc, Pipeline, Stage, default_pipeline
from sucesos.models import Article

MONITOR = Path("/work/shared/eval/dev/monitor_ppd.jsonl")
SETUP = "setup"


def timed_pipeline(spent: dict[str, float]) -> Pipeline:
    """The default pipeline with each stage's CPU seconds added to `spent[name]`."""

    def timed(name: str, run: Callable[[Doc], None]) -> Callable[[Doc], None]:
        def wrapper(doc: Doc) -> None:
            started = time.process_time()
            try:
                run(doc)
            finally:
                spent[name] += time.process_time() - started

        return wrapper

    return Pipeline(
        [
            Stage(s.name, timed(s.name, s.run), s.needs, s.provides, s.for_events)
            for s in default_pipeline().stages
        ]
    )


def stage_times(articles: list[Article], rounds: int) -> dict[str, float]:
    """Median over `rounds` of each stage's CPU milliseconds per article (and `setup`)."""
    names = [SETUP, *default_pipeline().stage_names]
    per_round: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        pipeline = timed_pipeline(spent)
        started = time.process_time()
        for item in articles:
            pipeline(item)
        total = time.process_time() - started
        spent[SETUP] = total - sum(spent.values())
        for name in names:
            per_round[name].append(spent[name] * 1000 / len(articles))
    return {name: statistics.median(values) for name, values in per_round.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles-file", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--headline-lines", type=int, default=2000)
    args = parser.parse_args(argv)
    print(pin_one_core())
    sets: dict[str, list[Article]] = {}
    if args.articles_file.exists():
        sets[args.articles_file.name] = [article_of(d) for d in read_jsonl(args.articles_file)]
    sets["demo corpus"] = [article_of(d) for d in load_corpus()]
    if MONITOR.exists():
        sets["headlines " + MONITOR.stem] = [
            article_of(d) for d in read_jsonl(MONITOR, args.headline_lines)
        ]
    else:
        sets["synthetic headlines"] = [
            Article(text=h, language="en" if i % 4 == 3 else "es")
            for i, h in enumerate(synthetic_headlines(args.headline_lines))
        ]
    default_pipeline()(next(iter(sets.values()))[0])  # load lexicons and gazetteer first
    results = {name: stage_times(items, args.rounds) for name, items in sets.items()}
    names = list(next(iter(results.values())))
    print(f"CPU ms per text (median of {args.rounds} rounds) and share of the whole")
    header = "".join(f"{f'{name} ({len(sets[name])})':>32}" for name in results)
    print(f"{'stage':<12}{header}")
    for stage in [*names, "total"]:
        cells = []
        for times in results.values():
            total = sum(times.values())
            value = total if stage == "total" else times[stage]
            cells.append(f"{value:>24.2f} {value / total:>7.1%}")
        print(f"{stage:<12}{''.join(cells)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
