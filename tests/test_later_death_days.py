"""A victim of the article's incident who dies on a later day ("Un tercero falleció la
madrugada del domingo en el hospital", "a third died on Sunday in hospital") is one more of
that incident's dead, on the incident's own day: no record of its own (issue 9, one event per
incident). Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 10)  # a Tuesday


def _records(text: str, language: str) -> list[tuple[str, int | None, str | None]]:
    records = live(extract(Article(text=text, published=PUB, language=language)))
    return [(r.category, r.fatalities, r.date) for r in records]


def test_a_victim_named_by_its_rank_alone_dies_of_the_attack_es() -> None:
    """ "Un tercero falleció la tarde del lunes": the rank stands for one more victim, who
    died two days after the attack."""
    text = (
        "Atacan a balazos a tres jóvenes en Salvatierra\n"
        "Hombres armados dispararon contra tres jóvenes la noche del sábado en la colonia "
        "Arroyo Seco de Salvatierra, Guanajuato, y mataron a dos de ellos.\n"
        "Un tercero falleció la tarde del lunes, informó la Fiscalía."
    )
    assert _records(text, "es") == [("attack", 3, "2026-03-07")]


def test_a_death_in_hospital_on_a_later_day_keeps_the_attack_day_es() -> None:
    """ "…murió la madrugada del domingo en el hospital": that day is when the victim died,
    not when the attack happened."""
    text = (
        "Ataque en un palenque de Tarímbaro\n"
        "Un comando armado atacó a los asistentes de un palenque en Tarímbaro, Michoacán, la "
        "noche del viernes y mató a cuatro hombres.\n"
        "Una mujer murió la madrugada del domingo en el hospital, según la Fiscalía."
    )
    assert [(c, d) for c, _, d in _records(text, "es")] == [("attack", "2026-03-06")]


def test_a_victim_named_by_its_rank_alone_dies_of_the_attack_en() -> None:
    """ "A third died on Monday": one more victim of the attack, two days later."""
    text = (
        "Gunmen shoot three youths in Salvatierra\n"
        "Gunmen opened fire on three young men on Saturday night in the Arroyo Seco "
        "neighborhood of Salvatierra, Guanajuato, killing two of them.\n"
        "A third died on Monday afternoon, the prosecutor's office said."
    )
    assert _records(text, "en") == [("attack", 3, "2026-03-07")]
