"""A road blocked by residents, teachers or relatives is their protest, not a narcobloqueo
(issue 9). Every article here is invented for the test."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 11)  # a Wednesday


def categories(text: str, language: str) -> set[str]:
    events: list[EventRecord] = extract(Article(text=text, published=PUB, language=language))
    return {e.category for e in events if e.status == "reported"}


def test_residents_who_block_a_highway_protest_es() -> None:
    text = (
        "Habitantes de la comunidad de San Pedro, municipio de Tlalmanalco, Estado de México, "
        "bloquearon este martes la carretera federal ante el aumento de robos en la zona."
    )
    assert categories(text, "es") == {"protest"}


def test_teachers_who_close_a_road_protest_es() -> None:
    text = (
        "Maestros de la sección 22 cerraron la carretera a Puerto Escondido, en Oaxaca, "
        "para exigir el pago de sus salarios."
    )
    assert categories(text, "es") == {"protest"}


def test_residents_who_block_a_highway_protest_en() -> None:
    text = (
        "Residents of San Pedro blocked the highway near Tlalmanalco, State of Mexico, on "
        "Tuesday to demand more police patrols."
    )
    assert categories(text, "en") == {"protest"}


def test_armed_men_who_block_a_road_set_a_roadblock_whoever_reports_it() -> None:
    text = (
        "Vecinos denunciaron que hombres armados bloquearon este martes la carretera "
        "federal en Tepalcatepec, Michoacán, con camiones."
    )
    assert "roadblock" in categories(text, "es")


def test_a_roadblock_with_no_civic_subject_stays_a_roadblock() -> None:
    text = "Bloquean la carretera federal en Tepalcatepec, Michoacán, con vehículos incendiados."
    assert "roadblock" in categories(text, "es")
