"""One record per incident (issue 9 item 1): a lede or a later sentence that tells the
incident again but reads as past ("fue escenario de una nueva masacre en la que…", "The
protest came after the arrest of…") is the incident told again when it has no time of its
own and names the act again or tells the same toll, not a second, historical record.
Background with a place of its own stays apart. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 9)  # a Monday


def _records(text: str, language: str, title: str) -> list[tuple[str, str]]:
    article = Article(text=text, title=title, published=PUB, language=language)
    return [(e.category, e.status) for e in extract(article)]


def test_a_lede_told_as_the_scene_of_another_massacre_is_the_massacre_told_again() -> None:
    text = (
        "El estado de Zacatecas fue escenario de una nueva masacre en la que siete personas "
        "murieron y un niño sobrevivió. La noche del sábado hombres armados irrumpieron en "
        "un bar de la colonia Centro de Fresnillo y dispararon contra los clientes."
    )
    title = "Masacre en bar de Fresnillo deja siete muertos"
    assert _records(text, "es", title) == [("attack", "reported")]


def test_a_lede_told_in_the_perfect_with_the_same_toll_is_the_massacre_told_again() -> None:
    text = (
        "The state of Zacatecas has been the scene of another massacre, in which seven people "
        "died. On Saturday night gunmen stormed a bar in the centre of Fresnillo and opened "
        "fire on the customers, killing seven people."
    )
    title = "Seven killed at a bar in Fresnillo"
    assert _records(text, "en", title) == [("attack", "reported")]


def test_a_protest_named_again_with_what_it_followed_is_the_same_protest() -> None:
    text = (
        "Cientos de maestros realizaron este lunes una protesta frente al Congreso del estado "
        "en la ciudad de Oaxaca. La protesta se produjo tras la detención de un líder "
        "sindical. Los maestros exigieron su liberación."
    )
    title = "Maestros protestan en Oaxaca"
    assert _records(text, "es", title) == [("protest", "reported")]


def test_a_protest_that_came_after_an_arrest_is_the_same_protest() -> None:
    text = (
        "Hundreds of teachers held a protest outside the state congress in Oaxaca city on "
        "Monday. The protest came after the arrest of a union leader. The teachers demanded "
        "his release."
    )
    title = "Teachers protest in Oaxaca"
    assert _records(text, "en", title) == [("protest", "reported")]


def test_what_a_massacre_followed_stays_background_while_the_massacre_joins() -> None:
    text = (
        "On Saturday night gunmen stormed a bar in the centre of Fresnillo, Zacatecas, and "
        "opened fire on the customers, killing seven people. The massacre followed the arrest "
        "of a local gang leader."
    )
    title = "Seven killed at a bar in Fresnillo"
    assert _records(text, "en", title) == [("attack", "reported"), ("arrest", "historical")]


def test_a_massacre_named_again_in_another_state_stays_background() -> None:
    # a guard: the rule's place check (passes before the rule too)
    text = (
        "Hombres armados asesinaron a tres personas en un bar de Celaya, Guanajuato, este "
        "sábado. La masacre de San Fernando, en Tamaulipas, sigue sin castigo, recordaron "
        "familiares de las víctimas."
    )
    title = "Atacan bar en Celaya; tres muertos"
    assert _records(text, "es", title) == [("attack", "reported"), ("attack", "historical")]
