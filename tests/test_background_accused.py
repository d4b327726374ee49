"""An arrest for an earlier crime: the date of the crime someone is accused of dates that
crime, not the arrest the sentence reports ("Detienen a dos como presuntos responsables del
homicidio de un comerciante, ocurrido el pasado 3 de enero"; found on fresh Spanish pages,
session 9). Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 9)  # a Monday


def statuses(text: str, language: str) -> dict[str, str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return {e.category: e.status for e in events}


def test_the_date_of_the_accused_crime_leaves_the_arrest_news_es() -> None:
    text = (
        "Dos hombres fueron detenidos como presuntos responsables del homicidio de un "
        "comerciante, ocurrido el pasado 3 de enero en Celaya, Guanajuato."
    )
    assert statuses(text, "es") == {"arrest": "reported", "attack": "historical"}


def test_the_date_of_the_accused_crime_leaves_the_arrest_news_en() -> None:
    text = (
        "Two men were arrested on suspicion of killing a shopkeeper on January 3 in Celaya, "
        "Guanajuato."
    )
    assert statuses(text, "en") == {"arrest": "reported", "attack": "historical"}


def test_an_arrest_dated_long_ago_is_still_background_es() -> None:
    text = (
        "El 3 de enero, dos hombres fueron detenidos como presuntos responsables del "
        "homicidio de un comerciante en Celaya, Guanajuato."
    )
    assert statuses(text, "es")["arrest"] == "historical"
