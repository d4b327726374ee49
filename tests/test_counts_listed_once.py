"""A record lists a figure once when its article tells it again (the headline and the body,
"asesinan al alcalde" and "el edil fue asesinado"): the same what, number, side and source.
Figures of other sources stay side by side, and one that adds to the figure before it ("y
dos más") is other people and stays.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 5, 11)


def live(text: str, language: str) -> EventRecord:
    records = [
        e
        for e in extract(Article(text=text, published=PUB, language=language))
        if e.status in ("reported", "disputed")
    ]
    assert records, text
    return records[0]


def repeated(record: EventRecord) -> list[tuple[str, int, str | None, str | None]]:
    keys = Counter((c.what, c.value, c.group, c.source) for c in record.counts)
    return [k for k, n in keys.items() if n > 1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Matan a balazos a un comerciante en Zitácuaro\n"
            "Un comerciante fue asesinado a balazos la tarde de este lunes en el centro de "
            "Zitácuaro, Michoacán. El hombre murió en el lugar antes de que llegaran los "
            "paramédicos.",
            "es",
        ),
        (
            "Shopkeeper shot dead in Zitácuaro\n"
            "A shopkeeper was shot dead on Monday afternoon in downtown Zitácuaro, Michoacán. "
            "The man was killed at the scene before paramedics arrived.",
            "en",
        ),
    ],
)
def test_a_victim_told_again_is_listed_once(text: str, language: str) -> None:
    record = live(text, language)
    assert record.fatalities == 1
    assert not repeated(record), record.counts


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        (
            "Cuatro personas murieron en el lugar y cuatro más en el hospital tras el ataque "
            "armado contra un bar en Celaya, Guanajuato, la noche del sábado.",
            "es",
            [4, 4],
        ),
        (
            "Four people died at the scene and four more in hospital after gunmen attacked a "
            "bar in Celaya, Guanajuato, on Saturday night.",
            "en",
            [4, 4],
        ),
    ],
)
def test_a_figure_that_adds_to_the_one_before_stays(
    text: str, language: str, values: list[int]
) -> None:
    record = live(text, language)
    assert [c.value for c in record.counts if c.what == "killed"] == values
    assert record.fatalities == 8


def test_figures_of_different_sources_stay_side_by_side() -> None:
    record = live(
        "Tres policías murieron en una emboscada en Coyuca de Catalán, Guerrero, según la "
        "Fiscalía estatal. De acuerdo con la Secretaría de Marina, tres policías murieron en "
        "el ataque.",
        "es",
    )
    killed = [c for c in record.counts if c.what == "killed"]
    assert len({c.source for c in killed}) == len(killed) == 2, record.counts
