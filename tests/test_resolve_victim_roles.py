"""The roles of the victims keep apart two killings of one town and day that no outlet tells
by name on both sides: a candidate shot in the morning and a municipal police officer shot
that night, each reported by three outlets in Spanish and English, are two events; the
outlets of each stay together.

The story (tests/fixtures/stories/candidate_and_officer.jsonl, synthetic) goes through the
real extractor into a real SQLite store, and into PostgreSQL when SUCESOS_TEST_PG_URL names a
server; the extractor's reading of roles and the resolver's rule are tested on their own too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import live, toll_event

from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article
from sucesos.resolve.core import compatible
from sucesos.resolve.mentions import Cluster, Mention
from sucesos.store import Store

STORY = Path(__file__).parent / "fixtures" / "stories" / "candidate_and_officer.jsonl"
CANDIDATE = ["syn-rol-01", "syn-rol-02", "syn-rol-03"]
OFFICER = ["syn-rol-04", "syn-rol-05", "syn-rol-06"]


def _check_two_events(store: Store) -> None:
    assert api.ingest([STORY], store=store).errors == []
    candidate = {toll_event(store, a) for a in CANDIDATE}
    officer = {toll_event(store, a) for a in OFFICER}
    assert len(candidate) == 1 and len(officer) == 1
    assert candidate != officer


def test_a_candidate_and_a_police_officer_of_one_town_and_day_are_two_events(
    store: Store,
) -> None:
    _check_two_events(store)


@pytest.mark.skipif(
    not os.environ.get("SUCESOS_TEST_PG_URL"), reason="set SUCESOS_TEST_PG_URL to run PostgreSQL"
)
def test_the_two_killings_stay_apart_on_postgres() -> None:
    from test_postgres import fresh_database

    with fresh_database() as url, api.open_store(url) as store:
        _check_two_events(store)


def _roles(text: str, language: str) -> list[str]:
    """The victim roles of the news records of `text`."""
    records = live(extract(Article(text=text, published=None, language=language)))
    return sorted({a.name for r in records for a in r.actors if a.name.startswith("Victims:")})


def test_the_role_before_a_passive_death_is_read() -> None:
    text = "Un taxista fue asesinado a tiros la tarde del martes en Zamora, Michoacán."
    assert _roles(text, "es") == ["Victims: drivers"]


def test_the_role_after_a_number_is_read() -> None:
    text = "Four prison guards were killed on Sunday during a riot in Ciudad Obregón, Sonora."
    assert _roles(text, "en") == ["Victims: prison guards and inmates"]


def test_the_role_in_a_victims_apposition_is_read() -> None:
    text = "Asesinan a Ramiro Castañeda Gil, candidato a regidor de Zitácuaro, Michoacán."
    assert _roles(text, "es") == ["Victims: candidates and local officials"]


def test_the_role_in_an_apposition_before_the_victims_name_is_read() -> None:
    text = (
        "La aspirante del PRI a la alcaldía de Zinapécuaro, Marisol Durán Ochoa, fue asesinada "
        "a balazos la noche del sábado."
    )
    assert _roles(text, "es") == ["Victims: candidates and local officials"]


def test_a_town_officials_post_is_a_role() -> None:
    text = "Asesinan al secretario del Ayuntamiento de Tlapa, Guerrero, a una semana de asumir."
    assert _roles(text, "es") == ["Victims: candidates and local officials"]


def test_the_place_after_the_victim_gives_no_role() -> None:
    text = "Un taxista fue asesinado en el domicilio de un regidor de Pénjamo, Guanajuato."
    assert _roles(text, "es") == ["Victims: drivers"]


def test_words_past_the_figures_clause_give_no_role() -> None:
    text = (
        "Un taxista fue asesinado en la colonia Centro de Salamanca, Guanajuato, a unas "
        "cuadras de la comandancia donde trabajan los policías."
    )
    assert _roles(text, "es") == ["Victims: drivers"]


def _mention(roles: set[str], toll: int = 1) -> Mention:
    return Mention(
        record_id="r",
        article_id="a",
        category="attack",
        family="violence",
        state="MX-GUA",
        municipality="11017",
        day=740000,
        precision="day",
        fatalities=toll,
        roles=frozenset(roles),
    )


def _cluster(roles: set[str], toll: int = 1) -> Cluster:
    return Cluster(
        id="e",
        family="violence",
        state="MX-GUA",
        municipality="11017",
        day=740000,
        precision="day",
        category="attack",
        roles=roles,
        fatalities_min=toll,
        fatalities_max=toll,
    )


POLICE, DRIVERS = "victims: police and soldiers", "victims: drivers"


def test_reports_whose_victims_hold_disjoint_roles_do_not_match() -> None:
    assert not compatible(_mention({POLICE}), _cluster({DRIVERS}))


def test_a_report_that_tells_no_role_still_matches() -> None:
    assert compatible(_mention(set()), _cluster({DRIVERS}))


def test_the_same_distinctive_toll_matches_whatever_the_roles() -> None:
    assert compatible(_mention({POLICE}, toll=12), _cluster({DRIVERS}, toll=12))
