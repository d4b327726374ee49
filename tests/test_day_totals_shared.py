"""A day's or a night's toll is no one incident's (issue 9, wrong counts): the dead told as
those of several separate happenings ("cinco asesinados en distintos hechos", "killed in
separate attacks"), and a day's sum shared out among places ("13 asesinatos el sábado: 8 en
A y 5 en B"), are a tally, and the incident told after them keeps its own toll. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2024, 3, 4)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def test_the_dead_of_separate_happenings_are_a_tally_es() -> None:
    text = (
        "La noche del domingo fueron asesinadas cinco personas en distintos hechos en "
        "Irapuato. El primer ataque ocurrió en un taller de la colonia Las Heras. Sujetos "
        "armados mataron a dos hombres que trabajaban ahí."
    )
    assert [e.fatalities for e in run(text, "es")] == [2]


def test_the_dead_of_separate_happenings_are_a_tally_en() -> None:
    text = (
        "Four people were killed in separate attacks in Celaya on Sunday night. In the first, "
        "gunmen shot dead two men at a car wash in the Las Flores neighborhood."
    )
    assert [e.fatalities for e in run(text, "en")] == [2]


def test_a_days_sum_shared_out_among_places_is_a_tally() -> None:
    text = (
        "Un hombre fue asesinado a balazos el sábado afuera de una tienda en la colonia "
        "Centro de Zamora. En suma, durante el sábado fueron asesinadas 11 personas en "
        "Michoacán; 8 dentro de Zamora y 3 en Uruapan."
    )
    assert [e.fatalities for e in run(text, "es")] == [1]


def test_a_toll_shared_out_where_the_dead_died_stays_the_news() -> None:
    # where the dead of one attack died is no day's sum
    text = (
        "Un ataque armado en un bar de la colonia Centro de Zamora dejó el sábado seis "
        "muertos, cuatro en el lugar y dos en el hospital."
    )
    assert [e.fatalities for e in run(text, "es")] == [6]
