"""Property-based fuzzing (Hypothesis) of readers, extraction, the store round trip and the
API's POST (issue 13, item 3): no exception, bounded time, nothing lost.

Derandomized and bounded for CI. The number of Hypothesis inputs scales with
SUCESOS_FUZZ_EXAMPLES (extraction gets that many, each reader target 30 %, the store and the
API 20 % each).

The long run is `test_long_random_run`: the same checks over plain random inputs of the same
families (Hypothesis spends most of its time per input on its own bookkeeping, about ten
times what the checks cost, which a run of 100,000 inputs cannot afford on a shared
machine). SUCESOS_FUZZ_RANDOM inputs in all (500 in `make test`), split 50 % extraction, 20 %
JSON Lines files, 15 % any bytes in any format, 10 % store round trips, 5 % API POSTs:

    SUCESOS_FUZZ_RANDOM=100000 pytest tests/test_fuzz.py -k long_random -s

`-s` prints the figures (inputs, slowest input in CPU and wall time) per target; the seed is
SUCESOS_FUZZ_SEED (default 13). Inputs mix random Unicode (lone surrogates and control
characters included), hostile fragments (huge and odd numbers, impossible dates, NUL, HTML as
text, abbreviation runs) and invented news phrasing. All of it is generated here
(synthetic).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sucesos import api
from sucesos.extract.pipeline import default_pipeline
from sucesos.models import Article
from sucesos.readers import ReadError, parse_date, read_articles
from sucesos.readers.errors import Reporter
from sucesos.readers.records import ReadContext, article_from_record
from sucesos.store import Store, queries
from sucesos.web.server import BackgroundServer
from sucesos.web.settings import Settings

EXAMPLES = int(os.environ.get("SUCESOS_FUZZ_EXAMPLES", "100"))
MAX_SECONDS = 2.0  # no input may take longer than this in any target
TOKEN = "synthetic-fuzz-token"


def fuzz_settings(share: float) -> Any:
    return settings(
        max_examples=max(10, int(EXAMPLES * share)),
        derandomize=True,
        deadline=None,  # time is asserted per input below, with a clearer message
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


FRAGMENTS = [
    "Sr. ", "Gral. ", "No. ", "<div>", "</div>", "<script>alert(1)</script>", "&amp;", "\x00",
    "\udc80", "\ud800", "\x1b", "\x85", "\u200b", "\ufeff", "\ufffe", "²", "①", "١٢", "１２",
    "9" * 400, "9" * 5000, "1,000,000,000,000", "0.5", "-3", "mil millones", "un par de",
    "hace 999 días", "hace 99999 semanas", "el 31 de febrero de 2024", "99/99/9999",
    "00/00/0000", "2024-13-45", "el lunes", "ayer", "el año pasado", "last week", "in 1066",
    "en 9999", "entre 2006 y 2012", "Mataron a ", "asesinaron a ", " personas", " policías",
    " en Celaya, Guanajuato", " en Culiacán, Sinaloa", " informó la Fiscalía", ". ", "\n\n",
    "…", "«", "»", "¿", "!", '"', "(", ")", "—", "...", "CJNG", "Cártel de Sinaloa", "$", "%",
]  # fmt: skip

characters = st.one_of(
    st.characters(),  # any code point but surrogates
    st.characters(categories=["Cs"]),  # lone surrogates
    st.characters(max_codepoint=0x9F),  # ASCII and C0/C1 controls, often
)
texts = st.lists(
    st.one_of(
        st.text(characters, max_size=30),
        st.sampled_from(FRAGMENTS),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
    ),
    max_size=40,
).map("".join)
published = st.one_of(
    st.none(), st.dates(), st.datetimes(), st.just(date(1, 1, 1)), st.just(date(9999, 12, 31))
)
languages = st.sampled_from([None, "es", "en", "pt", "", "xx-YY"])


class Figures:
    """Inputs and the slowest input of one target, printed at the end (-s). The bound is on
    CPU time (this process, every thread, so the API server's work counts): wall time on a
    machine shared with other jobs measures the queue for the CPU, not the input."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.inputs = 0
        self.slowest_cpu = 0.0
        self.slowest_wall = 0.0

    @staticmethod
    def start() -> tuple[float, float]:
        return time.process_time(), time.perf_counter()

    def timed(self, started: tuple[float, float]) -> None:
        cpu = time.process_time() - started[0]
        wall = time.perf_counter() - started[1]
        self.inputs += 1
        self.slowest_cpu = max(self.slowest_cpu, cpu)
        self.slowest_wall = max(self.slowest_wall, wall)
        assert cpu < MAX_SECONDS, f"{self.name}: one input took {cpu:.2f} s of CPU"

    def __str__(self) -> str:
        return (
            f"{self.name}: {self.inputs} inputs, slowest {self.slowest_cpu:.3f} s CPU "
            f"({self.slowest_wall:.3f} s wall)"
        )


FIGURES = {name: Figures(name) for name in ("extraction", "readers", "bytes", "store", "api")}


@pytest.fixture(scope="module", autouse=True)
def report_figures(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # Warm up first: the first call loads the gazetteer, lexicons, the language model and
    # trafilatura (seconds on a busy machine); the time bound is about each input.
    default_pipeline().run(Article(text="Mataron a 3 personas en Celaya.", language="es"))
    folder = tmp_path_factory.mktemp("warm")
    (folder / "a.html").write_text("<html><body><p>" + "Texto sintético. " * 30, "utf-8")
    (folder / "b.jsonl").write_text('{"text": "Texto sintético de prueba"}\n', "utf-8")
    list(read_articles([folder], errors=[]))
    parse_date("12 de marzo de 2024")  # imports dateparser
    yield
    print("\nfuzz figures (0 failures if this line is reached with all tests passed):")
    for figures in FIGURES.values():
        print(f"  {figures}")
    print(f"  total: {sum(f.inputs for f in FIGURES.values())} inputs")


# --- extraction ------------------------------------------------------------------------------


@fuzz_settings(1.0)
@given(text=texts, title=st.one_of(st.none(), texts), published=published, language=languages)
def test_extraction_never_fails_on_any_text(
    text: str, title: str | None, published: date | None, language: str | None
) -> None:
    check_extraction(text, title, published, language)


def check_extraction(
    text: str, title: str | None, published: date | None, language: str | None
) -> None:
    article = Article(text=text, title=title, published=published, language=language)
    started = Figures.start()
    doc = default_pipeline().run(article)
    FIGURES["extraction"].timed(started)
    assert doc.failed_stage is None, doc.warnings
    for record in doc.events:
        json.dumps(record.to_dict())  # every record can be written out
        assert all(0 <= c.value < 10_000_000 for c in record.counts)
        assert record.date is None or "1800" <= record.date[:4] <= "2200"


# --- readers ---------------------------------------------------------------------------------

lines = st.text(
    st.characters(exclude_characters="\n\r", codec="utf-8"), max_size=80
)  # no line breaks, so the file has exactly these lines
json_records = st.fixed_dictionaries(
    {"text": texts.filter(lambda t: t.strip() != "")},
    optional={
        "id": st.one_of(texts, st.integers()),
        "title": st.one_of(texts, st.none(), st.integers()),
        "published": st.one_of(texts, st.integers(), st.floats(), st.none()),
        "language": st.one_of(languages, st.integers()),
        "url": texts,
        "metadata": st.dictionaries(texts, st.one_of(texts, st.integers(), st.none())),
    },
)


def _json_line(record: dict[str, Any]) -> str:
    # ensure_ascii: lone surrogates become \\udXXX escapes, as broken scrapers write them.
    return json.dumps(record, ensure_ascii=True)


@fuzz_settings(0.3)
@given(
    items=st.lists(st.one_of(lines, json_records.map(_json_line)), max_size=12),
)
def test_jsonl_reader_reads_or_reports_every_line(tmp_path_factory: Any, items: list[str]) -> None:
    check_jsonl(tmp_path_factory.mktemp("fuzz") / "input.jsonl", items)


def check_jsonl(path: Path, items: list[str]) -> None:
    path.write_bytes("\n".join(items).encode("utf-8", "surrogatepass"))
    errors: list[ReadError] = []
    started = Figures.start()
    articles = list(read_articles([path], errors=errors))
    FIGURES["readers"].timed(started)
    seen = {int(a.metadata["_origin"].rsplit(":", 1)[1]) for a in articles}
    seen |= {e.line for e in errors if e.skipped and e.line is not None}
    expected = {n for n, line in enumerate(items, start=1) if line.strip()}
    whole_file = [e for e in errors if e.skipped and e.line is None]  # binary, empty, ...
    if expected and not whole_file:
        assert seen == expected  # every line is an article or a reported skip
    else:
        assert any(e.skipped for e in errors)  # an empty or blank file is reported
    for article in articles:
        article.id.encode("utf-8")
        article.text.encode("utf-8")  # normalized: storable and hashable


@fuzz_settings(0.3)
@given(
    data=st.one_of(st.binary(max_size=600), texts.map(lambda t: t.encode("utf-8", "replace"))),
    suffix=st.sampled_from([".txt", ".json", ".jsonl", ".csv", ".tsv", ".html", ".json.gz"]),
)
def test_any_bytes_in_any_format_are_read_or_reported(
    tmp_path_factory: Any, data: bytes, suffix: str
) -> None:
    check_bytes(tmp_path_factory.mktemp("fuzz") / f"input{suffix}", data)


def check_bytes(path: Path, data: bytes) -> None:
    if path.suffix == ".gz":
        data = gzip.compress(data)
    path.write_bytes(data)
    errors: list[ReadError] = []
    started = Figures.start()
    articles = list(read_articles([path], errors=errors))
    FIGURES["bytes"].timed(started)
    assert articles or errors  # nothing vanishes without a word
    assert not any("read failed" in e.reason for e in errors), errors
    for article in articles:
        article.text.encode("utf-8")


# --- store round trip ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with api.open_store(tmp_path_factory.mktemp("fuzzdb") / "fuzz.db") as store:
        yield store


@fuzz_settings(0.2)
@given(record=json_records)
def test_store_round_trip_keeps_every_article(fuzz_store: Store, record: dict[str, Any]) -> None:
    check_store(fuzz_store, record)


def check_store(fuzz_store: Store, record: dict[str, Any]) -> None:
    problems: list[ReadError] = []
    record = {**record, "id": f"fuzz-{uuid.uuid4()}"}
    article = article_from_record(record, ReadContext(Reporter(problems)), "fuzz")
    if article is None:  # a text of blanks and controls only: reported, nothing to store
        assert any(p.skipped for p in problems)
        return
    started = Figures.start()
    summary = api.ingest_articles([article], store=fuzz_store)
    FIGURES["store"].timed(started)
    assert summary.articles_new == 1
    assert [e for e in summary.errors if "warning:" not in e] == []
    with fuzz_store.engine.connect() as conn:
        stored = queries.get_article(conn, article.id)
    assert stored is not None and stored["text"] == article.text
    assert len(stored["events"]) <= summary.records + 1


# --- the API's POST --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def post_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    # One client for every input: a new httpx client per request costs ~50 ms of CPU (its
    # TLS context), which would dominate the per-input time of the long run.
    settings_ = Settings(db=str(tmp_path_factory.mktemp("fuzzapi") / "api.db"), token=TOKEN)
    with BackgroundServer(settings_) as server, httpx.Client(base_url=server.url) as client:
        yield client


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)),
    max_leaves=12,
)
bodies = st.one_of(
    json_records.map(_json_line).map(str.encode),
    st.lists(json_records, max_size=3).map(lambda r: json.dumps(r).encode()),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=300),
)


