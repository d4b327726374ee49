"""Which dates date an event: not the report's stamp (an archive stamp, a dateline), not the
day a source spoke ("informó este martes"), but the incident's own words. One test per
phrasing class, in Spanish and English; every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 17)  # a Wednesday


def live(text: str, published: date | None = PUB, language: str = "es") -> list[EventRecord]:
    events = extract(Article(text=text, published=published, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "date 2025-09-17 Dos hombres fueron asesinados en Uruapan, Michoacán.\n"
            "El ataque ocurrió el domingo 14 de septiembre en un taller.",
            "es",
        ),
        (
            "date 2025-09-17 Two men were shot dead in Uruapan, Michoacán.\n"
            "The attack took place on Sunday, Sept. 14, at a repair shop.",
            "en",
        ),
    ],
)
def test_an_archive_stamp_dates_no_event(text: str, language: str) -> None:
    (event,) = live(text, language=language)
    assert event.date == "2025-09-14"


@pytest.mark.parametrize(
    "text",
    [
        # a dateline with no year, after the agency that filed it
        "URUAPAN, 17 de septiembre (Agencia Sintética).- La noche del lunes 15 de septiembre "
        "hombres armados asesinaron a dos hombres en un taller de Uruapan.",
        "URUAPAN, Mich., 17 de septiembre.- La noche del lunes 15 de septiembre hombres armados "
        "asesinaron a dos hombres en un taller de Uruapan.",
    ],
)
def test_a_dateline_without_a_year_dates_no_event(text: str) -> None:
    (event,) = live(text)
    assert event.date == "2025-09-15"


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's place in ordinary case, its names each followed by a comma
        "Uruapan, Michoacán, 17 de septiembre de 2025.- Durante la noche del lunes, hombres "
        "armados asesinaron a dos hombres en un taller de la colonia Centro.",
        "Uruapan/Zamora, Michoacán, 17 de septiembre de 2025.- Durante la noche del lunes, "
        "hombres armados asesinaron a dos hombres en un taller de Uruapan.",
        "Ciudad de México, 17 de septiembre de 2025.- Durante la noche del lunes, hombres "
        "armados asesinaron a dos hombres en un taller de la alcaldía Iztapalapa.",
    ],
)
def test_a_dateline_in_ordinary_case_dates_no_event(text: str) -> None:
    (event,) = live(text)
    assert event.date == "2025-09-15"


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "URUAPAN, Mich., 17 de septiembre de 2025.- Hombres armados asesinaron ayer a dos "
            "hombres en un taller de Uruapan.",
            "es",
            "2025-09-16",
        ),
        (
            "September 17, 2025Gunmen killed two men at a repair shop in Uruapan, Michoacán, on "
            "Monday.",
            "en",
            "2025-09-15",
        ),
    ],
)
def test_a_dateline_is_the_publication_date_when_there_is_none(
    text: str, language: str, day: str
) -> None:
    (event,) = live(text, published=None, language=language)
    assert event.date == day


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados asesinaron el lunes a tres personas en un bar de Celaya, "
            "Guanajuato. La Fiscalía confirmó el ataque este miércoles en un comunicado y "
            "dijo que los agresores huyeron.",
            "es",
        ),
        (
            "Gunmen killed three people at a bar in Celaya, Guanajuato, on Monday. The state "
            "prosecutor's office confirmed the attack on Wednesday in a statement.",
            "en",
        ),
    ],
)
def test_the_day_a_source_spoke_does_not_split_the_incident(text: str, language: str) -> None:
    (event,) = live(text, language=language)
    assert event.date == "2025-09-15"
    assert len(event.evidence) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Fiscalía detalló que el ataque ocurrió el lunes en Celaya, Guanajuato, donde "
            "murieron tres personas.",
            "es",
        ),
        (
            "The prosecutor's office said that the attack took place on Monday in Celaya, "
            "Guanajuato, where three people died.",
            "en",
        ),
    ],
)
def test_a_date_of_what_a_source_said_dates_the_event(text: str, language: str) -> None:
    (event,) = live(text, language=language)
    assert event.date == "2025-09-15"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldados abatieron el lunes al líder de una célula en Tepalcatepec, Michoacán. "
            "Hasta el miércoles, la Fiscalía no había informado si el cuerpo había sido "
            "identificado.",
            "es",
        ),
        (
            "Soldiers killed a cell leader in Tepalcatepec, Michoacán, on Monday. By "
            "Wednesday, prosecutors had not said whether the body had been identified.",
            "en",
        ),
    ],
)
def test_a_pluperfect_of_no_event_word_opens_no_new_incident(text: str, language: str) -> None:
    events = live(text, language=language)
    assert [e.category for e in events if e.category == "body_discovery"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Este martes circuló un video en el que se ve a hombres armados incendiar una tienda "
            "de Iguala, Guerrero, hechos ocurridos el domingo.",
            "es",
        ),
        (
            "On Tuesday a video circulated showing gunmen setting fire to a shop in Iguala, "
            "Guerrero, in an attack that took place on Sunday.",
            "en",
        ),
    ],
)
def test_the_day_a_video_circulated_does_not_date_the_event(text: str, language: str) -> None:
    (event,) = live(text, language=language)
    assert event.date == "2025-09-14"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La policía estatal dijo este martes el ataque ocurrió el lunes en una gasolinera de "
            "Salamanca, Guanajuato, donde murieron dos empleados.",
            "es",
        ),
        (
            "State police said Tuesday the killings occurred Monday at a gas station in "
            "Salamanca, Guanajuato, where two employees died.",
            "en",
        ),
    ],
)
def test_a_day_after_a_verb_of_happening_dates_the_event_without_que(
    text: str, language: str
) -> None:
    (event,) = live(text, language=language)
    assert event.date == "2025-09-15"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cuatro policías murieron en una emboscada en Coahuayana, Michoacán. Un comunicado "
            "emitido el martes por la Fiscalía precisa que los agentes fueron atacados en la "
            "madrugada del lunes.",
            "es",
        ),
        (
            "Four police officers died in an ambush in Coahuayana, Michoacán. A statement issued "
            "Tuesday by prosecutors says the officers were attacked in the early hours of Monday.",
            "en",
        ),
        (
            "Gunmen killed four police officers in Coahuayana, Michoacán, authorities report "
            "Tuesday. The ambush took place late on Monday.",
            "en",
        ),
    ],
)
def test_the_day_a_statement_was_issued_does_not_date_the_event(text: str, language: str) -> None:
    (event,) = live(text, language=language)
    assert event.date == "2025-09-15"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Las autoridades elevaron la alerta el martes. El domingo 14 de septiembre, grupos "
            "armados quemaron camiones en varios estados, el día en que soldados abatieron a un "
            "jefe criminal en Tapalpa, Jalisco.",
            "es",
        ),
        (
            "Officials raised the alert on Tuesday. On Sept. 14, gunmen torched trucks in several "
            "states, the day soldiers killed a cartel boss in Tapalpa, Jalisco.",
            "en",
        ),
    ],
)
def test_a_day_that_opens_the_sentence_dates_each_of_its_events(text: str, language: str) -> None:
    # the killing is told in its own clause, apart from the sum over several states; the day
    # the sentence opens with is its day too, not the lead's day of the alert
    killing = [e for e in live(text, language=language) if e.fatalities]
    assert [(e.date, e.date_precision) for e in killing] == [("2025-09-14", "day")]


def test_an_opening_day_leaves_a_clause_that_may_name_its_own() -> None:
    text = (
        "On Sept. 14, gunmen torched trucks in several states; on Saturday soldiers killed a "
        "cartel boss in Tapalpa, Jalisco."
    )
    killing = [e for e in live(text, language="en") if e.fatalities]
    assert killing and all(e.date != "2025-09-14" for e in killing)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El asesinato de Mario Téllez, un comerciante que radicaba en Zamora desde el "
            "primero de agosto de este año, ocurrió la mañana del lunes 15 de septiembre.",
            "es",
        ),
        (
            "Mario Tellez, a shopkeeper who had lived in Zamora since August 1, was shot dead "
            "on Monday, Sept. 15.",
            "en",
        ),
    ],
)
def test_the_day_a_stay_began_is_no_tally_start_nor_the_event_day(text: str, language: str) -> None:
    (event,) = live(text, language=language)
    assert event.date == "2025-09-15"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Balacera en Zamora deja cinco muertos\n\n"
            "Cinco personas fueron asesinadas en dos ataques en Zamora, informaron autoridades "
            "este miércoles.\n\n"
            "El primer ataque ocurrió el lunes en la colonia Las Flores, donde tres hombres "
            "fueron asesinados.\n\n"
            "Minutos más tarde, en la colonia Centro, dos hombres fueron asesinados por civiles "
            "armados.",
            "es",
        ),
        (
            "Shootings in Zamora leave five dead\n\n"
            "Five people were killed in two attacks in Zamora, authorities said on Wednesday.\n\n"
            "The first attack took place on Monday in the Las Flores neighborhood, where three "
            "men were shot dead.\n\n"
            "Hours later, gunmen killed two men outside a store in the Centro neighborhood.",
            "en",
        ),
    ],
)
def test_a_sequel_takes_the_day_of_the_account_before_it(text: str, language: str) -> None:
    days = {e.fatalities: e.date for e in live(text, language=language)}
    assert days[3] == "2025-09-15"
    assert days[2] == "2025-09-15"


def test_a_sequel_passes_over_what_had_happened_before() -> None:
    text = (
        "Era cerca de la medianoche del lunes cuando hombres armados llegaron a una fiesta en "
        "la colonia Centro de Uruapan.\n\n"
        "La camioneta en la que llegaron había sido robada el pasado 12 de septiembre en "
        "Morelia.\n\n"
        "Poco después, los agresores abrieron fuego contra los asistentes y mataron a seis "
        "personas."
    )
    days = {e.fatalities: e.date for e in live(text)}
    assert days[6] == "2025-09-15"
