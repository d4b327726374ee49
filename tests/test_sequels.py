"""What the attackers did right after a clash, told as what followed it ("tras el
enfrentamiento, los agresores bloquearon la carretera con vehículos incendiados", "after
which gunmen blocked the highway"), is a kind of the clash, not an incident of its own (issue
9, one event per incident). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 10)  # a Tuesday


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def test_a_roadblock_after_the_clash_is_a_kind_of_it_es() -> None:
    text = (
        "Enfrentamiento en Cajeme\n"
        "Policías estatales y presuntos sicarios se enfrentaron la tarde del lunes en Cajeme, "
        "Sonora; tras el enfrentamiento, los agresores bloquearon la carretera federal con "
        "vehículos incendiados."
    )
    records = run(text, "es")
    assert [r.category for r in records] == ["armed_clash"]
    assert {"roadblock", "arson"} <= set(records[0].kinds)


def test_a_roadblock_after_which_the_gunmen_fled_is_a_kind_of_the_clash_en() -> None:
    text = (
        "Shootout in Cajeme\n"
        "State police and suspected cartel gunmen traded fire on Monday afternoon in Cajeme, "
        "Sonora, after which the attackers blocked the highway with burning trucks."
    )
    records = run(text, "en")
    assert [r.category for r in records] == ["armed_clash"]
    assert "roadblock" in records[0].kinds


def test_a_roadblock_told_the_next_sentence_after_the_clash_joins_it_es() -> None:
    text = (
        "Balacera en Guasave\n"
        "Agentes de la Guardia Nacional y un grupo armado protagonizaron un enfrentamiento la "
        "mañana del domingo en Guasave, Sinaloa.\n"
        "Luego de la balacera, los civiles armados bloquearon la carretera con dos "
        "tractocamiones para impedir el paso de refuerzos."
    )
    records = run(text, "es")
    assert [r.category for r in records] == ["armed_clash"]
    assert "roadblock" in records[0].kinds


def test_roadblocks_the_clash_set_off_are_kinds_of_it_es() -> None:
    """ "Los hechos desencadenaron bloqueos…": the clash told before is their cause."""
    text = (
        "Enfrentamiento y bloqueos en Escuinapa\n"
        "La mañana del domingo se registró un enfrentamiento armado entre civiles en la "
        "comunidad de Palmillas, en Escuinapa, Sinaloa.\n"
        "Los hechos desencadenaron bloqueos carreteros y la quema de dos camiones en la "
        "carretera federal."
    )
    records = run(text, "es")
    assert [r.category for r in records] == ["armed_clash"]
    assert "roadblock" in records[0].kinds


def test_roadblocks_the_clash_sparked_are_kinds_of_it_en() -> None:
    text = (
        "Gunfight near Escuinapa\n"
        "Rival gunmen clashed on Sunday morning in the community of Palmillas, in Escuinapa, "
        "Sinaloa.\n"
        "The fighting sparked roadblocks on the federal highway, where two trucks were set on "
        "fire."
    )
    records = run(text, "en")
    assert [r.category for r in records] == ["armed_clash"]
    assert "roadblock" in records[0].kinds
