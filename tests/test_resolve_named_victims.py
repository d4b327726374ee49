"""Named victims keep apart two killings of one town and day: two candidates of one
municipality shot dead hours apart, each reported by two outlets that spell the name
differently (a second surname or a middle name dropped, the accents lost), are two events;
an outlet that names no victim still joins the event another names.

The story (tests/fixtures/stories/two_candidates.jsonl, synthetic, Spanish and English) goes
through the real extractor into a real SQLite store; the name rule is tested on its own too.
"""

from __future__ import annotations

from pathlib import Path

from conftest import toll_event

from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article
from sucesos.resolve.config import victims_agree
from sucesos.store import Store

STORY = Path(__file__).parent / "fixtures" / "stories" / "two_candidates.jsonl"


def _outlets(store: Store, article_id: str) -> set[str]:
    event = store.event(toll_event(store, article_id))
    assert event is not None
    return {r["article_id"] for r in event["reports"] if r.get("fatalities")}


def test_two_named_victims_of_one_town_and_day_are_two_events(store: Store) -> None:
    assert api.ingest([STORY], store=store).errors == []
    assert toll_event(store, "syn-vic-01") != toll_event(store, "syn-vic-03")
    assert _outlets(store, "syn-vic-01") == {"syn-vic-01", "syn-vic-02"}
    assert _outlets(store, "syn-vic-03") == {"syn-vic-03", "syn-vic-04"}


def test_a_report_that_names_no_victim_joins_the_named_one(store: Store) -> None:
    assert api.ingest([STORY], store=store).errors == []
    assert toll_event(store, "syn-vic-05") == toll_event(store, "syn-vic-06")


def test_the_event_page_lists_the_victim_by_name(store: Store) -> None:
    api.ingest([STORY], store=store)
    event = store.event(toll_event(store, "syn-vic-03"))
    assert event is not None
    victims = [a["name"] for a in event["actors"] if a["kind"] == "person"]
    assert victims == ["Rosa Elena Villalobos Treviño"]


def _victims(text: str, language: str) -> list[str]:
    """The named victims of the news records of `text`."""
    article = Article(text=text, published=None, language=language)
    news = [r for r in extract(article) if r.status in ("reported", "disputed")]
    names = [a.name for r in news for a in r.actors if a.kind == "person"]
    return sorted(set(names))


def test_a_spanish_object_after_the_verb_and_its_role_is_named() -> None:
    text = (
        "Sujetos armados ultimaron a tiros la noche del sábado al comisario ejidal Héctor "
        "Ibarra Cano en una brecha de Tacámbaro, Michoacán, informó la policía."
    )
    assert _victims(text, "es") == ["Héctor Ibarra Cano"]


def test_an_english_subject_with_an_apposition_is_named() -> None:
    text = (
        "Laura Quintero, 38, a local reporter, was shot dead on Monday outside her house in "
        "Salvatierra, Guanajuato, prosecutors said."
    )
    assert _victims(text, "en") == ["Laura Quintero"]


def test_the_official_who_reports_the_killing_is_no_victim() -> None:
    text = (
        "El fiscal Ernesto Valdivia Mora informó que Pablo Ortiz Lara fue asesinado a balazos "
        "este lunes en Salamanca, Guanajuato."
    )
    assert _victims(text, "es") == ["Pablo Ortiz Lara"]


def test_the_killer_named_after_by_is_no_victim() -> None:
    text = (
        "Pablo Ortiz Lara fue asesinado el domingo en Zamora, Michoacán, por Rubén Soto Llamas, "
        "detenido horas después."
    )
    assert _victims(text, "es") == ["Pablo Ortiz Lara"]


def test_the_victim_of_an_earlier_killing_the_sentence_recalls_is_not_this_ones() -> None:
    text = (
        "Gunmen shot dead Marta Solís Vega on Monday in Apatzingán, Michoacán, weeks after the "
        "killing of councilman Rafael Ochoa Ruiz in the same town."
    )
    assert _victims(text, "en") == ["Marta Solís Vega"]


def test_names_agree_past_a_dropped_surname_and_accents() -> None:
    assert victims_agree(frozenset({"juan carlos mendez ortega"}), frozenset({"juan mendez"}))
    assert not victims_agree(frozenset({"juan mendez"}), frozenset({"rosa villalobos"}))
