"""Shared fixtures: a real SQLite store in a temporary folder and builders of realistic
(synthetic) articles and event records, so the store, resolver and exports can be tested
before and independently of extraction."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sucesos import api
from sucesos.extract import extract
from sucesos.extract.actors import find_actors
from sucesos.extract.attribution import find_sources
from sucesos.extract.kinds import find_triggers
from sucesos.extract.text import fold
from sucesos.models import Actor, Article, Count, EventRecord, Evidence, Location, stable_id
from sucesos.store import Store, schema

# Under SUCESOS_NO_SKIP=1 (set by .ci/run) a skipped test fails the run: a browser, database
# or data set missing in CI would otherwise hide a broken feature behind a "skipped".
NO_SKIP = os.environ.get("SUCESOS_NO_SKIP") == "1"
_SKIPPED: list[str] = []


def _note_skip(report: pytest.CollectReport | pytest.TestReport) -> None:
    if NO_SKIP and report.skipped:
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        _SKIPPED.append(f"{report.nodeid}: {reason}")


def pytest_collectreport(report: pytest.CollectReport) -> None:
    _note_skip(report)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _note_skip(report)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _SKIPPED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _SKIPPED:
        terminalreporter.section("skips are failures under SUCESOS_NO_SKIP=1")
        for line in _SKIPPED:
            terminalreporter.write_line(line)


# Synthetic places (real names and codes, made-up events).
PLACES: dict[str, dict[str, Any]] = {
    "culiacan": {
        "name": "Culiacán",
        "admin1": "Sinaloa",
        "admin1_code": "MX-SIN",
        "admin2": "Culiacán",
        "admin2_code": "25006",
        "latitude": 24.8091,
        "longitude": -107.394,
        "precision": "municipality",
    },
    "navolato": {
        "name": "Navolato",
        "admin1": "Sinaloa",
        "admin1_code": "MX-SIN",
        "admin2": "Navolato",
        "admin2_code": "25018",
        "latitude": 24.7656,
        "longitude": -107.702,
        "precision": "municipality",
    },
    "uruapan": {
        "name": "Uruapan",
        "admin1": "Michoacán de Ocampo",
        "admin1_code": "MX-MIC",
        "admin2": "Uruapan",
        "admin2_code": "16102",
        "latitude": 19.4208,
        "longitude": -102.063,
        "precision": "municipality",
    },
}


def make_article(
    n: int = 1,
    *,
    source: str = "Diario Sintético del Pacífico",
    published: str = "2024-09-14",
    text: str | None = None,
) -> Article:
    """A synthetic article (marked synthetic in its metadata)."""
    body = text or (
        f"[Texto sintético {n}] Un ataque armado en Culiacán dejó tres personas muertas "
        "la noche del viernes, informó la Fiscalía del estado."
    )
    return Article(
        text=body,
        url=f"https://example.org/{source.lower().replace(' ', '-')}/{n}",
        title=f"Ataque armado en Culiacán (sintético {n})",
        source=source,
        language="es",
        published=dt.date.fromisoformat(published),
        metadata={"synthetic": True},
    )


def make_record(
    article: Article,
    *,
    place: str = "culiacan",
    date: str | None = "2024-09-13",
    precision: str = "day",
    category: str = "attack",
    fatalities: int | None = 3,
    status: str = "reported",
    attributed_to: str | None = "Fiscalía de Sinaloa",
    n: int = 0,
    actors: list[Actor] | None = None,
) -> EventRecord:
    """A realistic record of an armed attack as extraction would return it for `article`."""
    counts = [] if fatalities is None else [Count("killed", fatalities, "civilians", attributed_to)]
    return EventRecord(
        id=stable_id(article.id, str(n)),
        article_id=article.id,
        category=category,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        status=status,  # type: ignore[arg-type]
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        locations=[Location(**PLACES[place])],
        actors=actors
        if actors is not None
        else [Actor("Grupo armado sin identificar", "armed_group", "perpetrator")],
        counts=counts,
        fatalities=fatalities,
        evidence=[Evidence(article.text[:80], 0, 80)],
        confidence=0.8,
    )


def trigger_categories(text: str) -> set[str]:
    """The categories of the event words `find_triggers` keeps in `text`."""
    return {t.category for t in find_triggers(fold(text), text=text)}


def sentence_sources(sentence: str) -> list[str]:
    """The names of the sources one sentence gives (`find_sources` over the whole sentence)."""
    folded = fold(sentence)
    found = find_sources(sentence, folded, 0, len(sentence), find_actors(sentence, folded))
    return [s.name for s in found]


def live(events: list[EventRecord]) -> list[EventRecord]:
    """The events an extraction reports as current news (reported or disputed)."""
    return [e for e in events if e.status in ("reported", "disputed")]


def live_acts(text: str, language: str, published: dt.date) -> set[str]:
    """The categories and secondary kinds of the live records of an invented article."""
    events = live(extract(Article(text=text, published=published, language=language)))
    return {e.category for e in events} | {k for e in events for k in e.kinds}


def told_live(events: list[EventRecord], words: str) -> bool:
    """Whether a live record holds the sentence with these words as evidence."""
    return any(words in x.text for e in live(events) for x in e.evidence)


def reported_dead(text: str, language: str, published: dt.date) -> list[int]:
    """The fatalities of each record an invented article reports (status "reported"), in
    the extraction's order (none counted as 0)."""
    events = extract(Article(text=text, published=published, language=language))
    return [e.fatalities or 0 for e in events if e.status == "reported"]


