"""Day and period summaries (issue 9, items 2 and 4): a toll over a weekend or a day, over
several towns, or a tally the news is "part of" is a statistic, never an incident of its
own nor added to the toll of the news it sums. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2024, 4, 8)  # a Monday


def events(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def live_with(text: str, language: str, words: str) -> list[EventRecord]:
    """The live records whose evidence holds `words`."""
    return [e for e in live(events(text, language)) if any(words in ev.text for ev in e.evidence)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen attacked a bar in Celaya on Saturday and killed six people there, but those "
            "were only part of 28 murders committed in the state over the weekend.",
        ),
        (
            "es",
            "Hombres armados atacaron un bar en Celaya el sábado y mataron a seis personas, que "
            "forman parte de los 28 asesinatos cometidos en el estado durante el fin de semana.",
        ),
    ],
)
def test_the_news_told_as_part_of_a_tally_keeps_its_own_toll(language: str, text: str) -> None:
    assert [e.fatalities for e in live(events(text, language))] == [6]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "After a weekend of gang killings left 25 people dead across the state of "
            "Guanajuato, the governor asked for federal help on Monday. The state police chief "
            "resigned on Tuesday.",
            "left 25 people dead",
        ),
        (
            "es",
            "Tras un fin de semana de ataques que dejó 25 personas muertas en el estado de "
            "Guanajuato, el gobernador pidió ayuda federal este lunes. El jefe de la policía "
            "estatal renunció el martes.",
            "dejó 25 personas muertas",
        ),
    ],
)
def test_a_weekend_that_left_a_toll_is_a_statistic(language: str, text: str, words: str) -> None:
    assert live_with(text, language, words) == []


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "El domingo fue el día más violento del mes en Sinaloa. La Fiscalía confirmó que 12 "
            "personas fueron asesinadas ese día, siendo Culiacán el epicentro de los ataques.",
            "12 personas",
        ),
        (
            "en",
            "Sunday was the most violent day of the month in Sinaloa. Prosecutors said 12 people "
            "were killed that day, with Culiacán the epicenter of the killings.",
            "12 people",
        ),
    ],
)
def test_a_day_named_again_with_its_toll_is_a_statistic(
    language: str, text: str, words: str
) -> None:
    assert live_with(text, language, words) == []


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "En los municipios de León y Celaya fueron asesinadas seis personas el domingo. En "
            "León, sujetos armados mataron a dos hombres afuera de una tienda. En Celaya, hombres "
            "armados mataron a cuatro personas en una fiesta.",
            "seis personas",
        ),
        (
            "en",
            "Six people were killed on Sunday in the municipalities of León and Celaya. In León, "
            "gunmen shot dead two men outside a store. In Celaya, armed men killed four people "
            "at a party.",
            "Six people",
        ),
    ],
)
def test_a_toll_over_the_towns_a_plural_noun_heads_sums_their_incidents(
    language: str, text: str, words: str
) -> None:
    assert live_with(text, language, words) == []
    assert sorted(e.fatalities for e in live(events(text, language))) == [2, 4]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Police in Guanajuato reported a violent weekend. Sunday ended with seven people "
            "murdered across the state. In Celaya, gunmen killed three men at a car wash.",
            "seven people",
        ),
        (
            "es",
            "La policía de Guanajuato reportó un fin de semana violento. El domingo cerró con "
            "siete personas asesinadas en el estado. En Celaya, sujetos armados mataron a tres "
            "hombres en un autolavado.",
            "siete personas",
        ),
    ],
)
def test_a_day_that_ended_with_a_toll_is_a_statistic(language: str, text: str, words: str) -> None:
    assert live_with(text, language, words) == []
    assert [e.fatalities for e in live(events(text, language)) if e.fatalities] == [3]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "En los municipios de León y Celaya resultaron heridas siete personas el domingo. En "
            "León, sujetos armados mataron a dos hombres afuera de una tienda. En Celaya, hombres "
            "armados mataron a cuatro personas en una fiesta.",
            "siete personas",
        ),
        (
            "en",
            "Seven people were wounded on Sunday in the municipalities of León and Celaya. In "
            "León, gunmen shot dead two men outside a store. In Celaya, armed men killed four "
            "people at a party.",
            "Seven people",
        ),
    ],
)
def test_a_summary_of_victims_with_no_dead_sums_the_killings_after_it(
    language: str, text: str, words: str
) -> None:
    assert live_with(text, language, words) == []
