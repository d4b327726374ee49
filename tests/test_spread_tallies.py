"""Dead told over many spots of an area or over a list of towns sum several happenings: a
tally, not one attack ("seis hombres fueron asesinados en los municipios de A, B y C",
"nine bodies were found in different parts of the city"); one act told with its toll in
parts, or one victim in each listed town, stays news. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live_dead

PUB = date(2025, 4, 3)
NEWS_ES = "Un taxista fue asesinado a balazos este miércoles en la colonia Centro de Zamora."
NEWS_EN = "Gunmen shot dead a taxi driver on Wednesday in the town of Zamora, Michoacan."


def _live_dead(text: str, language: str) -> list[int]:
    return live_dead(text, language, PUB)


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        (
            "El jueves otros seis hombres fueron asesinados en los municipios de Irapuato, "
            "Salamanca y Celaya.",
            "es",
            NEWS_ES,
        ),
        (
            "El martes fueron asesinadas cinco personas en los municipios de Uruapan y Apatzingán.",
            "es",
            NEWS_ES,
        ),
        (
            "Five more people were shot dead on Wednesday in the towns of Irapuato, Salamanca "
            "and Celaya.",
            "en",
            NEWS_EN,
        ),
    ],
)
def test_a_toll_over_a_list_of_towns_is_a_tally(tally: str, language: str, news: str) -> None:
    assert _live_dead(news + " " + tally, language) == [1]


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        ("La policía halló nueve cuerpos en distintos puntos de la ciudad.", "es", NEWS_ES),
        ("Otras siete personas murieron baleadas en diversas colonias de Uruapan.", "es", NEWS_ES),
        ("Police found nine bodies in different parts of the city on Thursday.", "en", NEWS_EN),
        ("Six more people were shot dead in several neighborhoods of Uruapan.", "en", NEWS_EN),
    ],
)
def test_a_toll_over_many_spots_is_a_tally(tally: str, language: str, news: str) -> None:
    assert _live_dead(news + " " + tally, language) == [1]


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        ("Otras seis personas fueron asesinadas en distintos puntos de Uruapan.", "es", NEWS_ES),
        ("En diferentes casos, otros cuatro hombres murieron baleados en Uruapan.", "es", NEWS_ES),
        ("Four more men were shot dead at various locations around Uruapan.", "en", NEWS_EN),
        ("Police found seven bodies in three separate locations near Uruapan.", "en", NEWS_EN),
    ],
)
def test_a_toll_over_spots_of_a_named_place_or_separate_cases_is_a_tally(
    tally: str, language: str, news: str
) -> None:
    assert _live_dead(news + " " + tally, language) == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Murieron tres personas en el ataque a un taller de Celaya, una en el lugar y dos "
            "en el hospital. La fiscalía abrió una carpeta de investigación.",
            "es",
        ),
        (
            "One man died at the scene and two more later in hospital after gunmen opened fire "
            "on a bar in Celaya. Prosecutors opened an inquiry.",
            "en",
        ),
        (
            "Tres hombres murieron en un ataque armado en la carretera que une los municipios "
            "de Irapuato y Salamanca. La fiscalía investiga.",
            "es",
        ),
        (
            "Dos hombres murieron por disparos en distintas partes del cuerpo tras un ataque "
            "en Celaya. La fiscalía investiga.",
            "es",
        ),
    ],
)
def test_one_act_with_its_toll_stays_news(text: str, language: str) -> None:
    assert max(_live_dead(text, language)) >= 2


def test_one_victim_in_each_listed_town_stays_an_incident_each() -> None:
    text = (
        "Tres hombres fueron asesinados el sábado en Irapuato, Salamanca y Celaya. "
        "La fiscalía investiga los hechos."
    )
    assert _live_dead(text, "es") == [1, 1, 1]


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        ("En el resto del municipio fueron asesinadas otras cinco personas.", "es", NEWS_ES),
        ("Otros tres hombres murieron baleados en otras colonias de Zamora.", "es", NEWS_ES),
        ("Four other men were killed elsewhere in the state.", "en", NEWS_EN),
        ("Six more men were shot dead in other parts of the border city.", "en", NEWS_EN),
    ],
)
def test_a_toll_of_other_unnamed_spots_is_a_tally(tally: str, language: str, news: str) -> None:
    assert _live_dead(news + " " + tally, language) == [1]


def test_one_act_elsewhere_in_the_city_stays_news() -> None:
    # guard: the dead of one attack told elsewhere in the city are that attack's news
    text = NEWS_EN + " Two more men died elsewhere in the city in an attack on a bar."
    assert _live_dead(text, "en") == [1, 2]
