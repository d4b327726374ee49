"""A small municipality of another state, named in a text whose other towns all lie in one
state, is a neighbourhood of theirs; told twice, its second mention does not vouch for the
first (a name said again is no other town of that state). Every sentence here was written
for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def states(text: str, language: str) -> list[list[str | None]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return [[loc.admin1 for loc in e.locations] for e in found]


def test_a_small_town_of_another_state_told_twice_is_a_neighbourhood_es() -> None:
    found = states(
        "Un comerciante fue asesinado a balazos la noche del lunes en la alcaldía "
        "Xochimilco. El ataque ocurrió en Santa Cruz, donde los vecinos de Santa Cruz "
        "oyeron varios disparos.",
        "es",
    )
    assert found and all(s == ["Ciudad de México"] for s in found)


def test_a_small_town_of_another_state_told_twice_is_a_neighbourhood_en() -> None:
    assert states(
        "A shopkeeper was shot dead on Monday night in Valle de Guadalupe, a wine-growing "
        "valley of Ensenada. Neighbours in Valle de Guadalupe said the gunmen fled toward "
        "Tecate.",
        "en",
    ) == [["Baja California"]]


def test_a_small_town_told_once_beside_its_own_state_stays() -> None:
    assert states(
        "Un comerciante fue asesinado a balazos la noche del lunes en Santa Cruz, Sonora. "
        "Vecinos de Santa Cruz oyeron varios disparos.",
        "es",
    ) == [["Sonora"]]
