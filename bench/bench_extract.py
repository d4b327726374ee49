"""Extraction speed benchmark: articles/s, headlines/s, peak memory and start-up time.

    python bench/bench_extract.py [--articles N] [--headlines N] [--startup-runs N] [--strict]

Everything runs on one CPU core (the process pins itself to one where the OS allows).
Articles are the synthetic demo corpus (sucesos/demo/corpus/*.json) repeated with small
variations so no two inputs are identical; when that folder is empty, synthetic articles
are generated from templates. Headlines are generated from templates (synthetic, never
evaluation data). Targets: >= 200 articles/s, >= 2,000 headlines/s, peak RSS <= 400 MB,
start-up (fresh interpreter to first result) <= 1 s. With --strict the exit status is 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sucesos.models import Article, EventRecord

# One core: keep numeric libraries from spreading work over threads.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "sucesos" / "demo" / "corpus"

TARGET_ARTICLES_PER_S = 200.0
TARGET_HEADLINES_PER_S = 2000.0
TARGET_PEAK_RSS_MB = 400.0
TARGET_STARTUP_S = 1.0

# --- synthetic material (all invented) ------------------------------------------------

PLACES = [
    ("Celaya", "Guanajuato"),
    ("Culiacán", "Sinaloa"),
    ("Zamora", "Michoacán"),
    ("Ciudad Juárez", "Chihuahua"),
    ("Tijuana", "Baja California"),
    ("Acapulco", "Guerrero"),
    ("Cajeme", "Sonora"),
    ("Fresnillo", "Zacatecas"),
    ("Reynosa", "Tamaulipas"),
    ("Uruapan", "Michoacán"),
    ("Tlaquepaque", "Jalisco"),
    ("Coatzacoalcos", "Veracruz"),
]
NUMBERS_ES = ["dos", "tres", "cuatro", "cinco", "seis", "siete"]
HEADLINES_ES = [
    "Asesinan a {n} hombres en {city}, {state}",
    "Hallan {n} cuerpos en una brecha de {city}",
    "Detienen a {n} presuntos integrantes de una célula delictiva en {city}",
    "Ataque armado en un bar de {city} deja {n} muertos y {m} heridos",
    "Rescatan a {n} personas secuestradas en {city}, {state}",
    "Localizan fosa clandestina con restos de {n} personas en {state}",
    "Enfrentamiento entre militares y civiles armados en {city} deja {n} abatidos",
    "Queman vehículos y bloquean carreteras en {city} tras detención de un líder criminal",
    "Balean a policía municipal de {city}; se reporta estable",
    "Aseguran {n} armas largas y cartuchos en cateo en {city}",
]
HEADLINES_EN = [
    "Gunmen kill {n} in {city}, {state}",
    "{n} bodies found near {city}, Mexico",
    "Mexican soldiers arrest {n} suspected cartel members in {state}",
    "Shootout in {city} leaves {n} dead",
    "Police rescue {n} kidnapping victims in {city}",
]
PARAGRAPHS = [
    "Un ataque armado ocurrido la noche del {day} en la colonia Centro de {city}, {state}, "
    "dejó un saldo de {n} personas sin vida y {m} más lesionadas, de acuerdo con reportes de "
    "la Fiscalía del estado.",
    "Según los primeros reportes, sujetos armados que viajaban en una camioneta dispararon "
    "contra un grupo de personas que se encontraba afuera de un domicilio. Los agresores "
    "huyeron con rumbo desconocido.",
    "Elementos de la Guardia Nacional y de la policía estatal acordonaron la zona e "
    "implementaron un operativo para localizar a los responsables; hasta el momento no se "
    "reportan personas detenidas.",
    "En un hecho distinto, en el municipio vecino fueron localizados {m} cuerpos con huellas "
    "de violencia a un costado de la carretera, informaron autoridades municipales.",
    "La Fiscalía General del Estado abrió una carpeta de investigación por el delito de "
    "homicidio y no descarta ninguna línea, incluida la disputa entre grupos criminales por "
    "el control de la plaza.",
    "De acuerdo con cifras oficiales, en lo que va del año se han registrado cientos de "
    "homicidios dolosos en la entidad, la mayoría con arma de fuego.",
    "Vecinos de la zona señalaron que escucharon al menos veinte detonaciones y que los "
    "servicios de emergencia tardaron varios minutos en llegar al lugar.",
]


def synthetic_headlines(count: int, seed: int = 7) -> list[str]:
    """`count` invented headlines, Spanish and English, from the templates above."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        city, state = rng.choice(PLACES)
        if i % 4 == 3:
            tpl, n = rng.choice(HEADLINES_EN), str(rng.randint(2, 9))
        else:
            tpl, n = rng.choice(HEADLINES_ES), rng.choice(NUMBERS_ES)
        out.append(tpl.format(n=n, m=rng.randint(1, 6), city=city, state=state))
    return out


