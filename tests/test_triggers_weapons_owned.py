"""A gun named as a thing owned, carried, traded or seized is no attack; acts a place or a
people are told to be the target of, with no article, are no happening (issue 9). Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest
from conftest import trigger_categories as categories


@pytest.mark.parametrize(
    "text",
    [
        "El joven fue detenido por portación de arma de fuego sin licencia.",
        "Vecinos reportaron a dos hombres en posesión de armas de fuego afuera de la tienda.",
        "Lo acusan de tráfico de armas de fuego hacia el sur del país.",
        "La mujer fue sentenciada por tenencia ilegal de armas blancas.",
    ],
)
def test_a_gun_owned_or_traded_is_no_attack(text: str) -> None:
    assert "attack" not in categories(text)


def test_guns_seized_are_a_seizure_not_an_attack() -> None:
    found = categories("Se logró el aseguramiento de armas de fuego y cartuchos en la bodega.")
    assert found == {"seizure"}


def test_a_gun_used_stays_an_attack() -> None:
    assert "attack" in categories("Dos sujetos lo agredieron con armas de fuego en la plaza.")


@pytest.mark.parametrize(
    "text",
    [
        "Pidieron a los rescatistas apagar las sirenas para evitar ser blanco de ataques.",
        "Desde hace meses las farmacias han sido blanco de asaltos y extorsiones.",
        "Drivers on the route have been the targets of robberies and kidnappings.",
    ],
)
def test_a_target_of_acts_with_no_article_is_no_happening(text: str) -> None:
    assert not categories(text) & {"attack", "abduction", "threat"}


@pytest.mark.parametrize(
    "text",
    [
        "La noche del martes el bar fue blanco de un ataque armado.",
        "On Sunday the family was the target of an attack on the highway.",
    ],
)
def test_the_target_of_one_act_stays_an_attack(text: str) -> None:
    assert "attack" in categories(text)
