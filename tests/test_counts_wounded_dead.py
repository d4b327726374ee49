"""The wounded who died (issue 9, wrong counts: a victim who died later left as wounded).
Some of the wounded who died leave the wounded figure told before them ("tres heridos" ...
"uno de los heridos murió más tarde": 2 wounded), the people named between included ("uno de
los policías heridos"); one person told wounded who then died is a death, not a wounded
figure beside it ("resultó herido y más tarde murió"); a death told among the wounded adds
to the toll ("Entre los heridos estaba...", "Among the wounded was..."). The one victim told
shot and told dead is one death, not a wounded person beside it ("asesinan al regidor ... el
edil fue agredido a balazos", "He was killed on Monday ... He was shot twelve times"): a
shooting with no wound nor death word in its sentence gives one wounded (`victims`), who is
the dead where the record's dead are one person with no number; someone told hurt in words
of wounds stays wounded ("his daughter, who was seriously injured").

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 5, 11)


def live(text: str, language: str) -> EventRecord:
    records = [
        e
        for e in extract(Article(text=text, published=PUB, language=language))
        if e.status == "reported"
    ]
    assert len(records) == 1, records
    return records[0]


def injured(record: EventRecord) -> list[int]:
    return [c.value for c in record.counts if c.what == "injured"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un ataque armado en un bar de Celaya, Guanajuato, dejó tres heridos la noche del "
            "sábado. Uno de los heridos murió más tarde en el hospital.",
            "es",
        ),
        (
            "Gunmen attacked a bar in Celaya, Guanajuato, on Saturday night, wounding three "
            "people. One of the wounded later died in hospital.",
            "en",
        ),
    ],
)
def test_the_dead_leave_the_wounded_told_before(text: str, language: str) -> None:
    record = live(text, language)
    assert record.fatalities == 1
    assert injured(record) == [2]


def test_the_wounded_named_by_their_people_who_died_are_no_wounded_figure() -> None:
    record = live(
        "Hombres armados atacaron una patrulla en Culiacán, Sinaloa. Uno de los policías "
        "heridos perdió la vida en el hospital.",
        "es",
    )
    assert record.fatalities == 1
    assert injured(record) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados dispararon contra el chofer de un taxi en Chilpancingo, "
            "Guerrero, quien resultó herido y más tarde murió.",
            "es",
        ),
        (
            "Gunmen shot a taxi driver in Chilpancingo, Guerrero, who was wounded and later "
            "died in hospital.",
            "en",
        ),
    ],
)
def test_one_person_wounded_then_dead_is_a_death(text: str, language: str) -> None:
    record = live(text, language)
    assert record.fatalities == 1
    assert injured(record) == []


def test_another_person_hurt_beside_a_death_stays_wounded() -> None:
    record = live(
        "Un hombre resultó herido y una mujer murió tras un ataque armado en Chilpancingo, "
        "Guerrero.",
        "es",
    )
    assert record.fatalities == 1
    assert injured(record) == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un ataque armado en un bar de Celaya, Guanajuato, dejó un hombre asesinado y tres "
            "heridos. Entre los heridos estaba un mesero, quien falleció horas después en un "
            "hospital.",
            "es",
        ),
        (
            "An armed attack on a bar in Celaya, Guanajuato, killed a man and wounded three "
            "people. Among the wounded was a waiter, who later died at a hospital.",
            "en",
        ),
    ],
)
def test_a_death_among_the_wounded_adds_to_the_toll(text: str, language: str) -> None:
    record = live(text, language)
    assert record.fatalities == 2
    assert injured(record) == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Asesinan al regidor de Zitácuaro, Michoacán. El edil fue agredido a balazos la "
            "noche del domingo frente a su casa.",
            "es",
        ),
        (
            "A local reporter was killed on Sunday in Zitácuaro, Michoacán, a block from his "
            "office. He was shot eight times as he left his car.",
            "en",
        ),
    ],
)
def test_the_one_victim_shot_and_dead_is_no_wounded(text: str, language: str) -> None:
    record = live(text, language)
    assert record.fatalities == 1
    assert injured(record) == []


def test_someone_told_seriously_injured_stays_wounded() -> None:
    record = live(
        "A local reporter was shot dead on Sunday in Zitácuaro, Michoacán. He was shot at his "
        "door along with his daughter, who was seriously injured.",
        "en",
    )
    assert record.fatalities == 1
    assert injured(record) == [1]
