"""Background told inside a sentence of its own or beside today's news: an earlier incident
that an "after" word puts outside the news window, generic statements about a place's
violence, tallies in apposition to the news. None joins a live event, and the lead's
evidence keeps only its own clauses. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from test_background import PUB, assert_context_only, run, told_live

from sucesos.extract import extract
from sucesos.models import Article


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El crimen ocurre a 15 días después de una emboscada que dejó nueve policías "
            "muertos en Tlalpujahua.",
            "emboscada",
        ),
        (
            "es",
            "El hecho se da dos semanas después de un ataque que dejó cuatro muertos en Cotija.",
            "Cotija",
        ),
        (
            "en",
            "The shooting came three weeks after an ambush that left nine officers dead in "
            "Tlalpujahua.",
            "ambush",
        ),
        (
            "es",
            "El ataque ocurre a menos de dos semanas de que nueve personas fueran asesinadas "
            "en un bar de Fresnillo.",
            "Fresnillo",
        ),
    ],
)
def test_an_incident_weeks_before_the_news_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Dos días después de un ataque contra su familia, hombres armados asesinaron a "
            "un comerciante en Jacona.",
            "Jacona",
        ),
        (
            "en",
            "Two days after an attack on his family, gunmen shot dead a shopkeeper in Jacona.",
            "Jacona",
        ),
    ],
)
def test_an_incident_days_after_another_stays_news(language: str, context: str, words: str) -> None:
    assert told_live(run(language, context), words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        ("en", "Armed robberies of trucks have become routine on the state's highways.", "trucks"),
        (
            "es",
            "Los asaltos armados a transportistas se han vuelto cotidianos en las carreteras "
            "del estado.",
            "transportistas",
        ),
        (
            "en",
            "The region has witnessed a surge of killings as rival gangs fight over avocado "
            "orchards.",
            "avocado",
        ),
        (
            "es",
            "La región ha vivido una ola de asesinatos por la disputa entre grupos rivales.",
            "ola de asesinatos",
        ),
        ("en", "Extortion of shopkeepers has been a persistent problem in the valley.", "valley"),
        ("en", "Those killed have been mostly farmers and truck drivers.", "farmers"),
    ],
)
def test_what_a_places_violence_has_become_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "lead", "tally"),
    [
        (
            "en",
            "Gunmen shot dead two town councillors on Monday in Zamora, Michoacán, among at least "
            "nine local officials murdered so far this year.",
            "among at least nine",
        ),
        (
            "en",
            "Gunmen shot dead two town councillors on Monday in Zamora, Michoacán, the 12th and "
            "13th local officials killed ahead of the vote.",
            "the 12th",
        ),
        (
            "es",
            "Dos regidores fueron asesinados a balazos este lunes en Zamora, Michoacán, entre "
            "los más de nueve funcionarios asesinados en lo que va del año.",
            "entre los",
        ),
    ],
)
def test_a_tally_in_apposition_is_no_part_of_the_news(language: str, lead: str, tally: str) -> None:
    """The news before the comma stays a live event with its own toll and date; the
    apposition that counts it among many is a tally, outside the live evidence."""
    events = run(language, "Vecinos dijeron que escucharon varios disparos.", lead=lead)
    (event,) = [e for e in events if e.status in ("reported", "disputed")]
    assert event.fatalities == 2
    assert event.date == "2025-09-15"
    assert all(tally not in x.text for x in event.evidence)


def test_one_of_the_news_own_victims_is_no_tally() -> None:
    lead = (
        "Policías se enfrentaron con hombres armados este lunes en Zamora, Michoacán, uno de "
        "los cuales murió y tres más fueron detenidos."
    )
    events = run("es", "El enfrentamiento duró varios minutos.", lead=lead)
    assert told_live(events, "uno de los cuales")


def test_a_text_with_no_line_break_keeps_its_background_apart() -> None:
    """A page flattened to one block: only its first sentence is the headline, so a
    background sentence further on is background still."""
    text = (
        "Gunmen killed two men on Monday at a car repair shop in Zamora, Michoacán. "
        "Police said the attackers fled in a pickup truck. "
        "For more than a decade, the valley has been the scene of turf battles between gangs."
    )
    events = extract(Article(text=text, published=PUB, language="en"))
    assert not told_live(events, "turf battles")


UNDATED = {
    "es": "Hombres armados asesinaron a dos hombres en un taller mecánico de Zamora, "
    "Michoacán, informó la Fiscalía del estado.",
    "en": "Gunmen killed two men at a car repair shop in Zamora, Michoacán, the state "
    "prosecutor's office said.",
}


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Vecinos dijeron que escucharon disparos.\n\nLa semana pasada, hombres armados "
            "incendiaron tres vehículos en la misma carretera.",
            "La semana pasada",
        ),
        (
            "en",
            "Neighbours said they heard shots.\n\nLast week, gunmen torched three vehicles on "
            "the same highway.",
            "Last week",
        ),
    ],
)
def test_last_week_is_background_when_the_lead_names_no_day(
    language: str, context: str, words: str
) -> None:
    events = run(language, context, lead=UNDATED[language])
    assert not told_live(events, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "Este ataque armado se suma a la lista de hechos violentos cometidos este año en "
            "la región.",
            "se suma",
        ),
        ("en", "The killing is the latest in a string of attacks on mechanics.", "the latest"),
    ],
)
def test_the_news_named_again_among_earlier_happenings_is_a_tally(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "El crimen no se compara con el hallazgo de hace dos meses en Jacona, donde 17 "
            "cuerpos fueron abandonados en una brecha. La pugna entre dos grupos desencadenó "
            "la muerte de 17 personas.",
            "pugna",
        ),
        (
            "en",
            "The crime recalls the discovery two months ago in Jacona, where 17 bodies were "
            "dumped on a dirt road. A feud between two gangs led to the deaths of 17 people.",
            "feud",
        ),
    ],
)
def test_the_figure_of_a_background_told_again_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("language", "lead", "background"),
    [
        (
            "es",
            "Un comerciante fue asesinado a balazos este lunes en Zamora, Michoacán, donde en "
            "2023 su hermano también fue ejecutado.",
            "2023",
        ),
        (
            "en",
            "Gunmen killed a shopkeeper on Monday in Zamora, Michoacán, where his brother was "
            "also shot dead in 2023.",
            "2023",
        ),
        (
            "en",
            "Gunmen killed two police officers on Monday in Zamora, Michoacán, bringing to 45 "
            "the number of officers killed so far this year.",
            "45",
        ),
        (
            "es",
            "El ataque de este lunes en Zamora, Michoacán, que dejó dos muertos, se suma a los "
            "45 asesinatos registrados este año en el municipio.",
            "45",
        ),
    ],
)
def test_a_background_clause_is_no_part_of_the_live_evidence(
    language: str, lead: str, background: str
) -> None:
    """The news keeps its own clauses; the background clause at the end of its sentence is
    neither its evidence nor its date."""
    events = run(language, "Vecinos dijeron que escucharon varios disparos.", lead=lead)
    (event,) = [e for e in events if e.status in ("reported", "disputed")]
    assert event.date == "2025-09-15"
    assert all(background not in x.text for x in event.evidence)


@pytest.mark.parametrize(
    ("language", "context", "words"),
    [
        (
            "es",
            "En 2019, hombres armados emboscaron a 14 policías en Aguililla. Por ese crimen "
            "fueron detenidos dos hombres.",
            "Por ese crimen",
        ),
        (
            "en",
            "In 2019, gunmen ambushed 14 police officers in Aguililla. After that attack, "
            "soldiers arrested two men.",
            "After that attack",
        ),
    ],
)
def test_a_sentence_naming_a_background_happening_again_is_background(
    language: str, context: str, words: str
) -> None:
    assert_context_only(language, context, words)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vecinos de Celaya, Guanajuato, protestaron por la falta de agua este lunes.", "es"),
        (
            "Transportistas bloquearon la autopista en Tepotzotlán en protesta por la inseguridad.",
            "es",
        ),
        ("Residents of Celaya, Guanajuato, protested over the water shortage on Monday.", "en"),
    ],
)
def test_what_a_protest_is_about_does_not_make_the_protest_background(
    text: str, language: str
) -> None:
    """The cue of what a protest is about ('protestaron por la…', 'en protesta por la…')
    holds the protest's own word: it dates only an act told after it, so the protest
    itself is news."""
    events = extract(Article(text=text, published=PUB, language=language))
    assert "protest" in {e.category for e in events if e.status == "reported"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen shot dead two men at a taco stand in Jerez, Zacatecas, on Thursday. "
            "Thursday's incident took place near Tlaltenango, where last week three municipal "
            "officers were abducted.",
        ),
        (
            "es",
            "Sicarios mataron a dos hombres en un puesto de tacos de Jerez, Zacatecas, el jueves. "
            "Lo ocurrido este jueves fue cerca de Tlaltenango, donde la semana pasada fueron "
            "secuestrados tres policías municipales.",
        ),
    ],
)
def test_an_act_in_a_relative_clause_an_earlier_day_opens_is_background(
    language: str, text: str
) -> None:
    # "…, where last week three officers were abducted": the place is told by an earlier
    # happening, whatever day the rest of the sentence names
    events = extract(Article(text=text, published=date(2025, 11, 20), language=language))
    (news,) = [e for e in events if e.status == "reported"]
    assert {c.what for c in news.counts} == {"killed"}
    assert any(e.category == "abduction" and e.status == "historical" for e in events)
