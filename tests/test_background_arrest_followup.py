"""A follow-up whose news is an arrest ("Suman cinco detenidos por los ataques…", "Five
arrested over the attacks…"): the arrest is the news, and the attacks it is for, told with
their earlier day and toll, are background. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 16)  # a Tuesday

TEXTS = {
    "es": "Suman cinco detenidos por los ataques a bares de Zamora, Michoacán\n\nLa Fiscalía "
    "de Michoacán informó que suman cinco personas detenidas por los ataques armados contra "
    "dos bares de Zamora, ocurridos el pasado sábado 6 de septiembre, que dejaron seis "
    "muertos.\n\nEl fiscal dijo que tres de los detenidos ya fueron vinculados a proceso.",
    "en": "Five arrested over bar attacks in Zamora, Michoacán\n\nMichoacán prosecutors said "
    "Tuesday that five people have been arrested over the attacks on two bars in Zamora on "
    "Saturday, September 6, which left six people dead.\n\nThree of them have already been "
    "charged, the prosecutor said.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_arrest_is_the_news_of_a_follow_up(language: str) -> None:
    events = live(extract(Article(text=TEXTS[language], published=PUB, language=language)))
    assert [e.category for e in events] == ["arrest"]


def test_the_toll_of_the_attacks_an_arrest_is_for_is_background() -> None:
    # "…, ocurridos el pasado sábado, que dejaron seis muertos": the toll of the attacks
    events = extract(Article(text=TEXTS["es"], published=PUB, language="es"))
    (attack,) = [e for e in events if e.fatalities == 6]
    assert attack.status == "historical"
