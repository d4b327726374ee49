"""Anger or a protest that "goes off" is no explosion (issue 9). Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "La liberación de los detenidos habría detonado el enojo de los vecinos.",
        "Tras la resolución del juez estalló la indignación entre los comerciantes.",
        "Outrage exploded in the town after the suspects were released.",
    ],
)
def test_anger_that_goes_off_is_no_explosion(text: str) -> None:
    assert "explosion" not in categories(text)


def test_a_device_that_goes_off_is_an_explosion() -> None:
    assert "explosion" in categories("Sujetos detonaron un artefacto explosivo frente a la casa.")


@pytest.mark.parametrize(
    "text",
    [
        "Tras el crimen, el municipio volvió a quedar en el ojo del huracán.",
        "El video del asalto corrió por los grupos vecinales como un tsunami de mensajes.",
        "The rumour spread like wildfire through the neighbourhood chats.",
        "The mayor faced a storm of criticism after the killings.",
    ],
)
def test_a_disaster_as_a_figure_of_speech_is_no_disaster(text: str) -> None:
    assert "disaster" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "La violencia no dio tregua durante el fin de semana en la capital.",
        "La disputa entre las bandas siguió toda la semana sin dar tregua a los vecinos.",
    ],
)
def test_no_truce_as_a_figure_of_speech_is_no_agreement(text: str) -> None:
    assert "agreement" not in categories(text)


def test_a_real_storm_and_a_real_truce_keep_their_categories() -> None:
    assert "disaster" in categories("El huracán dejó tres muertos en la costa.")
    assert "agreement" in categories("Los dos grupos pactaron una tregua el domingo.")
