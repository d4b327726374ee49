"""Event words that name no act of their own (issue 9): the disappeared as a group that others
count, list or search for; a crime named as the object of a policy; armed groups deployed and
violence "deployed", which are no operation of the authorities; persecution of a person; a
base's name; "asegurar" with an infinitive, which asserts and seizes nothing. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "La comisión estatal registra 120 boletines de personas desaparecidas en la región.",
        "Un colectivo de madres buscadoras de desaparecidos recorrió el predio.",
        "Pidieron a las familias con desaparecidos acudir a dar muestras de ADN.",
        "Se invita a quienes tienen un familiar desaparecido a presentar su denuncia.",
        "Las organizaciones de personas desaparecidas pidieron una reunión con el gobernador.",
        "The prosecutor asked families with disappeared relatives to give DNA samples.",
        "El operativo es parte de las acciones de combate al secuestro en la zona.",
    ],
)
def test_the_disappeared_as_a_group_and_a_policy_are_no_abduction(text: str) -> None:
    assert "abduction" not in categories(text)


def test_a_disappearance_told_as_news_stays_an_abduction() -> None:
    assert "abduction" in categories("Su hijo desapareció el lunes al salir del trabajo.")


@pytest.mark.parametrize(
    "text",
    [
        "Los vecinos denunciaron el despliegue de grupos armados en las comunidades.",
        "En la sierra no ha cesado la violencia que despliegan las bandas.",
        "The clash followed a deployment of armed groups along the highway.",
        "The trucks carried steel plates and were used by criminals in their raids.",
        "La activista denunció ser objeto de una persecución de agentes estatales.",
        "Desde las bases de operación se coordinaban los relevos.",
    ],
)
def test_armed_groups_deployed_and_persecution_are_no_operation(text: str) -> None:
    assert "security_operation" not in categories(text)


def test_troops_deployed_stay_an_operation() -> None:
    found = categories("La Sedena realizó el despliegue de 300 elementos en la zona serrana.")
    assert "security_operation" in found


@pytest.mark.parametrize(
    "text",
    [
        "Las autoridades han asegurado mantener la vigilancia en los municipios afectados.",
        "Los comerciantes aseguraron desconocer quiénes eran los agresores.",
    ],
)
def test_asegurar_with_an_infinitive_seizes_nothing(text: str) -> None:
    assert "seizure" not in categories(text)


def test_a_journalist_intercepted_by_an_armed_commando_is_attacked_not_seized() -> None:
    found = categories("The reporter was intercepted by an armed commando on his way home.")
    assert "seizure" not in found and "attack" in found
