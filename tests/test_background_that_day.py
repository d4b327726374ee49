"""A sentence opened by the day, night or weekend the background sentence before it named
("On January 24, gunmen ambushed a patrol. That night, …", "El 24 de enero… Esa noche, …")
goes on telling that background (cues.toml [background] run_on_openers). After a sentence
of news it stays news. Every sentence here was written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import told_live

from sucesos.extract import extract
from sucesos.models import Article

PUBLISHED = dt.date(2024, 3, 1)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Police officer shot dead in Celaya\n\nA police officer was shot dead on Thursday in "
            "Celaya, Guanajuato.\n\nOn January 24, gunmen ambushed a patrol on the road to "
            "Salvatierra and wounded two agents. That night, gunmen shot dead a traffic officer "
            "outside a store in the city.",
            "traffic officer",
        ),
        (
            "es",
            "Matan a policía en Celaya\n\nUn policía fue asesinado a balazos el jueves en "
            "Celaya, Guanajuato.\n\nEl pasado 24 de enero, hombres armados emboscaron a una "
            "patrulla en la carretera a Salvatierra e hirieron a dos agentes. Esa noche, un "
            "agente de tránsito fue asesinado afuera de una tienda de la ciudad.",
            "agente de tránsito",
        ),
    ],
)
def test_the_day_a_background_sentence_named_goes_on_as_background(
    language: str, text: str, words: str
) -> None:
    events = extract(Article(text=text, language=language, published=PUBLISHED))
    assert not told_live(events, words)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Police officer shot dead in Celaya\n\nA police officer was shot dead on Thursday in "
            "Celaya, Guanajuato. That night, gunmen set fire to two cars in the city.",
            "set fire",
        ),
        (
            "es",
            "Matan a policía en Celaya\n\nUn policía fue asesinado a balazos el jueves en "
            "Celaya, Guanajuato. Esa noche, hombres armados incendiaron dos autos en la ciudad.",
            "incendiaron",
        ),
    ],
)
def test_the_day_of_the_news_stays_news(language: str, text: str, words: str) -> None:
    events = extract(Article(text=text, language=language, published=PUBLISHED))
    assert told_live(events, words)
