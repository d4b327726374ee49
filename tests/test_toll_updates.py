"""Tolls told as updates and victims named in lists (issue 9): "the death toll … has risen to
26", "raised the death toll from … to 17", "a mayor, his father, and 16 other people", "two
town councillors". One test per class of phrasing, with the Spanish twin where the rule is
shared; every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.text import fold
from sucesos.models import Article

PUB = date(2025, 9, 16)  # a Tuesday


def killed(text: str) -> list[int]:
    return [c.value for c in find_counts(fold(text), text=text) if c.what == "killed"]


def fatalities(text: str, language: str) -> int | None:
    events = extract(Article(text=text, published=PUB, language=language))
    violent = [e for e in events if e.category in ("attack", "armed_clash")]
    assert violent, [(e.category, e.status) for e in events]
    return violent[0].fatalities


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The death toll from Sunday's attack on a cockfight in Apatzingán, Michoacán, has "
            "risen to 14, state officials said.",
        ),
        (
            "en",
            "State prosecutors on Monday raised the death toll from the assault on a bar in "
            "Apatzingán, Michoacán, to 14.",
        ),
        (
            "es",
            "La cifra de muertos por el ataque a un palenque en Apatzingán, Michoacán, ascendió "
            "a 14, informó la Fiscalía estatal.",
        ),
        (
            "es",
            "La Fiscalía elevó este lunes la cifra de muertos por el ataque a un bar de "
            "Apatzingán, Michoacán, a 14.",
        ),
    ],
)
def test_a_raised_toll_gives_the_new_figure(language: str, text: str) -> None:
    assert fatalities(text, language) == 14


def test_a_toll_road_is_no_toll() -> None:
    assert killed("The toll road to Uruapan reached 40 kilometers of stalled trucks.") == []


def test_a_serial_comma_list_of_victims_adds_up() -> None:
    text = "Gunmen shot and killed a rancher, his nephew, and nine other people near Tecpan."
    assert max(killed(text)) == 11


def test_the_others_named_with_a_victim_add_to_him() -> None:
    text = "Police said a priest and three others were shot dead outside a chapel in Taxco."
    assert max(killed(text)) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Two town councillors were shot dead outside city hall in Tlalchapa on Monday.",
        "Three local lawmakers were killed when their convoy was attacked near Iguala.",
    ],
)
def test_local_officials_are_people_a_number_counts(text: str) -> None:
    assert killed(text) in ([2], [3])


def test_a_count_of_people_killed_that_rises_is_a_toll() -> None:
    text = (
        "The number of police officers killed in the wave of attacks on patrols in Guanajuato "
        "has risen to 12, the state security ministry said."
    )
    assert 12 in killed(text)


def test_a_figure_joined_by_as_well_as_adds_another_side() -> None:
    text = (
        "The two-hour gunfight left 12 of the attackers dead, as well as one state police "
        "officer, the governor said."
    )
    assert sorted(killed(text)) == [1, 12]
    assert fatalities(text, "en") == 13


def test_a_headline_in_the_present_counts_its_victims() -> None:
    assert killed("Gunmen shoot dead two police officers in Celaya") == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Troops found 18 abductees in a safe house in Reynosa",
        "Police said they had found 18 people who had been held hostage in a ranch near Matehuala.",
        "Marines freed 18 migrants who were being held captive at a house in Nuevo Laredo.",
    ],
)
def test_people_held_captive_are_kidnapped(text: str) -> None:
    found = [(c.what, c.value) for c in find_counts(fold(text), text=text)]
    assert ("kidnapped", 18) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Tres hombres murieron y otros cinco resultaron heridos en un ataque a un taller "
            "de Salamanca. Por la noche, dos de los heridos fallecieron en el hospital, "
            "elevando la cifra de muertos a tres.",
        ),
        (
            "en",
            "Three men were killed and five wounded in an attack on a repair shop in "
            "Salamanca. Overnight two of the wounded died in hospital, bringing the death "
            "toll to three.",
        ),
    ],
)
def test_a_raised_toll_counts_the_later_deaths_it_tells(language: str, text: str) -> None:
    assert fatalities(text, language) == 3


def test_a_raised_toll_over_the_year_is_no_toll_of_the_news() -> None:
    text = (
        "Un policía municipal fue asesinado este lunes en Celaya, elevando a 45 la cifra de "
        "agentes asesinados este año en Guanajuato."
    )
    assert fatalities(text, "es") == 1


def test_a_toll_with_no_word_of_the_counts_lexicon_is_still_read() -> None:
    """Counts stop early on a sentence with no phrase of the counts lexicon, but not where it
    names a toll: a raised toll is read from the toll's own words."""
    assert killed("The toll of the shooting rose to nine.") == [9]
    assert killed("The mayor visited the market on Tuesday.") == []
