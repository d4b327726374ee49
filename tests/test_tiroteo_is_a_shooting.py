"""A "tiroteo" is a shooting, not by itself a fight between two armed sides: "seis personas
murieron en un tiroteo dentro de un bar" is an attack, like "balacera"; a shooting between
two sides ("un tiroteo entre policías y sicarios") stays a clash (issue 9, the main act of an
incident). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def categories(text: str) -> list[str]:
    events = extract(Article(text=text, published=PUB, language="es"))
    return sorted(e.category for e in events)


def test_a_shooting_at_a_bar_is_an_attack() -> None:
    text = (
        "Seis personas murieron en un tiroteo dentro de un bar de la colonia Centro de "
        "Córdoba, Veracruz, la madrugada del sábado."
    )
    assert categories(text) == ["attack"]


def test_a_shooting_between_two_sides_is_a_clash() -> None:
    text = (
        "Un tiroteo entre policías estatales y sicarios en la colonia Longoria de Reynosa, "
        "Tamaulipas, dejó dos muertos el martes."
    )
    assert categories(text) == ["armed_clash"]
