"""Time per character of extraction on realistic and adversarial text families.

Each family is generated at 1k, 10k, 100k and 1M characters and run through every stage of
the extraction pipeline; the table shows microseconds per character per stage and in total.
Linear stages keep a flat µs/char as the size grows; a quadratic one would grow tenfold per
row. Run once with the per-article cap lifted (`--uncapped`, the default: shows the stages'
own growth) and once as shipped (`--capped`: shows that no article takes more than about a
second whatever its size, because text past `MAX_TEXT_CHARS` is cut and reported).

    python bench/bench_fuzz.py [--sizes 1000,10000,100000,1000000] [--capped]

(The long fuzz run is a test command: `SUCESOS_FUZZ_EXAMPLES=50000 pytest tests/test_fuzz.py
-s`, see bench/README.md.)

All texts are generated here (synthetic); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sucesos.extract import pipeline as pipeline_module
from sucesos.extract.pipeline import default_pipeline
from sucesos.models import Article

CORPUS = Path(__file__).resolve().parents[1] / "sucesos" / "demo" / "corpus"


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


def _realistic(size: int) -> str:
    bodies = [json.loads(p.read_text("utf-8"))["text"] for p in sorted(CORPUS.glob("*.json"))]
    return _repeat("\n\n".join(bodies) + "\n\n")(size)


def _random_unicode(size: int) -> str:
    rng = random.Random(size)
    pool = "aeiouáéíóúñ AEIOU.,;:!?¿¡()\"'\n0123456789²①١٢\u200b\u00a0\t-/@#$%"
    return "".join(rng.choice(pool) for _ in range(size))


FAMILIES: dict[str, Callable[[int], str]] = {
    "realistic (demo corpus)": _realistic,
    "abbreviations 'Sr. '": _repeat("Sr. "),
    "abbreviations 'Gral. Col. '": _repeat("Gral. Col. "),
    "nested HTML as text": lambda n: ("<div>" * (n // 11) + "</div>" * (n // 11))[:n],
    "one long word": _repeat("a"),
    "digits, no spaces": _repeat("1234567890"),
    "numbers and spaces": _repeat("12 "),
    "dates": _repeat("el 12 de marzo de 2024, "),
    "number words": _repeat("mil cien veinte "),
    "punctuation": _repeat("!?.…\"'»)"),
    "whitespace": _repeat(" \n\t "),
    "killings": _repeat("Mataron a 3 personas en Celaya, Guanajuato. "),
    "random unicode": _random_unicode,
}


def time_stages(text: str) -> dict[str, float]:
    """CPU seconds per stage for one article of `text` (CPU, not wall time: on a machine
    shared with other jobs, wall time measures the queue for the CPU)."""
    pipe = default_pipeline()
    article = Article(text=text, language="es", published=date(2024, 3, 12))
    start = time.process_time()
    doc = pipe.make_doc(article)
    out = {"make_doc": time.process_time() - start}
    for stage in pipe.stages:
        start = time.process_time()
        stage.run(doc)
        out[stage.name] = time.process_time() - start
    return out


def bench(sizes: list[int], capped: bool) -> None:
    if not capped:
        pipeline_module.MAX_TEXT_CHARS = max(sizes) + 1
    time_stages("Calentamiento: mataron a 2 personas en Celaya el lunes.")  # load lexicons
    cap = pipeline_module.MAX_TEXT_CHARS
    print(f"CPU µs per character (cap {cap:,} characters{'' if capped else ', lifted'})")
    header = f"{'family':30} {'chars':>9} {'total s':>8} {'µs/char':>8}  slowest stage"
    print(header)
    print("-" * len(header))
    worst = 0.0
    growth: dict[str, float] = {}
    for family, make in FAMILIES.items():
        per_char: list[float] = []
        for size in sizes:
            stages = time_stages(make(size))
            total = sum(stages.values())
            slow = max(stages, key=lambda k: stages[k])
            worst = max(worst, total)
            per_char.append(total / size * 1e6)
            print(
                f"{family:30} {size:>9,} {total:>8.3f} {per_char[-1]:>8.2f}"
                f"  {slow} {stages[slow]:.3f}s"
            )
        growth[family] = per_char[-1] / max(per_char[0], 1e-9)
    print(f"slowest article: {worst:.3f} s")
    # Linear: about 1 (a fixed cost per article makes small sizes dearer, so often below 1);
    # quadratic: about the size ratio (1,000 from 1k to 1M characters).
    print(f"growth of µs/char from {sizes[0]:,} to {sizes[-1]:,} characters:")
    for family, ratio in growth.items():
        print(f"  {family:30} {ratio:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--capped", action="store_true", help="keep the shipped cap")
    args = parser.parse_args()
    bench([int(s) for s in args.sizes.split(",")], args.capped)


if __name__ == "__main__":
    main()
