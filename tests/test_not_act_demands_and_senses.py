"""Words of an act in a sense that reports none, and acts named by the wrong category's
word (issue 9: not-an-act, wrong-category). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "Sus hermanos exigieron justicia y pidieron a la fiscalía no cerrar el caso.",
        "Los vecinos exigen justicia para el comerciante asesinado el domingo.",
        "Los padres exigen la aparición con vida de su hijo, desaparecido hace un mes.",
        "The opposition party demanded justice for the slain councilwoman.",
        "We demand justice and a full investigation, the union said in a statement.",
    ],
)
def test_a_demand_told_is_no_protest(text: str) -> None:
    assert "protest" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Decenas de familiares marcharon por el centro para exigir justicia.",
        "Relatives took to the streets on Sunday to demand justice for the teacher.",
    ],
)
def test_a_gathering_that_demands_stays_a_protest(text: str) -> None:
    assert "protest" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Es el relato de Julián, vigilante de la bodega donde ocurrió el incendio.",
        "Durante el operativo Vigilante Ciudadano, agentes localizaron dos cuerpos.",
        "The night vigilante of the warehouse was found dead on Monday.",
        "A truck was set on fire near the Riotorno bridge on Tuesday.",
    ],
)
def test_a_watchman_or_a_name_is_no_riot(text: str) -> None:
    assert "riot" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "A vigilante mob beat two men accused of stealing a motorbike.",
        "Vigilantes stormed the jail and dragged out the suspect.",
        "Inmates rioted for hours before troops retook the prison.",
    ],
)
def test_mob_justice_and_rioting_stay_a_riot(text: str) -> None:
    assert "riot" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Los disparos alcanzaron a la niña mientras la camioneta estaba detenida en la esquina.",
        "El chofer fue baleado cuando se encontraba detenido en el semáforo.",
        "El transporte público sigue parcialmente detenido por temor a nuevos ataques.",
        "En la entrada del pueblo detuvieron el vehículo y obligaron a bajar al conductor.",
    ],
)
def test_a_vehicle_at_a_standstill_is_no_arrest(text: str) -> None:
    assert "arrest" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Los policías detuvieron una camioneta con tres hombres armados.",
        "El conductor quedó detenido y lo llevaron ante el fiscal de turno.",
    ],
)
def test_people_held_stay_an_arrest(text: str) -> None:
    assert "arrest" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agents were unable to arrest the driver, who escaped on foot.",
        "The governor said none of the kidnappers had been arrested so far.",
        "The mayor's post did not mention any arrests.",
        "There were no official reports on their arrest by Friday night.",
        "The embassy offers a reward for information leading to his arrest.",
        "Officers asked residents for tips for a prompt arrest of the driver.",
        "Hasta la noche no se tiene aún el reporte de su captura.",
    ],
)
def test_an_arrest_not_made_is_no_arrest(text: str) -> None:
    assert "arrest" not in categories(text)


def test_an_arrest_made_stays_an_arrest() -> None:
    assert "arrest" in categories("Police arrested two of the kidnappers on Friday night.")


@pytest.mark.parametrize(
    "text",
    [
        "Armed men in three pickups intercepted the bus outside the toll booth.",
        "The van was intercepted a few miles before the border crossing.",
        "The two brothers were intercepted on their way back from the market.",
    ],
)
def test_people_or_vehicles_intercepted_are_no_seizure(text: str) -> None:
    assert "seizure" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs agents intercepted a cocaine shipment hidden among avocados.",
        "The weapons were intercepted at a checkpoint south of the city.",
    ],
)
def test_goods_intercepted_stay_a_seizure(text: str) -> None:
    assert "seizure" in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dos sujetos entraron al local y les detonaron a quemarropa a los clientes.",
        "Los agresores detonaron en contra de la patrulla y huyeron hacia el cerro.",
        "Desde la azotea detonaron unos diez disparos hacia la calle.",
    ],
)
def test_shots_told_with_detonar_are_no_blast(text: str) -> None:
    found = categories(text)
    assert "explosion" not in found
    assert "attack" in found


def test_a_device_detonated_stays_a_blast() -> None:
    assert "explosion" in categories("Detonaron un artefacto explosivo en el camino.")


@pytest.mark.parametrize(
    "text",
    [
        "Tres municipios secuestrados por la delincuencia viven sin transporte ni comercio.",
        "Gangs Hold the City Hostage for a Second Night",
        "For two days the cartel kept the airport hostage with burning trucks.",
    ],
)
def test_a_place_held_hostage_is_no_abduction(text: str) -> None:
    assert "abduction" not in categories(text)


def test_people_held_hostage_stay_an_abduction() -> None:
    assert "abduction" in categories("The gunmen held three workers hostage inside the shop.")
