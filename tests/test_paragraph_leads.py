"""Round-up leads in a sentence of their own (issue 9, item 2): a total over a state and a
weekend, then a sentence for each incident in its own town. The lead sums them: never the
first town's toll, never added to an item's. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 11, 10)  # a Monday

ITEMS = {
    "es": (
        "En Celaya, dos hombres fueron asesinados a balazos afuera de un taller mecánico la "
        "noche del sábado. En León, sicarios mataron a tres jóvenes en una fiesta. En "
        "Irapuato fue localizado el cuerpo de un hombre con huellas de violencia. El domingo, "
        "en Salamanca, tres personas murieron cuando hombres armados dispararon contra un bar."
    ),
    "en": (
        "In Celaya, two men were shot dead outside a mechanic's shop on Saturday night. In "
        "León, gunmen killed three young men at a party. The body of a man was found in "
        "Irapuato. On Sunday, three people died when gunmen opened fire on a bar in Salamanca."
    ),
}
LEADS = {
    "es": "Al menos nueve personas fueron asesinadas el fin de semana en Guanajuato.",
    "en": "Nine people were killed in Guanajuato on Saturday and Sunday.",
}


def run(language: str) -> list[EventRecord]:
    text = f"{LEADS[language]} {ITEMS[language]}"
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_lead_sentence_total_is_not_the_first_towns_toll(language: str) -> None:
    events = run(language)
    celaya = [e for e in events if any(loc.admin2 == "Celaya" for loc in e.locations)]
    assert [e.fatalities for e in celaya] == [2]


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_lead_sentence_total_is_the_states_tally(language: str) -> None:
    events = run(language)
    (total,) = [e for e in events if e.fatalities == 9]
    assert total.status == "statistic"
    assert [(loc.admin1, loc.admin2) for loc in total.locations] == [("Guanajuato", None)]
