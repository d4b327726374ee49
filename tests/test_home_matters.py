"""`home_matters`: whether an article extracted with one outlet home state must be extracted
again with another (`ingest --workers` hands articles out before their outlet's home state is
learned). It may say True when nothing changes, never False when something does. Texts are
invented or the synthetic demo corpus."""

from __future__ import annotations

import json

import pytest

from sucesos import api
from sucesos.extract import extract
from sucesos.extract.pipeline import home_matters
from sucesos.models import Article

HOMES = (None, "MX-NLE", "MX-CHH", "MX-SIN")


def _article(text: str) -> Article:
    return Article(text=f"[Texto sintético] {text}", language="es", source="Diario Sintético")


def _demo_articles() -> list[Article]:
    out = []
    for path in sorted(api.demo_corpus().glob("*.json")):
        d = json.loads(path.read_text("utf-8"))
        fields = ("title", "url", "source", "language")
        out.append(Article(text=d["text"], **{k: d.get(k) for k in fields}))
    return out


def test_a_false_answer_always_means_the_same_records() -> None:
    """Over the demo corpus and every pair of homes: no change is ever missed."""
    said_false = 0
    for article in _demo_articles():
        found = {h: extract(article, home_state=h) for h in HOMES}
        for a in HOMES:
            for b in HOMES:
                if a != b and not home_matters(article, found[a], a, b):
                    said_false += 1
                    assert [r.to_dict() for r in found[a]] == [r.to_dict() for r in found[b]]
    assert said_false > 0  # it does spare extractions


def test_a_town_several_states_share_matters() -> None:
    article = _article("Asesinan a dos hombres en la colonia Centro de Juárez durante la noche.")
    assert home_matters(article, extract(article), None, "MX-NLE")


def test_a_report_placed_nowhere_matters() -> None:
    """A local outlet's report that names no place goes to the outlet's state."""
    article = _article("Asesinan a un comerciante afuera de su negocio; la Fiscalía investiga.")
    records = extract(article)
    assert records and not records[0].locations
    assert home_matters(article, records, None, "MX-JAL")


@pytest.mark.parametrize("home", ["MX-JAL", "MX-SIN"])
def test_a_town_and_its_state_named_outright_do_not_matter(home: str) -> None:
    article = _article("Hombres armados atacaron a tres personas en Culiacán, Sinaloa.")
    assert not home_matters(article, extract(article), None, home)


def test_the_same_home_never_matters() -> None:
    article = _article("Hallan un cuerpo en San Pedro durante la madrugada del lunes.")
    assert not home_matters(article, extract(article, home_state="MX-COA"), "MX-COA", "MX-COA")


def test_the_places_the_extraction_found_give_the_same_answer() -> None:
    """`ingest --workers` hands the writer what the places stage found with the first home
    (`found`), so only the other home's places are looked for: every answer is the one
    finding both gives, over the demo corpus and every pair of homes."""
    from sucesos.extract.pipeline import default_pipeline

    compared = 0
    for article in _demo_articles():
        for a in HOMES:
            doc = default_pipeline().run(article, home_state=a)
            assert doc.found_places is not None
            found = (doc.found_places, doc.place_drops)
            for b in HOMES:
                if a != b:
                    again = home_matters(article, doc.events, a, b)
                    assert home_matters(article, doc.events, a, b, found) == again
                    compared += 1
    assert compared


def test_a_worker_keeps_what_the_places_stage_found_when_asked() -> None:
    from sucesos.extract.places import find_places
    from sucesos.workers import extract_one

    article = _article("Asesinan a dos hombres en la colonia Centro de Juárez durante la noche.")
    assert extract_one(article, "MX-NLE").places is None
    places, drops = extract_one(article, "MX-NLE", places=True).places
    text = article.full_text
    assert places == find_places(text, home_state="MX-NLE", dropped=[]) and places
    assert isinstance(drops, list)
