"""The parts of one incident told in later sentences stay counts and kinds of it: the wounds
of the found, the authorities' operation in the account, wounds "en distintas partes del
cuerpo", the news of a death hours later, the victims' bodies seen at the scene and what the
attackers left at the scene of an article's second incident. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)


def run(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


FOUND = {
    "es": (
        "Los cuerpos de dos hombres fueron localizados la mañana del sábado en un camino de "
        "terracería de Jerez, Zacatecas, informó la Fiscalía del estado.\n\n"
        "Fueron vecinos quienes dieron aviso al número de emergencias.\n\n"
        "De acuerdo con los peritos, las víctimas presentaban heridas de arma blanca en el "
        "cuello y golpes en el rostro."
    ),
    "en": (
        "The bodies of two men were found on Saturday morning on a dirt road in Jerez, "
        "Zacatecas, the state prosecutor's office said.\n\n"
        "Neighbors called the emergency line.\n\n"
        "According to investigators, the victims had stab wounds to the neck."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_wounds_of_the_found_are_a_kind_of_the_discovery(language: str) -> None:
    (event,) = run(FOUND[language], language)
    assert event.category == "body_discovery"
    assert "attack" in event.kinds


ACCOUNT = {
    "es": (
        "Hombres armados asesinaron a dos mecánicos la tarde del lunes en un taller de la "
        "colonia Las Flores, en Celaya, Guanajuato, informó la policía municipal.\n\n"
        "Los agresores llegaron en motocicleta y dispararon contra las víctimas en repetidas "
        "ocasiones.\n\n"
        "Elementos de seguridad implementaron un operativo en la zona."
    ),
    "en": (
        "Gunmen killed two mechanics on Monday afternoon at a repair shop in Celaya, "
        "Guanajuato, municipal police said.\n\n"
        "The attackers arrived on a motorcycle and fired at the victims repeatedly.\n\n"
        "Soldiers and state police deployed an operation in the area."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_an_operation_going_on_the_account_is_the_answer_to_the_attack(language: str) -> None:
    (attack,) = run(ACCOUNT[language], language)
    assert attack.category == "attack"
    assert "security_operation" in attack.kinds


BODY_PARTS = {
    "es": (
        "Un hombre fue asesinado a balazos la noche del martes en la colonia Centro de "
        "Uruapan, Michoacán.\n\n"
        "El cuerpo presentaba impactos de bala en varias partes del cuerpo, informaron los "
        "peritos."
    ),
    "en": (
        "Three men were killed and one was wounded in an armed attack on Friday night at a "
        "bar in Irapuato, Guanajuato.\n\n"
        "Arriving officers found one man outside the bar with gunshot wounds and three more "
        "inside, also shot in different areas of the body."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_wounds_in_several_parts_of_the_body_sum_no_places(language: str) -> None:
    (attack,) = run(BODY_PARTS[language], language)
    assert attack.category == "attack"
    assert attack.locations and attack.locations[0].admin2 in ("Uruapan", "Irapuato")


LATER_NEWS = {
    "es": (
        "Un agente de la policía estatal murió y otro resultó herido en un enfrentamiento con "
        "civiles armados la noche del miércoles en la carretera a Zamora, en el municipio de "
        "Jacona, Michoacán.\n\n"
        "Horas después, se dio a conocer la muerte de un segundo agente, quien presentaba "
        "varias heridas de bala."
    ),
    "en": (
        "One state police officer was killed and another was wounded in a gunfight with armed "
        "men on Wednesday night on the highway near Jacona, Michoacán.\n\n"
        "Hours later, officials confirmed the death of a second officer, who had been shot "
        "several times."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_news_of_a_death_hours_later_is_the_same_clash(language: str) -> None:
    (clash,) = run(LATER_NEWS[language], language)
    assert clash.category == "armed_clash"
    assert any(x.text.startswith(("Horas", "Hours")) for x in clash.evidence)


LYING = {
    "es": (
        "Hombres armados asesinaron a doce personas la tarde del miércoles en el palacio "
        "municipal de Ajuchitlán, en el estado de Guerrero, informaron las autoridades.\n\n"
        "Fotografías difundidas en redes sociales muestran dos cuerpos ensangrentados sobre "
        "el piso del edificio."
    ),
    "en": (
        "Gunmen killed twelve people on Wednesday afternoon at the town hall of Ajuchitlán, "
        "in the state of Guerrero, authorities said.\n\n"
        "Photos shared on social media show two bloodied bodies on the floor of the town hall."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_victims_bodies_seen_at_the_scene_are_some_of_the_dead(language: str) -> None:
    (attack,) = run(LYING[language], language)
    assert attack.category == "attack"
    assert attack.fatalities == 12
    assert "body_discovery" in attack.kinds


SECOND = {
    "es": (
        "Dos hombres fueron asesinados a balazos la mañana del sábado en un taller mecánico "
        "de la colonia Centro de Salamanca, Guanajuato.\n\n"
        "Por otra parte, la noche del mismo sábado, hombres armados asesinaron a cuatro "
        "integrantes de una familia en su vivienda de la colonia San Pedro.\n\n"
        "En el lugar, los agresores dejaron una cartulina con amenazas contra un grupo rival."
    ),
    "en": (
        "Two men were shot dead on Saturday morning at a repair shop in downtown Salamanca, "
        "Guanajuato.\n\n"
        "In a separate attack on Saturday night, gunmen killed four members of a family at "
        "their home in the San Pedro neighborhood.\n\n"
        "At the scene, the attackers left a cardboard sign with threats against a rival gang."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_what_was_left_at_the_scene_of_the_second_attack_is_its_own(language: str) -> None:
    events = run(SECOND[language], language)
    assert sorted(e.fatalities or 0 for e in events) == [2, 4]
    (second,) = [e for e in events if e.fatalities == 4]
    assert "threat" in second.kinds


COUNTED_FROM = (
    "Un comerciante fue asesinado a balazos la noche del jueves dentro de su negocio en la "
    "colonia Centro de Tuxpan, Veracruz.\n\n"
    "Los agresores huyeron a pie.\n\n"
    "Minutos después del asesinato del comerciante, elementos de la Policía Estatal y del "
    "Ejército arribaron al lugar y acordonaron el área."
)


def test_a_time_counted_from_the_act_told_opens_no_other_happening() -> None:
    # "minutos después" + "del asesinato": the act the time counts from, the one told before
    # (an English "minutes after the shooting" opens no happening to begin with)
    (attack,) = run(COUNTED_FROM, "es")
    assert attack.fatalities == 1
    assert len(attack.evidence) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Tres policías municipales murieron en una emboscada la tarde del domingo en la "
        "carretera a Tepalcatepec, en el municipio de Buenavista, Michoacán.\n\n"
        "Además, un comerciante de 50 años perdió la vida al quedar atrapado en la línea de "
        "fuego mientras circulaba en su camioneta.",
        "Un hombre fue asesinado a balazos la noche del sábado en la colonia Centro de "
        "Zamora, Michoacán.\n\n"
        "Una mujer que pasaba por el lugar quedó atrapada en su auto durante los disparos y "
        "resultó herida.",
    ],
)
def test_a_bystander_left_stuck_at_the_scene_is_no_arrest(text: str) -> None:
    (attack,) = run(text, "es")
    assert attack.category == "attack"
    assert "arrest" not in attack.kinds


def test_an_operation_carried_out_kills_no_one() -> None:
    # "ejecutar" in its sense of carrying out: an operation, a search, a warrant
    text = (
        "Agentes de la Fiscalía del Estado detuvieron a cuatro personas y aseguraron armas de "
        "fuego en un domicilio de Zumpango, Estado de México, informó la dependencia este "
        "martes.\n\n"
        "La acción policial se ejecutó en la colonia San Juan, donde los agentes localizaron "
        "cargadores y cartuchos."
    )
    (arrest,) = run(text, "es")
    assert arrest.category == "arrest"
