"""A figure over a span of days told as short or as the first days of a month ("siete
asesinados en apenas tres días", "nine killed in just three days", "en los primeros ocho
días de junio hubo 44 homicidios") sums several happenings: a tally, even in a headline whose
body tells the happenings one by one, and the news told after it keeps its own toll (issue 9
item 2). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2024, 3, 4)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def test_a_toll_in_just_a_few_days_is_a_tally_en() -> None:
    text = (
        "Nine killed in just three days in Celaya. On Sunday night, gunmen shot dead a man "
        "outside a store in the Las Insurgentes neighborhood, police said."
    )
    assert [(e.category, e.fatalities) for e in run(text, "en")] == [("attack", 1)]


def test_a_toll_in_just_a_few_days_is_a_tally_es() -> None:
    text = (
        "Arranca marzo con siete asesinados en apenas tres días en Celaya. La noche del "
        "domingo, sujetos armados mataron a un hombre afuera de una tienda en la colonia Las "
        "Insurgentes."
    )
    assert [(e.category, e.fatalities) for e in run(text, "es")] == [("attack", 1)]


def test_the_homicides_of_the_first_days_of_a_month_are_a_tally() -> None:
    text = (
        "Un hombre fue asesinado a balazos el domingo en la colonia Bellavista de Ciudad "
        "Juárez. En los primeros ocho días de febrero hubo 44 homicidios en la ciudad."
    )
    assert [(e.category, e.fatalities) for e in run(text, "es")] == [("attack", 1)]
