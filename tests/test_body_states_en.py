"""English classes found on fresh pages (session 15): the state a body is found in
("decapitated bodies", "found beheaded", "the bodies were mutilated") describes the body, not
an attack of its own; an institution called a body ("a government body") is no corpse; burned
bones in a grave are no arson; a candidate's campaign rally is no protest. Every article here
is invented for the test.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 10)  # a Tuesday


def run(text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language="en"))


def categories(events: list[EventRecord]) -> list[str]:
    return sorted(e.category for e in live(events))


def test_bodies_found_in_a_state_are_a_discovery() -> None:
    text = (
        "Three decapitated bodies in Tijuana\n\n"
        "The headless bodies of three men were found on Monday in a lot in Tijuana, Baja "
        "California, police said."
    )
    assert categories(run(text)) == ["body_discovery"]


def test_a_person_found_beheaded_is_a_discovery() -> None:
    text = (
        "Radio host found decapitated in Veracruz\n\n"
        "A radio host was found decapitated on Monday beside a rural road in Tezonapa, "
        "Veracruz, state police said."
    )
    assert categories(run(text)) == ["body_discovery"]


def test_bodies_told_as_mutilated_add_no_attack() -> None:
    text = (
        "Police found four bodies in a ravine in Zitácuaro, Michoacán, on Monday. Two of the "
        "bodies were decapitated and wrapped in blankets."
    )
    assert categories(run(text)) == ["body_discovery"]


def test_an_institution_called_a_body_is_no_corpse() -> None:
    text = (
        'Police found the body of a man on Monday in a canal in Culiacán, Sinaloa. "He worked '
        'in a dangerous area," said a spokeswoman for the state commission for journalists, a '
        "government body."
    )
    events = live(run(text))
    assert [e.category for e in events] == ["body_discovery"]
    assert events[0].fatalities == 1


def test_burned_bones_in_a_grave_are_no_arson() -> None:
    text = (
        "Volunteers found a clandestine grave holding burned bones and clothes on Monday on a "
        "ranch in Teuchitlán, Jalisco."
    )
    assert "arson" not in categories(run(text))


def test_a_campaign_rally_is_no_protest() -> None:
    text = (
        "A mayoral candidate was shot dead on Monday by a gunman at a campaign rally in "
        "Tlapa, Guerrero, state prosecutors said."
    )
    assert categories(run(text)) == ["attack"]


def test_a_campaign_rally_is_no_protest_es() -> None:
    text = (
        "Un candidato a la alcaldía fue asesinado a balazos el lunes durante un mitin de "
        "campaña en Tlapa, Guerrero, informó la fiscalía estatal."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert categories(events) == ["attack"]
