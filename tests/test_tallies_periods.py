"""Running totals over a month or a day are tallies, not the news (issue 9). Every article
here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 11)  # a Wednesday


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def live_tolls(events: list[EventRecord]) -> list[int]:
    return sorted(
        e.fatalities or 0
        for e in events
        if e.status in ("reported", "disputed") and e.category == "attack"
    )


def test_a_months_total_is_a_tally_es() -> None:
    text = (
        "Un agente de la policía municipal fue asesinado el martes en Cortazar, Guanajuato. "
        "El último mes, 12 policías han sido asesinados a balazos en el estado."
    )
    assert live_tolls(run(text, "es")) == [1]


def test_a_months_total_is_a_tally_en() -> None:
    text = (
        "A municipal police officer was shot dead on Tuesday in Cortazar, Guanajuato. "
        "Over the past month, 12 officers have been killed in the state."
    )
    assert live_tolls(run(text, "en")) == [1]


def test_killings_in_less_than_a_day_are_a_tally() -> None:
    text = (
        "Hombres armados asesinaron el martes a dos jóvenes en una vivienda de Ciudad Juárez, "
        "Chihuahua. Siete homicidios en menos de 24 horas: la ciudad vive otra jornada violenta."
    )
    assert live_tolls(run(text, "es")) == [2]


def test_a_total_the_news_raises_is_no_part_of_its_toll() -> None:
    text = (
        "Dos hermanos fueron asesinados el martes en Ciudad Juárez, Chihuahua, lo cual elevó "
        "a nueve el número de personas asesinadas en la semana."
    )
    assert live_tolls(run(text, "es")) == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un comerciante fue asesinado el martes en Cajeme, Sonora. De enero a julio, 612 "
            "personas fueron asesinadas en la entidad.",
            "es",
        ),
        (
            "A shopkeeper was shot dead on Tuesday in Cajeme, Sonora. Between January and July, "
            "612 people were murdered in the state.",
            "en",
        ),
    ],
)
def test_a_toll_from_one_month_to_another_is_a_tally(text: str, language: str) -> None:
    assert live_tolls(run(text, language)) == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Celaya violence goes on as 7 are killed in 3 days\n\n"
            "Three men were shot dead on Monday night in a bar in Celaya, Guanajuato, police "
            "said.",
            "en",
        ),
        (
            "Siete muertos en tres días en Celaya\n\n"
            "Tres hombres fueron asesinados a balazos la noche del lunes en un bar de Celaya, "
            "Guanajuato.",
            "es",
        ),
    ],
)
def test_the_dead_of_several_days_are_a_tally_even_in_a_town(text: str, language: str) -> None:
    # the headline's seven sum several days; the news is the bar's three
    assert live_tolls(run(text, language)) == [3]


def test_the_dead_of_one_day_or_hours_are_no_several_days() -> None:
    text = "Three men were shot dead in a bar in Celaya, Guanajuato, in one day of violence."
    assert live_tolls(run(text, "en")) == [3]


def test_a_headline_alone_over_several_days_stays_the_news() -> None:
    # a feed's headline with no article: all the news there is
    events = run("Nine killed in two days in Uruapan, Michoacán", "en")
    assert [e.status for e in events] == ["reported"]


def test_the_dead_of_a_stretch_of_days_are_a_tally_en() -> None:
    # "during a 3-day period", "in the span of three days": a stretch of days named as such
    text = (
        "20 killed during 3-day period in Tijuana crime wave\n\n"
        "An ambush at a birthday party in Tijuana, Baja California, killed four people on "
        "Saturday night, police said."
    )
    assert live_tolls(run(text, "en")) == [4]


def test_the_dead_of_a_stretch_of_days_are_a_tally_es() -> None:
    text = (
        "Veinte personas fueron asesinadas en un lapso de tres días en Celaya, Guanajuato. "
        "El sábado, hombres armados mataron a dos hombres en un taller de la colonia Centro."
    )
    assert live_tolls(run(text, "es")) == [2]
