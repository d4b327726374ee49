"""A figure given as a floor ("al menos 12", "at least 12 soldiers were killed") is the least
its source allows: a later, larger count of the same nationwide toll is the same happening,
not another one, and not a disagreement.

The story (tests/fixtures/stories/floors.jsonl, synthetic: two outlets' evening toll of 25
soldiers and a third outlet's midday "at least 12") goes through the REAL extractor into a
real SQLite store; the figures rule is tested alone as well (the matching rule on the core is
in tests/test_resolve_national.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import sqlalchemy as sa

from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article
from sucesos.resolve.figures import resolve_figures
from sucesos.store import Store, schema

STORY = Path(__file__).parent / "fixtures" / "stories" / "floors.jsonl"


def _attack_events(store: Store) -> dict[str, set[str]]:
    rep, rec = schema.reports, schema.records
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(rep.c.article_id, rep.c.event_id)
            .select_from(rep.join(rec, rep.c.record_id == rec.c.id))
            .where(rec.c.category == "attack")
        ).all()
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r.article_id, set()).add(r.event_id)
    return out


def test_a_number_after_at_least_is_a_lower_bound() -> None:
    text = "Al menos 12 soldados murieron en emboscadas contra patrullas en todo el país."
    exact = "Doce soldados murieron en emboscadas contra patrullas en todo el país."
    for body, bound in ((text, True), (exact, False)):
        article = Article(id="syn-flo-x", text=body, published=date(2026, 3, 8), language="es")
        (record,) = [r for r in extract(article) if r.category == "attack"]
        assert [(c.value, c.lower_bound) for c in record.counts] == [(12, bound)]


def test_an_early_at_least_joins_the_later_nationwide_toll(store: Store) -> None:
    summary = api.ingest([STORY], store=store)
    assert summary.errors == []
    found = _attack_events(store)
    (event_id,) = found["syn-flo-01"]
    assert found["syn-flo-02"] == found["syn-flo-03"] == {event_id}
    event = store.event(event_id)
    assert event is not None
    fatal = event["resolved"]["fatalities"]
    assert fatal["sources"]["Synthetic Ledger C"] == 12  # every outlet's figure is kept
    assert (fatal["value"], fatal["min"], fatal["max"]) == (25, 25, 25)
    assert fatal["bounds"] == ["Synthetic Ledger C"]
    assert event["disputed"] is False


def test_a_floor_set_aside_leaves_the_dead_of_each_side_undisputed() -> None:
    """The floor report's soldiers (12 at least) are a bound of the same report: no dispute
    with the 25 soldiers two outlets count later."""
    figures = {
        "fatalities": {"Diario A": 25, "Diario B": 25, "Diario C": 12},
        "killed (security_forces)": {"Diario A": 25, "Diario B": 25, "Diario C": 12},
    }
    resolved = resolve_figures(figures, bounds={"Diario C"})
    side = resolved["killed (security_forces)"]
    assert (side["value"], side["min"], side["disputed"]) == (25, 25, False)
    assert side["sources"]["Diario C"] == 12
