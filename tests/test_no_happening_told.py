"""Sentences that tell no happening of their own (session 23, issue 9; classes found on the
opened blind and fresh sets): kidnapping words that name the people a rescue frees, a search
finds or an arrest takes (their state or their captors, not a new abduction); a conditional
("si hay balaceras, suspende las clases", "if we had 100 murders"); acts that are the subject
of a trend ("los secuestros se han incrementado", "killings continue to plague the city") or
a share with no number ("most of the killings"); a finding still to be ruled out; a field of
law ("en materia de secuestro"). Every article here is invented for the test.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.extract.kinds import find_triggers
from sucesos.extract.text import fold
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 10)  # a Tuesday


def run(text: str, language: str = "es") -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def categories(events: list[EventRecord]) -> list[str]:
    return sorted({e.category for e in live(events)})


def test_one_kidnapped_person_freed_in_an_operation_es() -> None:
    events = run(
        "Liberan a un secuestrado en un operativo con seis detenidos en Orizaba, Veracruz. "
        "La persona secuestrada fue localizada en una de las casas cateadas este lunes."
    )
    assert "abduction" not in categories(events)


def test_captives_freed_in_a_raid_en() -> None:
    events = run(
        "Two captives were freed when soldiers raided a ranch in Lagos de Moreno, Jalisco, "
        "on Monday, officials said.",
        "en",
    )
    assert "abduction" not in categories(events)


def test_hostages_found_bound_in_a_truck_en() -> None:
    events = run(
        "State agents tracked the suspect to Nogales, Sonora, on Monday, where they "
        "discovered three hostages bound and gagged inside a pickup truck.",
        "en",
    )
    assert "abduction" not in categories(events)


def test_body_of_a_man_reported_missing_es() -> None:
    events = run(
        "En Coyuca de Catalán, Guerrero, este lunes fue encontrado el cuerpo sin vida de un "
        "comerciante reportado como desaparecido."
    )
    assert "abduction" not in categories(events)


def test_kidnappers_arrested_es() -> None:
    events = run("Detienen a cuatro secuestradores en Fresnillo, Zacatecas, este lunes.")
    assert categories(events) == ["arrest"]


def test_a_conditional_sentence_tells_no_closure_en() -> None:
    events = run(
        "If there is shooting near the school, the principal sends a message to the parents "
        "suspending classes.",
        "en",
    )
    assert categories(events) == []


def test_a_conditional_sentence_tells_no_killing_es() -> None:
    events = run(
        "Si tenemos 100 homicidios, 60 serían por disputas entre grupos criminales, explicó "
        "el fiscal de Chihuahua."
    )
    assert categories(events) == []


def test_kidnappings_on_the_rise_es() -> None:
    events = run(
        "En los últimos meses los secuestros y las extorsiones se han incrementado en la "
        "región de Tierra Caliente, según la cámara de comercio."
    )
    assert categories(events) == []


def test_killings_continue_to_plague_en() -> None:
    events = run(
        "A state official said drug-related killings continue to plague Ciudad Juárez, Chihuahua.",
        "en",
    )
    assert categories(events) == []


def test_clashes_growing_on_one_night_stay_news_es() -> None:
    events = run(
        "Los enfrentamientos se intensificaron la noche del jueves en Culiacán, Sinaloa, "
        "donde murieron tres hombres."
    )
    assert "armed_clash" in categories(events) or "attack" in categories(events)


def test_most_of_the_killings_is_a_share_en() -> None:
    events = run(
        "Authorities link most of the killings and kidnappings in Sonora to organized crime.",
        "en",
    )
    assert categories(events) == []


def test_remains_still_to_be_ruled_out_es() -> None:
    events = run(
        "La Fiscalía de Colima informó que la búsqueda seguirá hasta que se descarte la "
        "posibilidad de localizar más restos humanos en el predio."
    )
    assert "body_discovery" not in categories(events)


def test_a_field_of_law_names_no_kidnapping_es() -> None:
    events = run(
        "El fiscal recordó que la ley general en materia de secuestro prevé penas de hasta "
        "100 años para los policías."
    )
    assert "abduction" not in categories(events)


def test_no_arrests_yet_is_no_arrest_es() -> None:
    events = run(
        "La Fiscalía de Colima mantiene abiertas las investigaciones, mientras la falta de "
        "detenidos muestra los retos de la justicia en la región."
    )
    assert "arrest" not in categories(events)


def triggered(text: str) -> set[str]:
    return {t.category for t in find_triggers(fold(text), text=text)}


def test_vehicles_reported_stolen_among_the_seized_es() -> None:
    text = "Además de cinco fusiles, los agentes hallaron tres camionetas con reporte de robo."
    assert "other" not in triggered(text)


def test_a_victory_that_looks_secured_seizes_nothing_es() -> None:
    text = "Con el 90 % de las actas computadas, la victoria luce asegurada para la candidata."
    assert "seizure" not in triggered(text)


def test_a_year_toll_written_with_mil_is_one_figure_es() -> None:
    events = run(
        "En 2010, un año en el que la violencia dejó 12 mil 456 muertos en el país, fueron "
        "asesinados 11 alcaldes, según se conoció ayer."
    )
    assert all(e.fatalities != 456 for e in events)