def synthetic_article_dicts(count: int, seed: int = 11) -> list[dict[str, object]]:
    """Invented full-length Spanish articles (~2,500 characters), used when no demo corpus."""
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for i in range(count):
        city, state = rng.choice(PLACES)
        fill = {
            "city": city,
            "state": state,
            "n": rng.choice(NUMBERS_ES),
            "m": rng.randint(1, 6),
            "day": rng.choice(["lunes", "martes", "viernes", "sábado"]),
        }
        paras = [p.format(**fill) for p in PARAGRAPHS]
        body = "\n\n".join(paras + [p.format(**fill) for p in rng.sample(PARAGRAPHS, 3)])
        out.append(
            {
                "id": f"synthetic-{i}",
                "title": rng.choice(HEADLINES_ES).format(**fill),
                "text": body,
                "published": "2024-05-10",
                "source": "Diario Sintético",
                "language": "es",
            }
        )
    return out


def load_corpus() -> list[dict[str, object]]:
    """The demo corpus as dicts (each file one article or a list of them)."""
    items: list[dict[str, object]] = []
    for path in sorted(CORPUS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items.extend(data if isinstance(data, list) else [data])
    return [x for x in items if isinstance(x, dict) and x.get("text")]


def vary(item: dict[str, object], k: int) -> dict[str, object]:
    """Copy k of an article, slightly changed: small numbers shifted, paragraphs rotated."""
    if k == 0:
        return item

    def shift(m: re.Match[str]) -> str:
        value = int(m.group())
        return str(value + k % 3) if value < 100 else m.group()

    paras = str(item["text"]).split("\n\n")
    if len(paras) > 2:
        r = 1 + k % (len(paras) - 1)
        # The lead paragraph stays first: it carries the main event.
        paras = paras[:1] + paras[1:][r - 1 :] + paras[1:][: r - 1]
    text = re.sub(r"\b\d{1,2}\b", shift, "\n\n".join(paras))
    return {**item, "id": f"{item.get('id', 'a')}-v{k}", "text": text}


def make_articles(count: int) -> tuple[list[Article], str]:
    base = load_corpus()
    origin = f"demo corpus ({len(base)} files, varied)"
    if not base:
        base, origin = synthetic_article_dicts(50), "synthetic templates"
    articles = [article_of(vary(base[i % len(base)], i // len(base))) for i in range(count)]
    return articles, origin


def article_of(d: dict[str, object]) -> Article:
    """An `Article` from an article's record (the demo corpus's, a JSON Lines set's)."""
    published = d.get("published")
    return Article(
        text=str(d.get("text") or ""),
        id=str(d.get("id") or ""),
        title=str(d["title"]) if d.get("title") else None,
        url=str(d["url"]) if d.get("url") else None,
        published=date.fromisoformat(str(published)[:10]) if published else None,
        source=str(d["source"]) if d.get("source") else None,
        language=str(d["language"]) if d.get("language") else None,
    )


# --- measurements ----------------------------------------------------------------------


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


STARTUP_CODE = """
import sucesos.extract
from sucesos.models import Article
events = sucesos.extract.extract(Article(text={text!r}, title={title!r}, language="es"))
print(len(events))
"""


def startup_seconds(runs: int) -> float:
    """Median wall time of a fresh interpreter importing sucesos.extract and extracting once."""
    base = load_corpus() or synthetic_article_dicts(1)
    code = STARTUP_CODE.format(text=str(base[0]["text"]), title=base[0].get("title"))
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def rate(
    extract: Callable[[Article], list[EventRecord]], items: Sequence[Article]
) -> tuple[float, float, float]:
    """Items per second, total seconds and items per CPU-second of this process (what other
    programs sharing the core do not change) for extracting every item once."""
    started, cpu = time.perf_counter(), time.process_time()
    for item in items:
        extract(item)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return (
        (len(items) / elapsed if elapsed else float("inf")),
        elapsed,
        (len(items) / cpu if cpu else float("inf")),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="full articles to extract")
    parser.add_argument("--headlines", type=int, default=20000, help="headlines to extract")
    parser.add_argument("--startup-runs", type=int, default=3, help="fresh interpreters to time")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="OLD_TREE",
        help="instead: old (OLD_TREE) and this tree's extraction in turns on the same texts, "
        "CPU seconds and ratios (bench/replay.py)",
    )
    parser.add_argument("--rounds", type=int, default=5, help="--compare: turns per side")
    parser.add_argument(
        "--articles-file", type=Path, default=None, help="--compare: JSON Lines of articles"
    )
    parser.add_argument(
        "--headline-files", type=Path, nargs="*", default=None, help="--compare: headline sets"
    )
    parser.add_argument(
        "--headline-lines", type=int, default=2000, help="--compare: records per headline set"
    )
    args = parser.parse_args(argv)

    if args.compare is not None:
        from replay import DEFAULT_ARTICLES, DEFAULT_HEADLINES, compare

        heads = args.headline_files
        return compare(
            args.compare,
            rounds=args.rounds,
            articles_file=args.articles_file or DEFAULT_ARTICLES,
            headline_files=DEFAULT_HEADLINES if heads is None else heads,
            headline_lines=args.headline_lines,
        )

    pinned = pin_one_core()
    startup = startup_seconds(args.startup_runs)

    from sucesos.extract import extract
    from sucesos.workers import settle_heap

    articles, origin = make_articles(args.articles)
    headlines = [
        Article(text=h, language="en" if i % 4 == 3 else "es")
        for i, h in enumerate(synthetic_headlines(args.headlines))
    ]

    extract(articles[0])  # load lexicons and gazetteer once; start-up is measured apart
    settle_heap()  # as `sucesos extract` does: the loaded data out of the collector's passes
    art_rate, art_s, art_cpu = rate(extract, articles)
    head_rate, head_s, head_cpu = rate(extract, headlines)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    mean_chars = statistics.mean(len(a.full_text) for a in articles)
    print(f"python {sys.version.split()[0]}, {pinned}")
    print(f"articles: {len(articles)} from {origin}, mean {mean_chars:.0f} chars, {art_s:.2f} s")
    print(f"headlines: {len(headlines)} synthetic, {head_s:.2f} s")
    # On a shared machine the wall-clock rates fall with the others' load; per CPU-second
    # they hold (on a quiet machine the two agree).
    print(f"per CPU-second: {art_cpu:.0f} articles, {head_cpu:.0f} headlines")
    print()
    rows = [
        ("articles per second", art_rate, TARGET_ARTICLES_PER_S, ">=", "{:.0f}"),
        ("headlines per second", head_rate, TARGET_HEADLINES_PER_S, ">=", "{:.0f}"),
        ("peak RSS (MB)", peak_mb, TARGET_PEAK_RSS_MB, "<=", "{:.0f}"),
        ("start-up to first result (s)", startup, TARGET_STARTUP_S, "<=", "{:.2f}"),
    ]
    print(f"{'measure':<30} {'value':>10}  {'target':<10} result")
    all_met = True
    for name, value, target, op, fmt in rows:
        met = value >= target if op == ">=" else value <= target
        all_met &= met
        tstr = f"{op} {fmt.format(target)}"
        print(f"{name:<30} {fmt.format(value):>10}  {tstr:<10} {'pass' if met else 'FAIL'}")
    print(f"\nall targets met: {'yes' if all_met else 'no'}")
    return 1 if args.strict and not all_met else 0


if __name__ == "__main__":
    sys.exit(main())