def first_dead(text: str, language: str, published: dt.date) -> int | None:
    """The fatalities of the first record an invented article reports (status "reported")."""
    reported = [
        e
        for e in extract(Article(text=text, published=published, language=language))
        if e.status == "reported"
    ]
    assert reported, text
    return reported[0].fatalities


def record_places(text: str, language: str, published: dt.date) -> list[list[str]]:
    """The places of each record of an invented article, as "town/state"."""
    events = extract(Article(text=text, published=published, language=language))
    return [[f"{loc.name}/{loc.admin1}" for loc in e.locations] for e in events]


def live_dead(text: str, language: str, published: dt.date) -> list[int]:
    """The fatalities of every live record of an invented article, smallest first."""
    events = extract(Article(text=text, published=published, language=language))
    return sorted(e.fatalities or 0 for e in live(events))


def toll_event(store: Store, article_id: str) -> str:
    """The event of the article's record with the highest death toll (its main account)."""
    rep, ev = schema.reports, schema.events
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(rep.c.event_id, ev.c.fatalities_max)
            .select_from(rep.join(ev, rep.c.event_id == ev.c.id))
            .where(rep.c.article_id == article_id)
        ).all()
    assert rows, article_id
    return str(max(rows, key=lambda r: r.fatalities_max or 0).event_id)


def fake_extract(article: Article, home_state: str | None = None, **_: object) -> list[EventRecord]:
    """Records described in the article's metadata ("test_events"), for end-to-end tests of
    ingest while real extraction is being written."""
    return [
        make_record(article, n=i, **spec)
        for i, spec in enumerate(article.metadata.get("test_events", []))
    ]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with api.open_store(db_path) as s:
        yield s


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A fresh database holding the bundled (synthetic) demo corpus, for one test. Modules
    that only read it keep a module-scoped one of their own."""
    db = tmp_path / "demo.db"
    store, _ = api.demo(db)
    store.close()
    return db


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "_extract", fake_extract)


def write_jsonl(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), "utf-8")
    return path


def article_json(n: int, source: str = "Diario Sintético", **events: Any) -> dict[str, Any]:
    """One synthetic article as a JSON Lines item (extra metadata drives fake_extract)."""
    return {
        "id": f"synthetic-{source[:6].lower()}-{n}",
        "url": f"https://example.org/{n}",
        "title": f"Nota sintética {n}: ataque armado en Culiacán",
        "text": f"[Texto sintético] Nota número {n}. Hombres armados atacaron a tres personas "
        "en Culiacán, Sinaloa; la Fiscalía confirmó los hechos.",
        "published": "2024-09-14",
        "source": source,
        "language": "es",
        **events,
    }


def event_block_requests(conn: Any) -> tuple[int, list[tuple[tuple[str, str], dict[str, Any]]]]:
    """The stored events with a state and a day, and two block requests for each (its state
    and category family): narrow day and week windows with month and year ones of that one
    day, then the reverse, so block reads are asked for every precision over several spans."""
    ev = schema.events
    rows = conn.execute(
        sa.select(ev.c.admin1_code, ev.c.category_family, ev.c.date)
        .where(ev.c.admin1_code.is_not(None), ev.c.date.is_not(None))
        .order_by(ev.c.id)
    ).all()
    requests: list[tuple[tuple[str, str], dict[str, Any]]] = []
    for state, family, day in rows:
        n = day.toordinal()
        near = {"day": (n - 3, n + 3), "week": (n - 10, n + 10)}
        wide = {"month": (n - 40, n + 40), "year": (n - 400, n + 400)}
        requests.append(((state, family), {**near, "month": (n, n), "year": (n, n)}))
        requests.append(((state, family), {"day": (n, n), "week": (n, n), **wide}))
    return len(rows), requests