@fuzz_settings(0.2)
@given(body=bodies)
def test_api_post_answers_any_body_without_a_server_error(
    post_client: httpx.Client, body: bytes
) -> None:
    check_post(post_client, body)


def check_post(post_client: httpx.Client, body: bytes) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    started = Figures.start()
    r = post_client.post("/api/articles", content=body, headers=headers, timeout=30)
    FIGURES["api"].timed(started)
    assert r.status_code < 500, r.text
    if r.status_code == 200:
        reply = r.json()
        assert reply["articles_new"] + reply["articles_skipped"] == len(reply["article_ids"])


# --- the long run: plain random inputs of the same families, the same checks ---------------

RANDOM_INPUTS = int(os.environ.get("SUCESOS_FUZZ_RANDOM", "500"))
RANDOM_SPLIT = {"extraction": 0.5, "readers": 0.2, "bytes": 0.15, "store": 0.1, "api": 0.05}
SUFFIXES = [".txt", ".json", ".jsonl", ".csv", ".tsv", ".html", ".json.gz"]


def random_char(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return chr(rng.randint(0xD800, 0xDFFF))  # a lone surrogate
    if roll < 0.5:
        return chr(rng.randint(0, 0x9F))  # ASCII and C0/C1 controls
    return chr(rng.randint(0, 0x10FFFF))


def random_text(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randrange(41)):
        roll = rng.random()
        if roll < 0.4:
            parts.append("".join(random_char(rng) for _ in range(rng.randrange(31))))
        elif roll < 0.85:
            parts.append(rng.choice(FRAGMENTS))
        else:
            parts.append(str(rng.randint(-(10**30), 10**30)))
    return "".join(parts)


def random_published(rng: random.Random) -> date | None:
    roll = rng.random()
    if roll < 0.3:
        return None
    if roll < 0.4:
        return rng.choice([date(1, 1, 1), date(9999, 12, 31)])
    day = date(1, 1, 1) + timedelta(days=rng.randrange(3_652_059))
    if roll < 0.7:
        return day
    return datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))


