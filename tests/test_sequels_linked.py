"""What the attackers did while or right after they struck, linked to the act by the words that
tell it, is a kind of that act (issue 9 item 1; `assemble/sequels.py`, `incidents.toml`
[sequels]): a roadblock "to stop reinforcements" or done "during the shootout", one done by
"the attackers" named again, the car "in which they fled" set on fire, a road blocked in the
clash's own sentence. A later day, a cue of another happening or another town keeps it apart.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 11)


def run(language: str, text: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def shape(records: list[EventRecord]) -> list[tuple[str, bool]]:
    """Each record's category, and whether it took the road blocked or the car burned."""
    sequels = {"roadblock", "arson"}
    return sorted(
        (r.category, r.category not in sequels and bool(sequels & set(r.kinds))) for r in records
    )


def test_a_road_blocked_to_stop_reinforcements_es() -> None:
    records = run(
        "es",
        "Policías estatales y civiles armados se enfrentaron en Cajeme, Sonora, el martes, con "
        "saldo de dos muertos. Un tráiler fue atravesado en la carretera para impedir la "
        "llegada de refuerzos.",
    )
    assert shape(records) == [("armed_clash", True)]


def test_the_attackers_named_again_block_the_road_es() -> None:
    records = run(
        "es",
        "Elementos del Ejército se enfrentaron a un grupo armado en la comunidad de El Aguaje, "
        "municipio de Aguililla, Michoacán, el martes; murieron cuatro agresores. Los "
        "delincuentes bloquearon la carretera con vehículos incendiados.",
    )
    assert shape(records) == [("armed_clash", True)]


def test_the_gunmen_named_again_block_the_highway_en() -> None:
    records = run(
        "en",
        "Soldiers clashed with gunmen near Aguililla, Michoacán, on Tuesday, leaving four "
        "attackers dead. The gunmen blocked the highway with burning trucks.",
    )
    assert shape(records) == [("armed_clash", True)]


def test_the_car_they_fled_in_set_on_fire_en() -> None:
    records = run(
        "en",
        "Gunmen killed four people at a bar in Salamanca, Guanajuato, on Friday night. Minutes "
        "later the attackers set fire to the car in which they fled, a few blocks away.",
    )
    assert shape(records) == [("attack", True)]


def test_a_road_blocked_in_the_clash_sentence_es() -> None:
    records = run(
        "es",
        "Policías estatales y civiles armados se enfrentaron en Cajeme, Sonora, el martes, y "
        "la carretera federal 15 quedó bloqueada con dos tráileres.",
    )
    assert shape(records) == [("armed_clash", True)]


def test_a_roadblock_the_next_day_stays_apart() -> None:
    records = run(
        "es",
        "Elementos del Ejército se enfrentaron a un grupo armado en Aguililla, Michoacán, el "
        "martes; murieron cuatro agresores. Al día siguiente, los delincuentes bloquearon la "
        "carretera con vehículos incendiados.",
    )
    assert ("roadblock", False) in shape(records)
    assert ("armed_clash", False) in shape(records)


def test_an_arson_in_another_town_stays_apart() -> None:
    records = run(
        "es",
        "Un comando asesinó a cuatro personas en un bar de Salamanca, Guanajuato, la noche del "
        "viernes. Horas más tarde, en Celaya, desconocidos incendiaron la camioneta en la que "
        "llegaron dos comerciantes.",
    )
    assert ("arson", False) in shape(records)
    assert ("attack", False) in shape(records)
