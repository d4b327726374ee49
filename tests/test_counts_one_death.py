"""The death of the one person a sentence tells of, said by what the wounds did to them or by
what the medics found, and a person shot told in the passive (issue 9, casualty grammar).

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 5, 11)


def events(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def attack_toll(text: str, language: str) -> tuple[int | None, int]:
    """The first attack's dead and wounded."""
    attacks = [e for e in events(text, language) if e.category == "attack"]
    assert attacks, text
    wounded = sum(c.value for c in attacks[0].counts if c.what == "injured")
    return attacks[0].fatalities, wounded


@pytest.mark.parametrize(
    "text",
    [
        "Dos motociclistas le dispararon a un mecánico frente a su taller en Apaseo el Grande "
        "hasta provocarle la muerte.",
        "Un grupo armado disparó contra un vendedor de elotes en Cortazar, causándole la muerte "
        "en el lugar.",
        "Un repartidor fue baleado en Tarandacuao y los socorristas confirmaron que ya no "
        "presentaba signos vitales.",
        "Un albañil recibió al menos cuatro disparos en Jaral del Progreso y no resistió las "
        "heridas.",
    ],
)
def test_one_death_told_by_its_cause_or_the_medics_es(text: str) -> None:
    assert attack_toll(text, "es") == (1, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on a motorcycle opened fire on a mechanic outside his shop in Apaseo el Grande, "
        "killing him instantly.",
        "A street vendor was shot several times in Cortazar and was pronounced dead at the scene.",
        "A delivery driver was shot in Tarandacuao; paramedics said he showed no signs of life.",
        "A bricklayer was shot four times in Jaral del Progreso and did not survive his wounds.",
    ],
)
def test_one_death_told_by_its_cause_or_the_medics_en(text: str) -> None:
    assert attack_toll(text, "en") == (1, 0)


def test_a_person_shot_in_the_passive_is_a_shooting_en() -> None:
    assert attack_toll("A bus driver was shot outside a depot in Cortazar on Sunday.", "en") == (
        0,
        1,
    )


def test_a_film_shot_in_a_town_is_no_shooting_en() -> None:
    text = "The crime drama was mostly shot in Cortazar, where the film was shot over six weeks."
    assert not [e for e in events(text, "en") if e.category == "attack"]


def test_the_medics_finding_told_after_the_killing_leaves_it_an_attack_es() -> None:
    # a sentence with a death figure and no event word adds no second side to the killing
    text = (
        "Un estudiante fue asesinado la noche del sábado en la colonia Las Flores de Cortazar. "
        "La zona fue acordonada, mientras los paramédicos confirmaban que la víctima ya no "
        "presentaba signos vitales."
    )
    assert [(e.category, e.fatalities) for e in events(text, "es")] == [("attack", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Un vendedor de tamales fue privado de la vida a balazos la mañana del jueves en la "
        "colonia Las Huertas de Salvatierra.",
        "El martes fue hallada privada de la vida, dentro de su casa en Yuriria, la dueña de "
        "una papelería.",
    ],
)
def test_one_person_deprived_of_life_is_one_dead_es(text: str) -> None:
    assert attack_toll(text, "es")[0] == 1
