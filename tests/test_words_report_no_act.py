"""Words that report no act make no record and no kind (issue 9 items 7 and 8): an open
question, none of the incidents counted, news still to come, people taking cover, a bus
halted, a scene secured, a shot not needed, a searchers' group named, the disappeared searched
for, a founding described, crimes named as examples of a type, an arrest only purposed, a
deployment if necessary, means asked for. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 23)


def _categories(text: str, language: str = "es") -> list[str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted(e.category for e in events)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos hombres murieron baleados en un taller de Guasave, Sinaloa, el martes. Las "
            "autoridades no han dado a conocer si hay personas detenidas.",
            "es",
        ),
        (
            "Two shootings in Reynosa, Tamaulipas, left one man dead on Sunday. Police did not "
            "say if anyone was arrested.",
            "en",
        ),
    ],
)
def test_an_open_question_makes_no_arrest(text: str, language: str) -> None:
    assert _categories(text, language) == ["attack"]


def test_an_open_question_counts_no_dead() -> None:
    text = (
        "Gunmen attacked a police convoy near Apatzingán, Michoacán, on Monday, killing four "
        "officers. It was unclear how many of the attackers were killed or wounded."
    )
    events = extract(Article(text=text, published=PUB, language="en"))
    assert [(e.category, e.fatalities) for e in events] == [("attack", 4)]


def test_an_open_question_denies_its_clause_only() -> None:
    text = (
        "Un hombre armado disparó contra una tienda en Uruapan, Michoacán, el viernes. Aunque no "
        "se ha confirmado si hubo heridos, la Guardia Nacional desplegó un operativo en la "
        "colonia."
    )
    # the operation is found, as a kind of the shooting it answers (test_answers_at_scene)
    events = extract(Article(text=text, published=PUB, language="es"))
    assert "security_operation" in {k for e in events for k in (e.category, *e.kinds)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos balaceras en Mexicali, Baja California, dejaron un muerto y un herido el "
            "domingo. En ninguno de los dos casos se reportan personas detenidas.",
            "es",
        ),
        (
            "Two shootings in Reynosa, Tamaulipas, left one man dead on Sunday. In neither of the "
            "two shootings were arrests made.",
            "en",
        ),
    ],
)
def test_none_of_the_incidents_makes_no_arrest(text: str, language: str) -> None:
    assert _categories(text, language) == ["attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A gunman killed a taxi driver in Celaya, Guanajuato, on Friday. Police have yet to "
            "release any information on arrests.",
            "en",
        ),
        (
            "Un hombre fue asesinado a balazos en Irapuato, Guanajuato, el jueves. La Fiscalía no "
            "ha dado a conocer información sobre personas detenidas.",
            "es",
        ),
    ],
)
def test_news_still_to_come_makes_no_arrest(text: str, language: str) -> None:
    assert _categories(text, language) == ["attack"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sujetos armados dispararon contra un bar de Colima el sábado y mataron a un mesero. "
            "Los clientes prefirieron resguardarse en la cocina hasta que llegó la policía.",
            "es",
        ),
        (
            "Gunmen shot dead a shopkeeper in Zamora, Michoacán, on Saturday. Neighbors chose to "
            "stay indoors until soldiers arrived.",
            "en",
        ),
    ],
)
def test_people_taking_cover_make_no_advisory(text: str, language: str) -> None:
    assert _categories(text, language) == ["attack"]


def test_a_bus_halted_is_no_arrest() -> None:
    text = (
        "En Tlaquepaque, Jalisco, hombres armados detuvieron un autobús de pasajeros el lunes, "
        "obligaron a bajar a los usuarios y le prendieron fuego."
    )
    assert _categories(text) == ["arson"]


def test_a_scene_secured_is_no_seizure() -> None:
    text = (
        "Un hombre fue asesinado a balazos en Ensenada, Baja California, el martes. El tránsito "
        "se cerró mientras peritos realizaban labores de aseguramiento y recolección de indicios."
    )
    assert _categories(text) == ["attack"]


def test_a_shot_not_needed_is_no_attack() -> None:
    text = (
        "Agentes estatales detuvieron a tres hombres en Sahuayo, Michoacán, el miércoles; los "
        "elementos lograron someterlos sin necesidad de efectuar disparos."
    )
    assert _categories(text) == ["arrest"]


def test_searchers_marching_make_no_grave() -> None:
    text = (
        "Madres buscadoras de Celaya marcharon el lunes hasta la Fiscalía de Guanajuato para "
        "exigir la búsqueda de sus familiares."
    )
    assert _categories(text) == ["protest"]


def test_searchers_killed_are_an_attack_not_a_grave() -> None:
    text = "Dos madres buscadoras fueron asesinadas a balazos en Celaya, Guanajuato, el lunes."
    assert _categories(text) == ["attack"]


def test_the_disappeared_searched_for_are_no_abduction() -> None:
    text = (
        "El colectivo hizo un llamado a la ciudadanía para aportar datos que permitan ubicar a "
        "personas desaparecidas en Cajeme, Sonora."
    )
    assert _categories(text) == []


def test_daughters_and_sons_searched_for_are_no_abduction() -> None:
    text = (
        "Decenas de madres marcharon en Irapuato para exigir la localización de sus hijas e "
        "hijos desaparecidos."
    )
    assert _categories(text) == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "The reporter was shot dead on Tuesday outside the offices of the weekly he co-founded "
        "in Culiacán, Sinaloa.",
        "The group of mothers in Sonora, which has found 80 graves since being formed in 2020, "
        "met the governor in Hermosillo on Tuesday after a reporter was shot dead.",
    ],
)
def test_a_founding_described_is_no_group_change(text: str) -> None:
    assert "group_change" not in _categories(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The State Department says violent crimes like homicides, kidnappings and armed "
            "robberies are widespread in Guerrero.",
            "en",
        ),
        (
            "El consulado advirtió que en Tamaulipas se cometen delitos como homicidios, "
            "secuestros y extorsiones.",
            "es",
        ),
    ],
)
def test_crimes_named_as_examples_are_no_acts(text: str, language: str) -> None:
    assert _categories(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Fiscalía de Guanajuato anunció el domingo un grupo especial en Celaya para "
            "esclarecer y detener a los responsables del crimen.",
            "es",
        ),
        (
            "Prosecutors in Celaya set up a special unit on Sunday to investigate and arrest those "
            "responsible.",
            "en",
        ),
    ],
)
def test_an_arrest_only_purposed_is_no_arrest(text: str, language: str) -> None:
    assert _categories(text, language) == []


def test_a_deployment_if_necessary_is_no_operation() -> None:
    text = (
        "The governor of Baja California said on Friday she would deploy 2,000 police officers "
        "and National Guard troops to Tijuana if necessary."
    )
    assert _categories(text, "en") == []


def test_means_asked_for_are_no_acts() -> None:
    text = (
        "Las familias de Fresnillo, Zacatecas, solicitaron el uso de drones y helicópteros para "
        "la ubicación de las personas desaparecidas."
    )
    assert _categories(text) == []
