"""A municipality of a state the text never names, beside towns that all lie in one other
state, is a settlement of theirs when it is small or when its name is one many places share
(a saint's, or an article and a common noun); told twice, its second mention does not vouch
for the first. Its state named right after it keeps it. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def states(text: str, language: str) -> list[list[str | None]]:
    found = extract(Article(text=text, published=PUB, language=language))
    return [[loc.admin1 for loc in e.locations] for e in found]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        pytest.param(
            "Un comerciante fue asesinado a balazos la noche del lunes en la alcaldía "
            "Xochimilco. El ataque ocurrió en Santa Cruz, donde los vecinos de Santa Cruz "
            "oyeron varios disparos.",
            "es",
            "Ciudad de México",
            id="small-town-told-twice-es",
        ),
        pytest.param(
            "A shopkeeper was shot dead on Monday night in Valle de Guadalupe, a wine-growing "
            "valley of Ensenada. Neighbours in Valle de Guadalupe said the gunmen fled toward "
            "Tecate.",
            "en",
            "Baja California",
            id="small-town-told-twice-en",
        ),
        pytest.param(
            "Dos hombres fueron asesinados a balazos la noche del sábado en Irapuato. Horas "
            "después, en San Rafael, otro hombre resultó herido por desconocidos, informó la "
            "policía de Irapuato.",
            "es",
            "Guanajuato",
            id="saints-town-es",
        ),
        pytest.param(
            "Gunmen killed two men in Zapopan on Monday night. Hours later a woman was wounded "
            "by gunfire in San Juan Evangelista, and police in Zapopan said they had no "
            "suspects.",
            "en",
            "Jalisco",
            id="saints-town-en",
        ),
    ],
)
def test_a_town_of_another_state_beside_the_texts_towns_is_theirs(
    text: str, language: str, state: str
) -> None:
    found = states(text, language)
    assert found and all(s == [state] for s in found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        pytest.param(
            "Un comerciante fue asesinado a balazos la noche del lunes en Santa Cruz, Sonora. "
            "Vecinos de Santa Cruz oyeron varios disparos.",
            "Sonora",
            id="small-town",
        ),
        pytest.param(
            "Dos hombres fueron asesinados a balazos la noche del sábado en San Rafael, "
            "Veracruz, informó la policía.",
            "Veracruz",
            id="saints-town",
        ),
    ],
)
def test_a_town_with_its_state_named_stays(text: str, state: str) -> None:
    assert states(text, "es") == [[state]]
