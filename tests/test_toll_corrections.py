"""A toll corrected to a new figure, and figures told as a first report (issue 9, wrong
counts: survey30's counts doubled or summed). A correction ("las autoridades rectificaron la
cifra a 27", "la cifra de muertos fue ajustada a nueve", "officials revised the death toll to
ten") is the latest count of the incident: the figures of the dead told before it stay listed
side by side, but the record's toll is the corrected one, down as well as up. A figure told as
a first report ("Inicialmente se informó…", "En un primer reporte…", "Initially…") gives no
toll and disputes nothing when another figure of the dead is told. Also: "la muerte de siete
personas y cinco más lesionadas" counts seven dead, the five are the wounded; "mil 721" is
1,721; "seis decesos" counts six dead.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold
from sucesos.models import Article, EventRecord

PUB = date(2026, 5, 11)


def live(text: str, language: str) -> EventRecord:
    records = [
        e
        for e in extract(Article(text=text, published=PUB, language=language))
        if e.status in ("reported", "disputed")
    ]
    assert len(records) == 1, records
    return records[0]


def killed(text: str) -> list[int]:
    return [c.value for c in find_counts(fold(text), text=text) if c.what == "killed"]


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        (
            "Treinta reos murieron en la riña del penal de Apodaca, informó el gobernador, pero "
            "horas después la fiscalía rectificó la cifra a 27.",
            "es",
            27,
        ),
        (
            "Once personas murieron en el ataque a un bar de Irapuato, dijo la policía. La "
            "Fiscalía informó después que la cifra de muertos fue ajustada a nueve.",
            "es",
            9,
        ),
        (
            "Twelve people were killed in an attack on a bar in Irapuato, police said. The "
            "state prosecutor's office later revised the death toll from the attack to ten.",
            "en",
            10,
        ),
    ],
)
def test_a_corrected_toll_is_the_records_toll(text: str, language: str, toll: int) -> None:
    record = live(text, language)
    assert record.fatalities == toll
    # the first count stays listed beside the corrected one
    assert len({c.value for c in record.counts if c.what == "killed"}) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un comando atacó una fiesta en Celaya. En un primer reporte, la policía municipal "
            "informó que cuatro personas habían fallecido. La Fiscalía del Estado confirmó la "
            "muerte de seis personas.",
            "es",
        ),
        (
            "Gunmen attacked a party in Celaya. Initially, municipal police said four people "
            "had died. The state prosecutor's office confirmed that six people were killed.",
            "en",
        ),
    ],
)
def test_a_first_report_gives_no_toll(text: str, language: str) -> None:
    record = live(text, language)
    assert record.fatalities == 6
    assert record.status == "reported"  # a first report disputes nothing
    assert 4 in [c.value for c in record.counts if c.what == "killed"]


def test_a_first_report_alone_is_the_toll() -> None:
    text = "Inicialmente se informó que tres personas murieron en el ataque en Celaya."
    record = live(text, "es")
    assert record.fatalities == 3


def test_a_corrected_figure_in_the_same_sentence() -> None:
    text = (
        "Inicialmente se reportó la muerte de cuatro personas; sin embargo, la cifra fue "
        "actualizada a seis decesos y ocho lesionados."
    )
    assert sorted(killed(text)) == [4, 6]
    assert live(text, "es").fatalities == 6


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("La Fiscalía confirmó la muerte de siete personas y cinco más lesionadas.", [7]),
        ("Officials confirmed the deaths of seven people and five more injured.", [7]),
        # the "and N others" of the same verb still add up
        ("Gunmen killed a teacher in Celaya on Sunday and four others who were with him.", [5]),
    ],
)
def test_others_of_another_figure_are_not_the_deads(text: str, dead: list[int]) -> None:
    assert killed(text) == dead


def test_thousands_with_hundreds_in_digits() -> None:
    assert killed("En lo que va del año se contabilizan mil 721 homicidios dolosos.") == [1721]
