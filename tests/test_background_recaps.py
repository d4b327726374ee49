"""Recaps inside news articles: earlier happenings told by their time relative to the news,
what often happens at a place, what a demand of justice is about, open questions and the
series an act belongs to are not today's incident, nor part of its toll. One test per
phrasing class, in Spanish and English; every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from test_background import PUB, assert_context_only, live, run

from sucesos.extract import extract
from sucesos.models import Article


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("es", "A principios de mes, un comando quemó dos camionetas en Jacona.", "camionetas"),
        ("en", "Earlier this month, gunmen torched two pickup trucks in Jacona.", "pickup"),
    ],
)
def test_an_undated_time_earlier_in_the_month_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("es", "La semana anterior, sicarios mataron a un taxista en Jacona.", "taxista"),
        ("en", "The previous week, hitmen killed a taxi driver in Jacona.", "taxi"),
        ("es", "Un año antes, el mismo grupo incendió seis casas en la colonia.", "casas"),
        ("en", "A year earlier, the same gang set fire to six homes in the area.", "homes"),
    ],
)
def test_a_time_told_relative_to_an_earlier_one_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Durante el verano, un grupo armado mató a tres jornaleros en Jacona.",
            "jornaleros",
        ),
        ("en", "Over the summer, armed men killed three farmhands in Jacona.", "farmhands"),
    ],
)
def test_a_season_before_the_news_is_background(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Durante la campaña electoral de 2024, un candidato fue asesinado en Jacona.",
            "candidato",
        ),
        (
            "en",
            "During the 2024 election campaign, a candidate was shot dead in Jacona.",
            "candidate",
        ),
    ],
)
def test_a_year_before_a_noun_dates_an_earlier_happening(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Peritos revisan una camioneta baleada en Jacona, en una imagen de archivo.",
            "archivo",
        ),
        ("en", "Investigators examine a bullet-riddled van in Jacona in this file photo.", "file"),
    ],
)
def test_a_file_photo_caption_is_background(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "La colonia ha sido escenario de constantes enfrentamientos entre grupos criminales.",
            "escenario",
        ),
        (
            "en",
            "The neighborhood has been the scene of frequent clashes between rival gangs.",
            "scene",
        ),
        ("es", "Los secuestros de comerciantes son comunes en la zona.", "comunes"),
        ("en", "Kidnappings of shop owners are common in the area.", "common"),
    ],
)
def test_what_often_happens_at_a_place_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Sus familiares pidieron que se esclarezca el asesinato de un mecánico ocurrido el "
            "pasado viernes en Jacona.",
            "pidieron",
        ),
        (
            "en",
            "Relatives demanded justice for the killing of a mechanic last Friday in Jacona.",
            "mechanic",
        ),
    ],
)
def test_what_a_demand_of_justice_is_about_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("es", "A la banda se le atribuyen al menos diez homicidios en la región.", "atribuyen"),
        ("en", "The gang is blamed for at least ten killings in the region.", "blamed"),
    ],
)
def test_crimes_a_group_is_blamed_for_are_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Zamora, con decenas de policías asesinados en los últimos años, es una de las "
            "ciudades más peligrosas del estado.",
            "decenas",
        ),
        (
            "en",
            "Zamora has been hit hard by violence, with dozens of police officers killed in "
            "recent years.",
            "dozens",
        ),
    ],
)
def test_a_figure_over_months_or_years_is_a_tally(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El ataque es el más reciente de una serie de ataques contra talleres en el estado.",
            "contra talleres",
        ),
        (
            "en",
            "The attack was the latest in a string of attacks on repair shops in the state.",
            "on repair shops",
        ),
    ],
)
def test_the_series_an_act_is_the_latest_of_is_no_event_of_the_news(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Los asesinatos ocurrieron un día después de que cinco personas fueran asesinadas "
            "en un bar de Jacona.",
            "bar",
        ),
        (
            "en",
            "The killings came a day after five people were shot dead at a bar in Jacona.",
            "bar",
        ),
    ],
)
def test_figures_after_an_after_word_belong_to_the_earlier_act(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context"),
    [
        ("es", "La Fiscalía no precisó si las víctimas habían sido secuestradas antes."),
        ("en", "Police did not say whether the victims had been kidnapped beforehand."),
    ],
)
def test_an_open_question_reports_no_act(language: str, context: str) -> None:
    events = run(language, context)
    assert not [e for e in live(events) if e.category == "abduction"]


@pytest.mark.parametrize(
    ("language", "lead"),
    [
        (
            "es",
            "Madres de personas desaparecidas marcharon este lunes en Zamora, Michoacán, para "
            "exigir que las autoridades busquen a sus hijos desaparecidos.",
        ),
        (
            "en",
            "Mothers of missing people marched on Monday in Zamora, Michoacán, to demand that "
            "authorities search for their disappeared children.",
        ),
    ],
)
def test_the_disappeared_named_as_a_group_are_no_abduction(language: str, lead: str) -> None:
    events = run(language, "", lead=lead)
    assert [e.category for e in live(events)] == ["protest"]


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El colectivo de búsqueda ha localizado 40 fosas en el estado desde su fundación.",
            "fosas",
        ),
        (
            "en",
            "The search collective has found 40 graves in the state since its founding.",
            "graves",
        ),
    ],
)
def test_a_count_since_a_group_began_is_a_tally(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Al menos 23 personas fueron asesinadas en Michoacán durante el fin de semana, según "
            "el conteo de la Fiscalía.",
            "23",
        ),
        (
            "en",
            "At least 23 people were killed across Michoacán over the weekend, according to the "
            "prosecutor's count.",
            "23",
        ),
    ],
)
def test_a_states_toll_over_a_weekend_is_a_tally(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context"),
    [
        (
            "es",
            "El gobierno de Estados Unidos pide a sus ciudadanos no viajar a Michoacán por la "
            "violencia y el secuestro.",
        ),
        (
            "en",
            "The U.S. government tells its citizens not to travel to Michoacán because of crime "
            "and kidnapping.",
        ),
    ],
)
def test_a_crime_named_among_a_places_risks_is_no_act(language: str, context: str) -> None:
    events = run(language, context)
    told = [e.category for e in live(events) if any(context in x.text for x in e.evidence)]
    assert told in ([], ["travel_advisory"])


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Los asesinatos de mecánicos son raros, pero Michoacán tiene una de las tasas más "
            "altas de homicidios del país.",
            "raros",
        ),
        (
            "en",
            "Killings of mechanics are rare, but Michoacán has one of the highest rates of "
            "homicide in the country.",
            "rare",
        ),
    ],
)
def test_how_rare_or_frequent_a_crime_is_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Abaten a líder criminal en Tapalpa; bloqueos en ocho estados\n"
            "Militares abatieron este lunes en Tapalpa, Jalisco, a un líder criminal. Tras el "
            "operativo, hombres armados realizaron bloqueos en al menos ocho estados.",
        ),
        (
            "en",
            "Cartel boss killed in Tapalpa; roadblocks in eight states\n"
            "Soldiers killed a cartel boss on Monday in Tapalpa, Jalisco. After the raid, gunmen "
            "set up roadblocks in at least eight states.",
        ),
    ],
)
def test_roadblocks_counted_over_several_states_are_in_no_one_town(
    language: str, text: str
) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    blocks = [e for e in live(events) if e.category == "roadblock"]
    assert blocks
    assert all(loc.precision != "municipality" for e in blocks for loc in e.locations)


@pytest.mark.parametrize(
    ("language", "context"),
    [
        (
            "es",
            "El gobernador condenó el asesinato y acusó a una banda local del ataque.",
        ),
        (
            "en",
            "The governor condemned the killing and blamed the attack on a local gang.",
        ),
    ],
)
def test_a_reaction_to_the_violence_is_no_event_of_its_own(language: str, context: str) -> None:
    events = run(language, context)
    assert [e.category for e in live(events)] == ["attack"]
    assert live(events)[0].fatalities == 2


@pytest.mark.parametrize(
    ("language", "context"),
    [
        ("es", "Tras el ataque, militares y policías patrullaron la zona."),
        ("en", "Soldiers and police patrolled the area after the attack."),
    ],
)
def test_the_attack_a_later_sentence_refers_back_to_is_the_same_attack(
    language: str, context: str
) -> None:
    events = run(language, context)
    assert len([e for e in live(events) if e.category == "attack"]) == 1
