"""A sentence that opens only by telling time going on ("minutos después", "the following
day", "horas más tarde") and names no town, site, day, street or new victim of its own goes
on telling the happening before it: a part of it ("Minutos después aparecieron los cuerpos…")
or the same act told again ("She was killed the following day", of the victim told before).
With a place, a street or a new victim of its own, it stays another happening (issue 9).
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 11, 17)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


RAID = {
    "es": (
        "Un grupo armado irrumpió el sábado en la ranchería Los Pinos, municipio de Aquila, "
        "Michoacán, y disparó contra los trabajadores de una huerta. "
        "Minutos después aparecieron los cuerpos de dos jornaleros junto al camino."
    ),
    "en": (
        "Gunmen stormed an orchard on Saturday in the town of Aquila, Michoacán, and opened "
        "fire on the workers. "
        "Minutes later the bodies of two laborers were found beside the road."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_part_told_minutes_later_joins_its_act(language: str) -> None:
    (event,) = run(RAID[language], language)
    assert event.category in ("attack", "armed_clash")
    assert event.fatalities == 2


SAME_VICTIM = {
    "es": (
        "La alcaldesa de Tlalnepantla, Morelos, fue atacada a balazos el viernes frente al "
        "palacio municipal. Había asumido el cargo el jueves. "
        "Ella fue asesinada al día siguiente de su toma de protesta."
    ),
    "en": (
        "The mayor of Tlalnepantla, Morelos, was shot dead on Friday outside city hall. "
        "She had taken office on Thursday. "
        "She was killed the following day."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_victim_told_before_killed_the_following_day_is_one_killing(language: str) -> None:
    (event,) = run(SAME_VICTIM[language], language)
    assert event.fatalities == 1


@pytest.mark.parametrize("language", ["es", "en"])
def test_new_victims_told_hours_later_stay_apart(language: str) -> None:
    later = {
        "es": " Horas más tarde, tres hombres fueron asesinados a balazos.",
        "en": " Hours later, three men were shot dead.",
    }
    events = run(SAME_VICTIM[language] + later[language], language)
    assert sorted(e.fatalities or 0 for e in events) == [1, 3]


def test_an_attack_on_a_street_of_its_own_shortly_after_stays_apart() -> None:
    text = (
        "Gunmen attacked a prison in Ciudad Juárez, Chihuahua, on Sunday morning and killed "
        "six guards. Shortly after the assault, municipal police officers were attacked on "
        "Las Torres Avenue."
    )
    assert len(run(text, "en")) == 2


def test_a_toll_told_again_hours_later_is_the_same_attack() -> None:
    # (the English "Hours later, the death toll was revised to seven" was already one)
    text = (
        "Un ataque armado contra un bar de la colonia Centro de Córdoba, Veracruz, dejó cinco "
        "muertos la noche del viernes, informó la fiscalía. "
        "Horas más tarde, el número de víctimas fue ajustado a siete."
    )
    assert len(run(text, "es")) == 1
