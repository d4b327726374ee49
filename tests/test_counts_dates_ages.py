"""Numbers that are no counts (issue 9 item 3): the day of a month after a weekday ("el
domingo 3 fueron asesinados…") and the ages given between commas after the people counted
("dos hombres, de 24 y 31 años, fueron asesinados") count nobody, and the ages do not cut
the figure off from its verb. Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.what, c.value) for c in find_counts(fold(text), text=text)]


@pytest.mark.parametrize(
    "text",
    [
        "El pasado sábado 14 fueron asesinados dos hermanos en una vivienda de Salvatierra",
        "El día 21 murieron dos trabajadores en el ataque a la gasolinera de Tarimoro",
    ],
)
def test_a_day_of_the_month_after_a_weekday_is_no_count(text: str) -> None:
    assert figures(text) == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dos jornaleros, de 27 y 33 años, fueron asesinados a machetazos en Tlapa", 2),
        ("Tres hermanos, de 15, 18 y 22 años de edad, murieron baleados en Uruapan", 3),
        ("Two workers, aged 27 and 33, were shot dead at a car wash in Tlapa", 2),
        ("Three cousins, ages 16, 19 and 25, were gunned down outside a bar in Uruapan", 3),
    ],
)
def test_ages_between_commas_leave_the_figure_to_its_verb(text: str, value: int) -> None:
    assert figures(text) == [("killed", value)]


@pytest.mark.parametrize(
    "text",
    [
        "Una mujer de 52 murió tras ser atacada a puñaladas en su casa de Zamora",
        "Un joven de 17 murió tras ser baleado afuera de una tienda en Zamora",
    ],
)
def test_an_age_after_a_noun_of_one_person_is_no_count(text: str) -> None:
    assert figures(text) == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Tres agentes del Agrupamiento 27 murieron en una emboscada en la sierra de Guadalupe",
        "Three soldiers of Battalion 41 were killed in an ambush in the Guadalupe hills",
    ],
)
def test_the_number_in_a_name_is_no_count(text: str) -> None:
    assert figures(text) == [("killed", 3)]
