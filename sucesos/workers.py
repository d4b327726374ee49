"""Extraction on every core: the extraction stage of `ingest` in worker processes.

Workers are forked from the ingesting process after it has loaded the lexicons and the
gazetteer (by extracting one article), so each worker starts with them loaded and nothing is
pickled per task but the articles and their results. A worker extracts an article and
fingerprints its text (`sucesos.resolve.syndication.fingerprint_text`); the parent keeps
the single writer that resolves, taking results in input order, so the store is the same
whatever the number of workers. While the workers are the slower stage (the writer came for
a batch they had not finished), the next batches are handed out for extraction alone and
the writer fingerprints and packs their results itself (`finish_result`), work it would
otherwise spend waiting.

The workers run at a lower scheduling priority (`WORKER_NICE`) than the writer: when the
writer is the slower stage it then keeps a core to itself instead of sharing it with workers
extracting ahead (which only lengthens the queue), and when extraction is the slower stage
the writer waits and the workers have every core. Each result comes back without its
article (the parent holds it): only the records, each record's stored data packed
(compressed JSON: the writer inserts it as it is), the fingerprint and what went wrong.

An article is extracted with its outlet's home state as known when it was handed out. The
writer knows the home state an article would have had in a one-by-one run; when the two
differ (an outlet just became placeable) and the difference can change the article's
records (`sucesos.extract.pipeline.home_matters`), it extracts that article again itself,
which keeps `--workers 0` and `--workers N` identical. At the start of a run every outlet
the table does not know is unplaced, so without that check a fresh ingest extracted a large
part of its first batches twice (819 of 2,000 demo-corpus articles; 155 with it).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult, Pool
from typing import Any

from sucesos.models import Article, EventRecord


@dataclass
class Extracted:
    """One article's extraction result, as the writer receives it."""

    article: Article
    records: list[EventRecord]
    fingerprint: Any  # sucesos.resolve.syndication.Fingerprint | None
    home: str | None  # the home state the records were extracted with
    error: str | None = None  # "ExceptionType: message" when extraction failed
    warnings: list[str] = field(default_factory=list)  # e.g. [E020] the text was cut
    drops: list[Any] = field(default_factory=list)  # place names not used, with reasons (-v)
    # {record id: its `records.data` as stored} (`sucesos.store.writer.packed_record`),
    # packed here so the single writer does not spend its time compressing.
    packed: dict[str, bytes] = field(default_factory=dict)
    # `sucesos.extract.outlets.placed_state` of the records, computed here for the writer.
    placed: str | None = None
    # True when extracted by the writer's own process just as its turn came (no pool): its
    # home state is the one the writer knows now, so there is nothing to check again.
    current: bool = False
    # True once `fingerprint`, `packed` and `placed` are set (`finish_result`).
    finished: bool = False
    # What the places stage found and dropped with `home` (`Doc.found_places`, `place_drops`),
    # kept when the writer asked (its outlet's home state may change before its turn), so
    # `home_matters` looks only for the other home's; None when not kept or not run.
    places: Any = None


# How much lower the workers' scheduling priority is than the writer's (`os.nice`).
WORKER_NICE = 5

# Net allocations of container objects between two young-generation collections while an
# ingest runs (`fewer_collections`), where CPython's default is 700. The writer and the
# extraction both allocate dicts, lists and tuples by the thousand per batch and free nearly
# all of them by reference counting: at 700 the writer ran about 140 collections per 1,500
# headlines, about 6 % of its CPU; at 20,000 about 2, well under 1 %.
YOUNG_COLLECTION = 20_000


def fewer_collections() -> tuple[int, int, int]:
    """Raise the garbage collector's young-generation threshold to `YOUNG_COLLECTION`
    (unless higher already, or 0: collection disabled); returns the thresholds as they
    were, for `gc.set_threshold` to give them back."""
    old = gc.get_threshold()
    if 0 < old[0] < YOUNG_COLLECTION:
        gc.set_threshold(YOUNG_COLLECTION, *old[1:])
    return old


def settle_heap() -> tuple[int, int, int]:
    """Ready this process to extract many articles: load the lexicons, gazetteer and
    automata (`warm_up`), then leave everything it holds (millions of long-lived objects)
    out of the garbage collector's passes (`gc.freeze`) and collect the young generation
    less often (`fewer_collections`). Returns the thresholds as they were; `unsettle_heap`
    gives both back. The one place `sucesos extract` (`api.extract_articles`), `ingest` and
    the batch workers set the collector: its passes over the loaded data were 3-4 % of
    extraction (issue 9). Records are the same either way."""
    warm_up()
    gc.freeze()
    return fewer_collections()


def unsettle_heap(thresholds: tuple[int, int, int]) -> None:
    """Undo `settle_heap`: the collector's `thresholds` back, the frozen objects back in its
    passes (`gc.unfreeze`)."""
    gc.set_threshold(*thresholds)
    gc.unfreeze()


@contextmanager
def heap_settled() -> Iterator[None]:
    """`settle_heap` for the length of a `with` block, `unsettle_heap` after it."""
    thresholds = settle_heap()
    try:
        yield
    finally:
        unsettle_heap(thresholds)


