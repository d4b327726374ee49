"""A crime named to define it or to rank it among others ("La extorsión es un delito que
consiste en…", "El secuestro es uno de los delitos que más afectan a…", "Extortion is a crime
in which…", "Kidnapping is one of the crimes that…") tells no act: it never joins the news
as its evidence nor makes an event. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 1, 14)


@pytest.mark.parametrize(
    ("language", "news", "definition"),
    [
        (
            "es",
            "Un comerciante fue asesinado este lunes en Zamora, Michoacán.",
            "La extorsión es un delito que consiste en obligar a una persona a entregar dinero.",
        ),
        (
            "es",
            "Un comerciante fue asesinado este lunes en Zamora, Michoacán.",
            "El secuestro es uno de los delitos que más afectan a los comerciantes de la región.",
        ),
        (
            "en",
            "A shopkeeper was shot dead on Monday in Zamora, Michoacán.",
            "Extortion is a crime in which gangs demand weekly payments from merchants.",
        ),
        (
            "en",
            "A shopkeeper was shot dead on Monday in Zamora, Michoacán.",
            "Kidnapping is one of the crimes that most affect merchants in the region.",
        ),
    ],
)
def test_a_crime_defined_is_no_act(language: str, news: str, definition: str) -> None:
    events = extract(Article(text=f"{news} {definition}", published=PUB, language=language))
    assert [e.evidence[-1].text for e in live(events)] == [news]
    assert not [e for e in events if definition in e.evidence[-1].text]
