"""One event per incident: accounts set in different colonias or communities of one town on
one day are different incidents (issue 9). Every article here is invented for the test.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.assemble.sites import find_sites, same_site
from sucesos.extract.text import fold
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str) -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language=language))


def attacks(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.status == "reported" and e.category == "attack"]


def sites(text: str) -> list[str]:
    return [name for _, name in find_sites(text, fold(text), 0, len(text))]


WEEKEND_ES = """Fin de semana violento en Zihuatanejo

El sábado por la noche, en la colonia Lomas del Mirador, hombres armados asesinaron a dos
jóvenes que estaban afuera de una tienda.

La madrugada del domingo, en la colonia Santa Fe, un hombre fue asesinado a balazos.

En la misma madrugada, en el barrio de Las Palmas, fue asesinada una mujer de 40 años.
"""

WEEKEND_EN = """Violent weekend in Zihuatanejo

On Saturday night, in the neighborhood of Lomas del Mirador, gunmen killed two young men
outside a store in Zihuatanejo, Guerrero.

Early on Sunday, in the neighborhood of Santa Fe, a man was shot dead.
"""


def test_killings_in_different_colonias_are_different_incidents_es() -> None:
    killed = sorted(e.fatalities or 0 for e in attacks(run(WEEKEND_ES, "es")))
    assert killed == [1, 1, 2]


def test_killings_in_different_neighborhoods_are_different_incidents_en() -> None:
    killed = sorted(e.fatalities or 0 for e in attacks(run(WEEKEND_EN, "en")))
    assert killed == [1, 2]


ONE_SITE_ES = """Asesinan a comerciante en Iguala

Un comerciante fue asesinado a balazos este domingo en la colonia Centro de Iguala, Guerrero.
El ataque ocurrió en la colonia Centro, frente a su negocio; la víctima era vecino de la
colonia Juárez.
"""


def test_one_colonia_named_twice_and_where_the_victim_lived_are_one_incident() -> None:
    assert len(attacks(run(ONE_SITE_ES, "es"))) == 1


def test_a_site_is_read_after_a_locative_or_a_street() -> None:
    text = (
        "El ataque fue en la calle Morelos de la colonia Las Flores; el herido, vecino de la "
        "colonia Obrera, fue llevado a un hospital en la colonia Centro."
    )
    assert sites(text) == ["las flores"]


def test_a_site_and_the_longer_name_of_it_are_one_site() -> None:
    assert same_site({"centro"}, {"centro de iguala"})
    assert not same_site({"santa fe"}, {"las palmas"})


OTHER_POINT_ES = """Jornada violenta en Iguala

Un taxista fue asesinado a balazos este domingo en Iguala, Guerrero.

En otro punto de la ciudad, dos jóvenes fueron asesinados frente a una tienda.
"""


def test_another_point_of_the_town_is_another_incident() -> None:
    killed = sorted(e.fatalities or 0 for e in attacks(run(OTHER_POINT_ES, "es")))
    assert killed == [1, 2]


SUMMED_LEAD_ES = """Celaya, Guanajuato.- En dos hechos distintos fueron asesinadas tres
personas este domingo.

En la colonia Las Arboledas, un hombre fue asesinado a balazos frente a su casa.

A su vez, en la colonia San Juanico, dos jóvenes fueron ejecutados en una cancha.
"""

DOUBLE_ATTACK_ES = """Un doble ataque armado en Fresnillo, Zacatecas, dejó cinco muertos
este domingo.

El primer ataque fue en la colonia Centro, donde cuatro taxistas fueron asesinados.

Minutos después, en la colonia Obrera, un hombre fue asesinado dentro de su casa.
"""


def test_a_lead_that_sums_the_incidents_is_their_tally_es() -> None:
    events = run(SUMMED_LEAD_ES, "es")
    assert sorted(e.fatalities or 0 for e in attacks(events)) == [1, 2]
    assert any(e.status == "statistic" and e.fatalities == 3 for e in events)


def test_a_double_attack_is_summed_not_one_incident() -> None:
    assert sorted(e.fatalities or 0 for e in attacks(run(DOUBLE_ATTACK_ES, "es"))) == [1, 4]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tres soldados murieron al ser emboscados en una brecha cerca de Tlalchapa, "
            "Guerrero. Vecinos pidieron ayuda desde el municipio de Arcelia, donde ocurrió "
            "el ataque.",
            "es",
        ),
        (
            "Three soldiers were killed in an ambush on a dirt road near Tlalchapa, Guerrero. "
            "Residents called for help from the town of Arcelia, where the attack took place.",
            "en",
        ),
    ],
)
def test_a_clause_that_puts_the_act_in_a_town_beats_a_town_it_was_near(
    text: str, language: str
) -> None:
    events = [
        e
        for e in extract(Article(text=text, published=date(2026, 3, 2), language=language))
        if e.status == "reported"
    ]
    assert len(events) == 1
    assert events[0].locations[0].admin2 == "Arcelia"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cinco personas fueron asesinadas a balazos en Zamora. Tres hombres fueron "
            "asesinados afuera de un bar en el centro de Uruapan.",
            "es",
        ),
        (
            "Five people were shot dead in Zamora. Three men were killed outside a bar in "
            "the center of Uruapan.",
            "en",
        ),
        (
            "Five people were shot dead in Zamora. Three men were killed outside a bar in "
            "downtown Uruapan.",
            "en",
        ),
    ],
)
def test_a_part_of_another_town_is_another_incident(text: str, language: str) -> None:
    events = attacks(run(text, language))
    assert sorted((e.locations[0].admin2, e.fatalities) for e in events) == [
        ("Uruapan", 3),
        ("Zamora", 5),
    ]


def test_an_english_site_named_before_its_settlement_word() -> None:
    text = "Police found two bodies in the Lomas Verdes neighborhood of Zamora."
    assert sites(text) == ["lomas verdes"]


def test_two_english_neighborhoods_are_two_incidents() -> None:
    text = """On Saturday night, gunmen killed three men in the Lomas Verdes neighborhood of Zamora.

    Early on Sunday, two women were shot dead in the Santa Fe neighborhood."""
    events = attacks(run(text, "en"))
    assert sorted((e.fatalities, e.locations[0].admin2) for e in events) == [
        (2, "Zamora"),
        (3, "Zamora"),
    ]