def default_workers() -> int:
    """All the cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def given_home(article: Article) -> str | None:
    """A home state the input record names itself (it overrides the learned one)."""
    given = article.metadata.get("home_state")
    return given if isinstance(given, str) else None


def extract_one(
    article: Article,
    home: str | None,
    explain: bool = False,
    finish: bool = True,
    places: bool = False,
) -> Extracted:
    """Extract one article and, with `finish`, fingerprint it and pack its records
    (`finish_result`); an exception is returned, not raised, so one article cannot stop a
    batch. With `explain`, the place names not used are kept too; with `places`, what the
    places stage found (`Extracted.places`)."""
    from sucesos import api  # api._extract is the one extraction entry point of ingest
    from sucesos.extract.pipeline import text_cut_warning

    use = given_home(article) or home
    drops: list[Any] = []
    found: list[Any] = []
    cut = text_cut_warning(article)
    asked: dict[str, Any] = {}  # only what is asked: a replacement `_extract` may take no more
    if explain:
        asked["drops"] = drops
    if places:
        asked["places"] = found
    try:
        records = api._extract(article, home_state=use, **asked)
        error = None
    except Exception as exc:  # reported by the writer with the article's origin
        records, error = [], f"{type(exc).__name__}: {exc}"
    done = Extracted(article, records, None, use, error, [cut] if cut else [], drops)
    done.places = found[0] if found else None
    return finish_result(done) if finish else done


def finish_result(done: Extracted) -> Extracted:
    """What a result carries besides its records, added once: the article's fingerprint
    (`sucesos.resolve.syndication.fingerprint_text`), each record's stored data packed and
    the records' placed state. A worker finishes its results unless the writer takes that
    work (`ExtractionPool.submit`); the writer finishes what comes back unfinished, with the
    same functions, so the store is the same either way."""
    if done.finished:
        return done
    from sucesos.extract.outlets import placed_state
    from sucesos.resolve.syndication import fingerprint_text

    try:
        done.fingerprint = fingerprint_text(done.article.text)
    except Exception as exc:
        done.fingerprint = None
        done.error = done.error or f"{type(exc).__name__}: {exc}"
    done.packed = _packed(done.records)
    done.placed = placed_state(done.records)
    done.finished = True
    return done


def _packed(records: list[EventRecord]) -> dict[str, bytes]:
    """Each record's stored data, packed; a record that cannot be packed is left to the
    writer, which packs it again and reports the error with the article it stores."""
    from sucesos.store.writer import packed_record

    out: dict[str, bytes] = {}
    for record in records:
        try:
            out[record.id] = packed_record(record)
        except (TypeError, ValueError):
            continue
    return out


def _task(item: tuple[Article, str | None, bool, bool, bool]) -> Extracted:
    done = extract_one(*item)
    done.article = _SENT  # the parent has the article: do not pickle its text back
    return done


# Stands for the article in a result a worker sends back (`Pending.results` restores it).
_SENT = Article(text="")


def _start_worker(nice: int) -> None:
    """Pool initializer: run this worker `nice` steps below the writer's priority, leave
    the heap it was forked with (modules, lexicons, gazetteer) out of the collector's
    passes (`gc.freeze`: a pass over the oldest generation no longer walks it, nor writes
    to, and so copies, the pages shared with the parent) and collect less often
    (`fewer_collections`). The collector's passes were 2-7 % of a worker's CPU."""
    if nice > 0:
        os.nice(nice)
    gc.freeze()
    fewer_collections()


def warm_up() -> None:
    """Load lexicons and gazetteer in this process (before forking workers)."""
    from sucesos.extract import extract

    extract(Article(text="Asesinan a un hombre en Celaya, Guanajuato.", language="es"))


class ExtractionPool:
    """`workers` processes extracting batches in order beside the writer's process; with 0,
    extraction runs in the writer's process (no pool), each article when its turn comes.
    With 1 worker, extraction and the writer overlap on two cores. Use as a context
    manager."""

    def __init__(self, workers: int, explain: bool = False) -> None:
        self.workers = max(0, workers)
        self.explain = explain  # keep each article's dropped place names (ingest -v)
        self.pool: Pool | None = None

    def __enter__(self) -> ExtractionPool:
        if self.workers >= 1:
            warm_up()
            self.pool = multiprocessing.get_context("fork").Pool(
                self.workers, initializer=_start_worker, initargs=(WORKER_NICE,)
            )
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def submit(
        self, items: Sequence[tuple[Article, str | None, bool]], finish: bool = True
    ) -> Pending:
        """Start extracting `items` ((article, home state, keep what the places stage found)
        triples); results come in order. `finish=False`: the workers leave fingerprinting
        and packing (`finish_result`) to the writer."""
        pairs = [(a, h) for a, h, _ in items]
        if self.pool is None:
            return Pending(None, pairs, self.explain)
        chunk = max(1, len(items) // (self.workers * 4))
        tasks = [(a, h, self.explain, finish, keep) for a, h, keep in items]
        return Pending(self.pool.map_async(_task, tasks, chunksize=chunk), pairs, self.explain)


class Pending:
    """A submitted batch: `results()` waits for (or, without a pool, computes) its results."""

    def __init__(
        self,
        running: AsyncResult[list[Extracted]] | None,
        items: list[tuple[Article, str | None]],
        explain: bool = False,
    ) -> None:
        self.running = running
        self.items = items
        self.explain = explain

    def behind(self) -> bool:
        """True when the workers have not finished this batch yet (call when the writer
        comes for its results): extraction is then the slower stage of the ingest."""
        return self.running is not None and not self.running.ready()

    def results(self, home_now: Callable[[Article], str | None]) -> Iterator[Extracted]:
        """The results in input order. Without a pool each article is extracted when its
        turn comes, with `home_now(article)` (the home state known at that moment)."""
        if self.running is not None:
            for (article, _), done in zip(self.items, self.running.get(), strict=True):
                done.article = article
                yield done
        else:
            for article, _ in self.items:
                done = extract_one(article, home_now(article), self.explain)
                done.current = True
                yield done
