"""An incident told again over its spots with no figures of its own (issue 9, duplicates):
"Vecinos reportaron disparos en varias colonias de la ciudad" after the one attack the
report tells is that attack, not a second live record placed in the whole country; beside
two attacks of its kind it joins neither. So is a sum told before the attack or in its own
sentence ("no informaron de heridos por esta jornada violenta, pero … un automóvil fue
baleado"). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 9)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


SPOTS = {
    "es": (
        "Noche violenta en Guasave\n\n"
        "Un grupo armado atacó a balazos la fachada de una vivienda y prendió fuego a dos "
        "camionetas en Guasave, Sinaloa, la noche del sábado.\n\n"
        "Vecinos reportaron disparos en varias colonias de la ciudad durante más de una hora."
    ),
    "en": (
        "Night of gunfire in Guasave\n\n"
        "Gunmen opened fire on the front of a house and set two pickup trucks ablaze in "
        "Guasave, Sinaloa, on Saturday night.\n\n"
        "Residents reported shootings in several neighborhoods of the city for more than an "
        "hour."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_shootings_told_over_the_town_are_its_one_attack(language: str) -> None:
    (event,) = run(SPOTS[language], language)
    assert any(loc.name == "Guasave" for loc in event.locations)


TWO_ATTACKS = (
    "Dos ataques en Guasave\n\n"
    "Un grupo armado atacó a balazos una vivienda de la colonia Centro de Guasave, Sinaloa, "
    "la noche del sábado.\n\n"
    "En otro hecho, sujetos armados dispararon contra un taller mecánico en la colonia Las "
    "Palmas de Guasave.\n\n"
    "Vecinos reportaron disparos en varias colonias de la ciudad durante más de una hora."
)


def test_beside_two_attacks_the_spots_join_neither() -> None:
    events = run(TWO_ATTACKS, "es")
    for event in events:
        told = " ".join(e.text for e in event.evidence)
        assert not ("vivienda" in told and "varias colonias" in told)
        assert not ("taller" in told and "varias colonias" in told)


DAY_OF_VIOLENCE = {
    "es": (
        "Narcobloqueos en Reynosa\n\n"
        "Civiles armados cerraron con tractocamiones la salida de Reynosa, Tamaulipas, hacia "
        "San Fernando este miércoles, después de que la policía arrestó a dos presuntos "
        "delincuentes.\n\n"
        "Las autoridades no informaron de heridos por esta jornada violenta, pero testigos "
        "contaron que un automóvil que pasaba por ahí fue baleado junto a un hospital."
    ),
    "en": (
        "Cartel roadblocks in Reynosa\n\n"
        "Gunmen closed the road out of Reynosa, Tamaulipas, toward San Fernando with "
        "tractor-trailers on Wednesday, after police arrested two suspected criminals.\n\n"
        "Officials reported no one hurt in the violent afternoon, but witnesses said a passing "
        "car was shot at next to a hospital."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_sum_told_in_the_sentence_of_the_one_attack_is_that_attack(language: str) -> None:
    attacks = [e for e in run(DAY_OF_VIOLENCE[language], language) if e.category == "attack"]
    assert len(attacks) == 1
    assert any(loc.name == "Reynosa" for loc in attacks[0].locations)
