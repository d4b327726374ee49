"""The forces sent to the scene of a killing, told in its account with no cue of an answer
("por lo que se desplegó un operativo", "troops were deployed to the neighborhood"), are a
part of the killing, not an operation of their own (issue 9 item 1, one event per incident;
`incidents.toml` [answers_told_after]). A reinforcement that counts the troops it sends, an
operation that made arrests, and the search for the kidnapped stay events of their own. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 11)


def events(language: str, text: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def test_a_deployment_after_the_shots_joins_the_killing_es() -> None:
    found = events(
        "es",
        "Un hombre fue asesinado a balazos la noche del martes en la colonia Las Palmas de "
        "Guaymas, Sonora. Vecinos reportaron detonaciones de arma de fuego, por lo que se "
        "desplegó un operativo policiaco y militar en dicha demarcación.",
    )
    assert [(e.category, "security_operation" in e.kinds) for e in found] == [("attack", True)]


def test_troops_deployed_to_the_scene_join_the_ambush_en() -> None:
    found = events(
        "en",
        "Gunmen killed three police officers in an ambush on a highway near Apatzingán, "
        "Michoacán, on Tuesday. Soldiers and state police were deployed to the area later "
        "that night.",
    )
    assert [(e.category, "security_operation" in e.kinds) for e in found] == [("attack", True)]


def test_a_reinforcement_that_counts_its_troops_stays_apart() -> None:
    found = events(
        "es",
        "Hombres armados asesinaron a cuatro personas en un palenque de Tlaquiltenango, "
        "Morelos, la madrugada del martes. El gobierno estatal desplegó un operativo con 500 "
        "elementos del Ejército y la Guardia Nacional en la región.",
    )
    assert sorted(e.category for e in found) == ["attack", "security_operation"]


def test_the_search_for_the_kidnapped_stays_apart() -> None:
    found = events(
        "es",
        "Un grupo armado secuestró a tres comerciantes en la cabecera de Tlapa, Guerrero, el "
        "lunes. Se han desplegado operativos en la región con fuerzas estatales y federales.",
    )
    assert "security_operation" in {e.category for e in found}
