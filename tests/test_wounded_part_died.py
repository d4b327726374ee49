"""A death told as a part of the wounded counted right before it ("cuatro heridos, dos de
los cuales murieron después", "dos agentes lesionados; uno de ellos falleció") leaves the
wounded: they are no longer counted hurt (issue 9, wrong counts: the wounded who died). A
part of other people is no wounded ("mataron a tres de ellos").

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 7, 2)


def _wounded(text: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language="es"))
    return [
        c.value for e in events if e.status == "reported" for c in e.counts if c.what == "injured"
    ]


def test_wounded_of_whom_some_died_are_fewer_wounded() -> None:
    text = (
        "Un grupo armado atacó el lunes a una patrulla militar en Coalcomán, Michoacán, con "
        "un saldo de tres soldados heridos, uno de los cuales murió después en el hospital."
    )
    assert _wounded(text) == [2]


def test_a_part_of_other_people_is_no_wounded() -> None:
    text = (
        "Hombres armados emboscaron el lunes una patrulla con cuatro policías en Zamora, "
        "Michoacán, y mataron a tres de ellos."
    )
    assert _wounded(text) == []
