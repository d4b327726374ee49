"""One of a group the article told before ("minutos después, otro de los delincuentes
murió", "minutes later, another of the attackers died") is part of that group's happening,
not a new one, though a cue of time going on opens the sentence; "en otra colonia" or "otro
ataque" still opens a new happening. And a night before the news ("Una noche antes, dos
hombres fueron asesinados en un bar") is background (issue 9). Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)

CLASH = {
    "es": (
        "Policías estatales se enfrentaron con civiles armados este martes en la colonia "
        "Petrolera de Reynosa, Tamaulipas; dos agresores murieron en el lugar.\n\n"
    ),
    "en": (
        "State police clashed with gunmen on Tuesday in the Petrolera neighborhood of "
        "Reynosa, Tamaulipas; two attackers died at the scene.\n\n"
    ),
}
ONE_MORE = {
    "es": "Minutos después, otro de los agresores murió y uno más resultó lesionado.",
    "en": "Minutes later, another of the attackers died and one more was wounded.",
}


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


@pytest.mark.parametrize("language", ["es", "en"])
def test_one_more_of_the_group_is_the_same_happening(language: str) -> None:
    events = run(CLASH[language] + ONE_MORE[language], language)
    assert len(events) == 1
    assert any(ONE_MORE[language][:20] in x.text for x in events[0].evidence)


def test_a_killing_elsewhere_minutes_later_stays_apart() -> None:
    text = CLASH["es"] + "Minutos después, en otra colonia, un taxista fue asesinado a balazos."
    assert len(run(text, "es")) == 2


def test_a_night_before_the_news_is_background() -> None:
    text = (
        "Un comando armado atacó una funeraria de Fresnillo, Zacatecas, este martes; cinco "
        "personas murieron.\n\n"
        "Una noche antes, dos hombres fueron asesinados en un bar de la misma ciudad."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    (news,) = live(events)
    assert news.fatalities == 5
    assert any(e.status == "historical" for e in events)
