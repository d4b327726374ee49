"""A date after a relative adverb dates the clause it opens: "…en Macuspana, donde el sábado
asesinaron a otras tres" tells an earlier killing, whose figure is not the news's (found on
fresh Spanish pages, session 9). Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 9)  # a Monday


def attacks(text: str, language: str) -> list[tuple[str, int | None]]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted((e.status, e.fatalities) for e in events if e.category == "attack")


def test_a_relative_clause_dated_earlier_is_another_killing_es() -> None:
    text = (
        "Dos personas fueron ejecutadas esta mañana en la colonia Centro de Macuspana, "
        "Tabasco, donde el sábado asesinaron a otras tres."
    )
    assert attacks(text, "es") == [("historical", 3), ("reported", 2)]


def test_a_relative_clause_dated_earlier_is_another_killing_en() -> None:
    text = (
        "Two men were shot dead on Monday in Culiacán, Sinaloa, where on Saturday gunmen "
        "killed three others."
    )
    assert attacks(text, "en") == [("historical", 3), ("reported", 2)]


def test_a_relative_clause_of_the_same_day_is_the_news_es() -> None:
    text = (
        "Hombres armados atacaron esta mañana un taller en Macuspana, Tabasco, donde esta "
        "mañana murieron dos personas."
    )
    assert attacks(text, "es") == [("reported", 2)]
