"""Round-ups at clause level (issue 9, items 1, 2 and 4): each incident's record shows the
words that state it (its own clause, after the act word a clause with no verb borrows); a
lead that sums the incidents its sentence then tells one by one is an aggregate over the
state (a tally when they add up to it), never one town's toll; what a total left untold
("el resto…", "the remaining…") is a sum of its own at the precision the text gives.
Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str = "es") -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def town_of(event: EventRecord) -> str | None:
    return event.locations[0].admin2 if event.locations else None


def in_town(events: list[EventRecord], town: str) -> EventRecord:
    (event,) = [e for e in live(events) if town_of(e) == town]
    return event


def evidence(event: EventRecord) -> str:
    return " ".join(e.text for e in event.evidence)


def test_a_roundups_later_clause_is_its_own_evidence_es() -> None:
    events = run(
        "Fin de semana violento en Morelos.\n\n"
        "Un comerciante fue asesinado en Yautepec frente a su negocio, y otro hombre murió "
        "baleado la madrugada del sábado en Temixco."
    )
    assert evidence(in_town(events, "Temixco")) == (
        "otro hombre murió baleado la madrugada del sábado en Temixco."
    )


def test_a_clause_with_no_verb_shows_the_act_word_it_borrows_es() -> None:
    events = run(
        "Jornada violenta en Michoacán.\n\n"
        "Seis personas fueron asesinadas en Uruapan, tres en Zamora y dos en Apatzingán."
    )
    text = evidence(in_town(events, "Zamora"))
    assert text.endswith("tres en Zamora")
    assert "asesinadas" in text and "Uruapan" not in text and "Apatzingán" not in text


def test_a_roundups_clause_after_a_semicolon_is_its_own_evidence_en() -> None:
    events = run(
        "Violence in Guerrero.\n\n"
        "Gunmen killed three men at a bar in Petatlán on Saturday; two bodies were found "
        "in Tecpan de Galeana on Sunday.",
        "en",
    )
    (found,) = [e for e in live(events) if e.category == "body_discovery"]
    assert "Petatlán" not in evidence(found)
    assert "Tecpan" in evidence(found)


def test_a_lead_that_the_clauses_after_it_add_up_to_is_the_states_tally_es() -> None:
    events = run(
        "Domingo violento en Guanajuato.\n\n"
        "La violencia dejó el domingo siete personas asesinadas en el estado: dos en Celaya, "
        "cuatro en Salamanca y una en Irapuato."
    )
    assert sorted((town_of(e), e.fatalities) for e in live(events) if e.fatalities) == [
        ("Celaya", 2),
        ("Irapuato", 1),
        ("Salamanca", 4),
    ]
    (tally,) = [e for e in events if e.fatalities == 7]
    assert tally.status == "statistic"
    assert [(loc.admin1, loc.precision) for loc in tally.locations] == [("Guanajuato", "state")]


def test_a_lead_over_the_state_with_its_towns_after_including_en() -> None:
    events = run(
        "Deadly weekend in Michoacán.\n\n"
        "Eleven people were killed across the state over the weekend, including four in "
        "Uruapan, five in Zamora and two in Apatzingán.",
        "en",
    )
    assert sorted((town_of(e), e.fatalities) for e in live(events) if e.fatalities) == [
        ("Apatzingán", 2),
        ("Uruapan", 4),
        ("Zamora", 5),
    ]
    (tally,) = [e for e in events if e.fatalities == 11]
    assert tally.status == "statistic"
    assert [loc.precision for loc in tally.locations] == ["state"]


def test_a_lead_beyond_the_towns_it_names_is_no_towns_toll_es() -> None:
    events = run(
        "Jornada violenta en Guanajuato.\n\n"
        "Nueve personas fueron asesinadas en distintos puntos del estado, tres en Celaya "
        "y dos en León."
    )
    assert in_town(events, "Celaya").fatalities == 3
    assert in_town(events, "León").fatalities == 2
    (total,) = [e for e in events if e.fatalities == 9]
    assert [loc.precision for loc in total.locations] == ["state"]


REST_ES = (
    "Fin de semana violento en Guerrero.\n\n"
    "La violencia dejó 15 muertos en Guerrero en apenas dos días.\n\n"
    "En Iguala, un comando mató a cuatro jóvenes afuera de una tienda.\n\n"
    "En Acapulco, tres hombres fueron asesinados a balazos en la colonia Zapata.\n\n"
    "El resto de los asesinatos ocurrió en los municipios de Taxco, Tlapa y Huitzuco."
)


def test_what_a_total_left_untold_is_reported_over_its_towns_es() -> None:
    rest = [e for e in live(run(REST_ES)) if "El resto" in evidence(e)]
    assert rest and all(loc.precision == "state" for e in rest for loc in e.locations)
    assert all(e.fatalities != 15 for e in rest)


def test_what_a_total_left_untold_is_reported_over_its_towns_en() -> None:
    events = run(
        "Weekend of violence in Guerrero.\n\n"
        "Violence left 15 dead in Guerrero in just two days, the state prosecutor said.\n\n"
        "In Iguala, gunmen killed four young men outside a store.\n\n"
        "In Acapulco, three men were shot dead in the Zapata neighborhood.\n\n"
        "The remaining eight were killed in separate attacks in Taxco, Tlapa and Huitzuco.",
        "en",
    )
    rest = [e for e in live(events) if "remaining" in evidence(e)]
    assert rest and all(loc.precision == "state" for e in rest for loc in e.locations)
    assert all(e.fatalities != 15 for e in rest)


def test_each_incident_of_a_roundup_has_a_record_id_of_its_own_es() -> None:
    events = run(
        "Jornada violenta en Zacatecas.\n\n"
        "Tres personas fueron asesinadas en Fresnillo, dos en Guadalupe y una en Jerez."
    )
    ids = [e.id for e in events]
    assert len(ids) == len(set(ids)) == 3


def test_the_rest_of_a_weekends_dead_is_news_with_its_figure_en() -> None:
    events = run(
        "Bloody weekend in Tijuana.\n\n"
        "Gunmen killed three men at a taco stand in Tijuana on Saturday night, police said.\n\n"
        "The other six murders occurred in various neighborhoods of Tijuana between Saturday "
        "and Sunday, police said.",
        "en",
    )
    rest = [e for e in live(events) if "other six" in evidence(e)]
    assert [e.fatalities for e in rest] == [6]


def test_the_rest_of_a_weekends_dead_is_news_with_its_figure_es() -> None:
    events = run(
        "Fin de semana violento en Tijuana.\n\n"
        "Sujetos armados mataron a tres hombres en un puesto de tacos de Tijuana el sábado.\n\n"
        "Los otros seis homicidios ocurrieron en distintas colonias de Tijuana entre el sábado "
        "y el domingo, informó la policía."
    )
    rest = [e for e in live(events) if "otros seis" in evidence(e)]
    assert [e.fatalities for e in rest] == [6]
