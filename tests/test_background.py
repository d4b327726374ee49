"""Background and tallies inside news articles: what an article tells for context (earlier
incidents, running totals, rankings) is not today's incident, nor part of its toll. One test
per phrasing class, in Spanish and English; every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live, told_live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 16)  # a Tuesday

LEAD = {
    "es": "Hombres armados asesinaron a dos hombres este lunes en un taller mecánico de la "
    "colonia Las Flores, en Zamora, Michoacán, informó la Fiscalía del estado.",
    "en": "Gunmen killed two men on Monday at a car repair shop in the Las Flores neighborhood "
    "of Zamora, Michoacán, the state prosecutor's office said.",
}


def run(language: str, context: str, lead: str | None = None) -> list[EventRecord]:
    """`context` after a lead (this module's `LEAD` unless given) in one article."""
    text = (lead or LEAD[language]) + "\n\n" + context
    return extract(Article(text=text, published=PUB, language=language))


def lead_event(events: list[EventRecord]) -> EventRecord:
    (event,) = [e for e in live(events) if e.category == "attack"]
    return event


def assert_context_only(language: str, context: str, words: str) -> None:
    """The context sentence is in no live record, and the lead's toll stays its own."""
    events = run(language, context)
    assert not told_live(events, words)
    assert lead_event(events).fatalities == 2


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("es", "La ola de violencia en la región ha dejado más de 200 muertos este año.", "ola"),
        ("en", "The wave of violence has left more than 200 people dead so far this year.", "wave"),
        (
            "es",
            "Las balaceras entre los grupos que se disputan la zona han dejado decenas de muertos.",
            "balaceras",
        ),
        ("en", "The feud between the two factions has claimed dozens of lives.", "feud"),
        ("es", "Más de 150 personas han sido asesinadas en Zamora en 2025.", "150"),
        (
            "en",
            "Since the state government took office, 40 police officers have been killed.",
            "40",
        ),
        (
            "en",
            "Zamora and nearby towns have been hit by a series of attacks on shops in recent "
            "months.",
            "series",
        ),
    ],
)
def test_a_perfect_tense_toll_of_an_ongoing_violence_is_a_tally(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Con este crimen suman 31 personas asesinadas en el municipio en septiembre.",
            "suman",
        ),
        (
            "en",
            "With this attack, 31 people have been murdered in the city in September.",
            "With this",
        ),
    ],
)
def test_a_total_that_counts_the_news_in_is_a_tally(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Es el tercer ataque contra talleres en el municipio en lo que va del mes.",
            "tercer",
        ),
        ("en", "It was the third attack on repair shops in the city this month.", "third"),
    ],
)
def test_an_ordinal_count_of_attacks_over_a_period_is_a_tally(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Michoacán es la entidad con más homicidios dolosos de la región, según datos "
            "oficiales.",
            "entidad con",
        ),
        (
            "en",
            "Michoacán is the state with the highest number of homicides in the region, "
            "according to official data.",
            "highest",
        ),
    ],
)
def test_a_ranking_without_figures_is_a_tally(language: str, context: str, words: str) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Cabe recordar que en ese mismo taller un comando asesinó a un empleado.",
            "recordar",
        ),
        (
            "es",
            "A principios de año, un grupo armado incendió dos tiendas en la misma colonia.",
            "principios",
        ),
        (
            "en",
            "Earlier this year, gunmen set fire to two shops in the same neighborhood.",
            "Earlier",
        ),
        (
            "es",
            "La violencia en el municipio se recrudeció tras la detención de un jefe de plaza.",
            "recrudeci",
        ),
        (
            "en",
            "Violence in the city escalated after the arrest of a local cartel boss.",
            "escalated",
        ),
        (
            "en",
            "On Sept. 2, 2021, gunmen killed four men at a bar in the same neighborhood.",
            "bar",
        ),
        (
            "es",
            "Meses atrás, el mismo grupo había atacado a balazos una tienda de la colonia.",
            "tienda",
        ),
        ("en", "Weeks earlier, gunmen had shot up a store in the same neighborhood.", "store"),
        ("es", "Semanas antes, un comando había baleado una tienda en la misma colonia.", "tienda"),
        ("es", "Hace unos días, sicarios quemaron un autobús en la carretera a Jacona.", "autob"),
        ("en", "A few days ago, hitmen burned a bus on the highway to Jacona.", "bus"),
        ("es", "En aquella ocasión murieron cuatro personas.", "aquella"),
        ("en", "Since then, gunmen have killed four more people in the area.", "Since then"),
        (
            "es",
            "El ataque contra el taller se suma al asesinato de un mecánico en la misma calle.",
            "asesinato de un",
        ),
        ("en", "The killings follow the murder of a mechanic on the same street.", "murder of a"),
    ],
)
def test_an_earlier_incident_told_for_context_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context"),
    [
        ("en", "The area is disputed by two criminal groups."),
        ("en", "The prosecutor's office disputed the figure given by relatives."),
    ],
)
def test_only_a_disputed_account_makes_an_event_disputed(language: str, context: str) -> None:
    status = lead_event(run(language, context)).status
    assert status == ("disputed" if "figure" in context else "reported")


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Agentes detuvieron este martes a un hombre, presunto responsable del homicidio "
            "de una comerciante en Jacona.",
            "comerciante",
        ),
        (
            "en",
            "Agents arrested a man on Tuesday suspected of killing a shopkeeper in Jacona.",
            "shopkeeper",
        ),
        (
            "es",
            "Según la Fiscalía, el detenido también participó en el asesinato de dos policías "
            "en Jacona.",
            "policías",
        ),
        (
            "en",
            "According to prosecutors, the suspect also took part in the murder of two police "
            "officers in Jacona.",
            "officers",
        ),
    ],
)
def test_a_crime_someone_is_accused_of_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)
