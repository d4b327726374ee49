"""A sentence opened as other news ("Por otra parte", "Separately") whose every act word names
the happening told before ("los heridos del enfrentamiento", "wounded in the clash") goes on
telling it: no second record of it. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 18)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


BACK = {
    "es": (
        "Un enfrentamiento entre soldados y civiles armados dejó seis muertos el lunes en "
        "Tepalcatepec, Michoacán.\n\n"
        "Los militares aseguraron armas largas y dos camionetas.\n\n"
        "Por otra parte, la Fiscalía informó que dos de los heridos del enfrentamiento fueron "
        "trasladados a un hospital de Apatzingán."
    ),
    "en": (
        "A clash between soldiers and gunmen left six dead on Monday in Tepalcatepec, "
        "Michoacán.\n\n"
        "Soldiers seized rifles and two pickup trucks.\n\n"
        "Separately, prosecutors said two of those wounded in the clash were taken to a "
        "hospital in Apatzingán."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_other_news_that_names_the_told_clash_goes_on_telling_it(language: str) -> None:
    events = [e for e in run(BACK[language], language) if e.status == "reported"]
    assert [e.category for e in events] == ["armed_clash"]