def random_scalar(rng: random.Random) -> Any:
    return rng.choice(
        [
            None,
            rng.random() < 0.5,
            rng.randint(-(10**20), 10**20),
            rng.uniform(-1e300, 1e300),
            float("nan"),
            random_text(rng),
        ]
    )


def random_record(rng: random.Random) -> dict[str, Any]:
    text = random_text(rng)
    while not text.strip():
        text = random_text(rng) + rng.choice(FRAGMENTS)
    record: dict[str, Any] = {"text": text}
    optional = {
        "id": lambda: rng.choice([random_text(rng), rng.randint(-(10**9), 10**9)]),
        "title": lambda: rng.choice([random_text(rng), None, rng.randint(0, 99)]),
        "published": lambda: rng.choice(
            [random_text(rng), rng.randint(-(10**12), 10**12), rng.uniform(-1e12, 1e12), None]
        ),
        "language": lambda: rng.choice([None, "es", "en", "pt", "", "xx-YY", 7]),
        "url": lambda: random_text(rng),
        "metadata": lambda: {random_text(rng): random_scalar(rng) for _ in range(rng.randrange(4))},
    }
    for name, make in optional.items():
        if rng.random() < 0.5:
            record[name] = make()
    return record


def random_line(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _json_line(random_record(rng))
    line = "".join(random_char(rng) for _ in range(rng.randrange(81)))
    line = line.replace("\n", " ").replace("\r", " ")
    return line.encode("utf-8", "replace").decode("utf-8")  # the file is UTF-8 but for escapes


def random_json_value(rng: random.Random, depth: int = 0) -> Any:
    if depth >= 3 or rng.random() < 0.5:
        return random_scalar(rng)
    if rng.random() < 0.5:
        return [random_json_value(rng, depth + 1) for _ in range(rng.randrange(5))]
    return {random_text(rng): random_json_value(rng, depth + 1) for _ in range(rng.randrange(5))}


def random_body(rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.3:
        return _json_line(random_record(rng)).encode()
    if roll < 0.55:
        return json.dumps([random_record(rng) for _ in range(rng.randrange(4))]).encode()
    if roll < 0.8:
        return json.dumps(random_json_value(rng)).encode()
    return rng.randbytes(rng.randrange(301))


def random_args(target: str, rng: random.Random, tmp_path: Path) -> tuple[Any, ...]:
    """The arguments of one random input for `target`'s check (without its fixture)."""
    if target == "extraction":
        title = random_text(rng) if rng.random() < 0.5 else None
        language = rng.choice([None, "es", "en", "pt", "", "xx-YY"])
        return (random_text(rng), title, random_published(rng), language)
    if target == "readers":
        return (tmp_path / "input.jsonl", [random_line(rng) for _ in range(rng.randrange(13))])
    if target == "bytes":
        if rng.random() < 0.5:
            data = rng.randbytes(rng.randrange(601))
        else:
            data = random_text(rng).encode("utf-8", "replace")
        return (tmp_path / f"input{rng.choice(SUFFIXES)}", data)
    if target == "store":
        return (random_record(rng),)
    return (random_body(rng),)


def test_long_random_run(tmp_path: Path, fuzz_store: Store, post_client: httpx.Client) -> None:
    checks: dict[str, Callable[..., None]] = {
        "extraction": check_extraction,
        "readers": check_jsonl,
        "bytes": check_bytes,
        "store": lambda record: check_store(fuzz_store, record),
        "api": lambda body: check_post(post_client, body),
    }
    rng = random.Random(int(os.environ.get("SUCESOS_FUZZ_SEED", "13")))
    runs = {target: max(1, int(RANDOM_INPUTS * share)) for target, share in RANDOM_SPLIT.items()}
    plan = [target for target, n in runs.items() for _ in range(n)]
    rng.shuffle(plan)  # targets interleaved, as a long ingest would mix them
    failures: list[str] = []  # every failing input is listed (the run goes on), then fails
    for done, target in enumerate(plan):
        if done and done % 1000 == 0:  # progress, so a run stopped early still has figures
            so_far = ", ".join(
                f"{f.name} {f.inputs} ({f.slowest_cpu:.3f} s)" for f in FIGURES.values()
            )
            print(f"\n{done} inputs, {len(failures)} failures: {so_far}", flush=True)
        args = random_args(target, rng, tmp_path)
        try:
            checks[target](*args)
        except Exception as exc:  # listed below, and the test fails
            failures.append(f"{target}: {type(exc).__name__}: {exc} on {args!r:.300}")
            print(f"\nFAILED {failures[-1]}")
    print(f"\nlong random run: {len(plan)} inputs, {len(failures)} failures")
    assert failures == []
