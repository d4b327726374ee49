"""The forces sent to the scene of a killing, told right after it with a word that points back
to the scene or the act ("se desplegó un operativo en dicha demarcación", "soldiers were
deployed to the area", "el hecho generó un despliegue"), are a kind of the killing, not an
operation of their own (issue 9 item 1; `assemble/answers.py`, `incidents.toml`
[answers_told_after]). Another avenue, another day, a cue of another happening, a foiled
attack told in between, counted troops or arrests keep the operation apart. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 11)


def events(language: str, text: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def shape(found: list[EventRecord]) -> list[tuple[str, bool]]:
    return sorted((e.category, "security_operation" in e.kinds) for e in found)


def test_a_deployment_in_the_named_scene_joins_the_killing_es() -> None:
    found = events(
        "es",
        "Un hombre fue asesinado a balazos la noche del martes en la colonia Las Palmas de "
        "Guaymas, Sonora. Vecinos reportaron detonaciones de arma de fuego, por lo que se "
        "desplegó un operativo policiaco y militar en dicha demarcación.",
    )
    assert shape(found) == [("attack", True)]


def test_troops_deployed_to_the_area_join_the_shooting_en() -> None:
    found = events(
        "en",
        "Two men were shot dead outside a bar in Ciudad Obregón, Sonora, early on Friday. "
        "Police and soldiers launched an operation in the neighborhood.",
    )
    assert shape(found) == [("attack", True)]


def test_the_act_named_as_what_moved_the_forces_es() -> None:
    found = events(
        "es",
        "Un hombre fue asesinado a balazos en la colonia Obrera de Culiacán, Sinaloa, el "
        "jueves. El hecho generó un fuerte despliegue policiaco y militar.",
    )
    assert shape(found) == [("attack", True)]


def test_an_operation_on_another_day_stays_apart() -> None:
    found = events(
        "es",
        "Sujetos armados asesinaron a dos jóvenes en la colonia Morelos de Celaya, Guanajuato, "
        "la tarde del domingo. El lunes, elementos del Ejército implementaron un operativo en "
        "la zona.",
    )
    assert shape(found) == [("attack", False), ("security_operation", False)]


def test_an_operation_told_apart_stays_apart() -> None:
    found = events(
        "es",
        "Sujetos armados asesinaron a dos jóvenes en la colonia Morelos de Celaya, Guanajuato, "
        "la tarde del domingo. Además, la Guardia Nacional desplegó un operativo policiaco en "
        "dicha demarcación.",
    )
    assert shape(found) == [("attack", False), ("security_operation", False)]


def test_an_operation_on_another_avenue_stays_apart() -> None:
    found = events(
        "en",
        "Gunmen killed three people at a bar in Celaya, Guanajuato, on Saturday night. "
        "Soldiers were deployed to the area of Tecnológico Avenue.",
    )
    assert shape(found) == [("attack", False), ("security_operation", False)]


def test_the_operation_after_a_foiled_attack_leaves_the_first_alone() -> None:
    found = events(
        "es",
        "Un comando atacó el penal de Ciudad Juárez, Chihuahua, el domingo y mató a diez "
        "custodios. Minutos después, en la avenida Tecnológico, policías frustraron otro "
        "ataque en el que murieron dos agresores. Tras los hechos, se desplegó un operativo "
        "en la zona.",
    )
    tolls = sorted((e.fatalities, "security_operation" in e.kinds) for e in found)
    assert (10, False) in tolls


def test_a_reinforcement_that_counts_its_troops_stays_apart() -> None:
    found = events(
        "es",
        "Hombres armados asesinaron a cuatro personas en un palenque de Tlaquiltenango, "
        "Morelos, la madrugada del martes. El gobierno estatal desplegó un operativo con 500 "
        "elementos del Ejército y la Guardia Nacional en la región.",
    )
    assert shape(found) == [("attack", False), ("security_operation", False)]


def test_the_one_violent_act_takes_an_operation_with_no_link_es() -> None:
    found = events(
        "es",
        "Un hombre fue asesinado a balazos en la colonia Obrera de Culiacán, Sinaloa, el "
        "jueves. Se montó un fuerte operativo con participación de las tres corporaciones.",
    )
    assert shape(found) == [("attack", True)]


def test_with_two_violent_acts_an_operation_needs_a_link_en() -> None:
    found = events(
        "en",
        "Gunmen killed a taxi driver in Uruapan, Michoacán, on Tuesday morning. In another "
        "attack, gunmen wounded two shopkeepers at a market in Zamora. Soldiers and "
        "state police launched a large operation.",
    )
    assert ("security_operation", False) in shape(found)
