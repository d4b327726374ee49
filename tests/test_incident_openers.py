"""Sentences that open another happening of the same day (issue 9): "Also Saturday, …",
"También el sábado, …", "A short time after the shooting, …", "Poco tiempo después, …" tell
an incident of their own, not more of the one told before. Every article here is invented
for the test."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 8)  # a Sunday


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def live_tolls(events: list[EventRecord]) -> list[int]:
    return sorted(
        e.fatalities or 0
        for e in events
        if e.status in ("reported", "disputed") and e.category in ("attack", "armed_clash")
    )


def test_also_on_the_same_day_opens_another_incident_en() -> None:
    text = (
        "Gunmen killed three police officers early Saturday in an attack on a police station, "
        "authorities in western Mexico said. "
        "Also Saturday, a teacher was shot dead in his car in Matamoros, Tamaulipas, the city's "
        "police chief said."
    )
    assert live_tolls(run(text, "en")) == [1, 3]


def test_also_on_the_same_day_opens_another_incident_es() -> None:
    text = (
        "Hombres armados asesinaron a tres policías el sábado en un ataque contra una "
        "comandancia, informaron autoridades del occidente del país. "
        "También el sábado, un maestro fue asesinado a balazos dentro de su auto en Matamoros, "
        "Tamaulipas, informó la policía."
    )
    assert live_tolls(run(text, "es")) == [1, 3]


def test_a_short_time_after_opens_another_incident_en() -> None:
    text = (
        "Gunmen killed two men at a birthday party in Tijuana, Baja California, on Saturday "
        "night, police said. "
        "A short time after the shooting, three more people were shot dead at a car wash, "
        "police said."
    )
    assert live_tolls(run(text, "en")) == [2, 3]


def test_a_short_time_after_opens_another_incident_es() -> None:
    text = (
        "Hombres armados asesinaron a dos hombres en una fiesta en Tijuana, Baja California, "
        "el sábado por la noche, informó la policía. "
        "Poco tiempo después, tres personas más fueron asesinadas a balazos en un autolavado, "
        "informó la policía."
    )
    assert live_tolls(run(text, "es")) == [2, 3]


def test_another_attack_at_the_same_place_is_its_own_incident_es() -> None:
    # the event word inside the cue ("otra agresión", "el segundo ataque") is the new act,
    # not the one told before, which only a cue of time going on names ("tras el ataque")
    text = (
        "En la colonia Las Flores de Celaya, Guanajuato, hombres armados asesinaron a dos "
        "hombres el sábado. "
        "En la colonia Las Flores se registró otra agresión armada que dejó tres personas "
        "muertas, informó la policía."
    )
    assert live_tolls(run(text, "es")) == [2, 3]


def test_another_attack_at_the_same_place_is_its_own_incident_en() -> None:
    text = (
        "Gunmen killed two men in the Las Flores neighborhood of Celaya, Guanajuato, on "
        "Saturday. "
        "In Las Flores a second attack left three people dead, police said."
    )
    assert live_tolls(run(text, "en")) == [2, 3]


def test_after_the_attack_still_names_the_one_told_es() -> None:
    text = (
        "En la colonia Las Flores de Celaya, Guanajuato, hombres armados asesinaron a dos "
        "hombres el sábado. "
        "Tras el ataque, los agresores huyeron de la colonia Las Flores con rumbo desconocido."
    )
    assert live_tolls(run(text, "es")) == [2]
