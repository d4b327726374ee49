"""Two classes of issue 9's Spanish tolls (session 16):

- a cue of several incidents or sites that opens the clause after a comma ("Cinco personas
  fueron asesinadas el sábado, en hechos distintos", "…, in separate attacks") sums what the
  clause before it tells: a roundup's lead, the tally of the incidents the article then
  tells, never an incident with their toll;
- a second death told with its verb left out ("La mujer murió en el lugar y el hombre en el
  hospital", "one died at the scene and the other in hospital") adds one to the toll;
- a gerund of killing after the act ("dispararon contra la casa, matando a tres personas")
  gives the toll, as the finite verb does.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday


def run(text: str, language: str = "es") -> list[EventRecord]:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=PUB, language=language))


def live_tolls(events: list[EventRecord]) -> list[int]:
    live = [e for e in events if e.status in ("reported", "disputed") and e.category == "attack"]
    return sorted(e.fatalities or 0 for e in live)


INCIDENTS_ES = """
En la colonia Las Flores de Celaya, sujetos armados mataron a dos hombres frente a una tienda.

Por otra parte, en Salamanca, un taxista fue asesinado a balazos en la colonia El Mirador.
"""

INCIDENTS_EN = """
In Celaya, gunmen killed two men outside a shop in the Las Flores neighborhood.

Separately, in Salamanca, a taxi driver was shot dead in the El Mirador neighborhood.
"""


@pytest.mark.parametrize(
    "lead",
    [
        "Al menos tres personas fueron asesinadas el domingo en Guanajuato, en hechos "
        "distintos ocurridos en Celaya y Salamanca.",
        "Tres personas perdieron la vida el domingo en Guanajuato, en diferentes puntos de "
        "la región.",
    ],
)
def test_a_trailing_cue_of_several_incidents_makes_the_lead_a_tally(lead: str) -> None:
    events = run(lead + "\n\n" + INCIDENTS_ES)
    assert live_tolls(events) == [1, 2]
    assert any(e.status == "statistic" and e.fatalities == 3 for e in events)


def test_a_trailing_cue_in_english_makes_the_lead_a_tally() -> None:
    lead = "At least three people were killed on Sunday in Guanajuato, in separate attacks."
    events = run(lead + "\n\n" + INCIDENTS_EN, "en")
    assert live_tolls(events) == [1, 2]
    assert any(e.status == "statistic" and e.fatalities == 3 for e in events)


def test_a_trailing_phrase_after_one_death_sums_nothing() -> None:
    # one dead is no sum: the cue does not take the clause before it
    text = (
        "Un hombre fue asesinado el domingo en Celaya, en diferentes puntos de la colonia "
        "se escucharon disparos."
    )
    events = run(text)
    assert 1 in live_tolls(events)
    assert not any(e.status == "statistic" for e in events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sujetos armados atacaron a una pareja en la colonia Centro de Celaya. La mujer "
            "murió en el lugar y el hombre en el hospital.",
            "es",
        ),
        (
            "Sujetos armados dispararon contra dos hombres en Irapuato; uno murió en el lugar "
            "y el otro camino al hospital.",
            "es",
        ),
        (
            "Gunmen attacked a couple in Celaya. The woman died at the scene and the man in "
            "hospital.",
            "en",
        ),
        (
            "Gunmen shot two men in Irapuato; one died at the scene and the other hours later.",
            "en",
        ),
        (  # one person in a noun ending in "ss"
            "Gunmen fired on a bar in Celaya. A waiter died at the scene and the boss in hospital.",
            "en",
        ),
    ],
)
def test_a_death_told_again_with_its_verb_left_out_adds_one(text: str, language: str) -> None:
    assert live_tolls(run(text, language)) == [2]


@pytest.mark.parametrize(
    "text",
    [
        # a state, not a death
        "Un hombre murió en el lugar y el otro en estado grave fue llevado al hospital.",
        # the forces that answer it, with a verb of their own
        "Un hombre murió en el ataque y la policía en Celaya investiga el crimen.",
        # a figure of its own follows
        "Un hombre murió en el ataque y el otro en la huida resultó herido.",
    ],
)
def test_what_follows_a_death_with_a_verb_or_a_state_adds_no_dead(text: str) -> None:
    assert live_tolls(run(text)) == [1]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a gerund of what the act did, with the people it killed after it
        (
            "En Tenancingo hombres armados dispararon contra dos viviendas, matando a tres "
            "adultos y a un niño e hiriendo a dos mujeres.",
            4,
        ),
        ("Los agresores abrieron fuego contra la tienda, asesinando a su dueño.", 1),
    ],
)
def test_a_gerund_of_killing_gives_the_toll(text: str, toll: int) -> None:
    assert live_tolls(run(text)) == [toll]
