"""A number the sentence gives to people it says are alive adds nothing to the dead (issue 9
item 3, wrong counts: the wounded or others added to the dead): people joined to a toll whose
own word tells another fate ("y 30 internos fugados", "and 30 inmates escaped"), wounds named
with who took them ("injuries to 12 others", "lesiones a ocho personas"), and the kin a victim
leaves behind ("dejó cuatro hijos", "he left three children behind"). Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import reported_dead

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 1, 20)


def figures(text: str, language: str, what: str) -> list[int]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted(c.value for e in events for c in e.counts if c.what == what)


def dead(text: str, language: str) -> list[int]:
    return reported_dead(text, language, PUB)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La riña en el penal de Apodaca dejó 9 muertos y 30 internos fugados.", "es"),
        ("La riña en el penal de Apodaca dejó nueve muertos y 30 reos evadidos.", "es"),
        ("The brawl at the Apodaca prison left 9 dead and 30 inmates escaped.", "en"),
    ],
)
def test_people_of_another_fate_are_not_more_dead(text: str, language: str) -> None:
    assert dead(text, language) == [9]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The car bomb in Salvatierra caused the deaths of two soldiers and injuries to "
            "12 others.",
            "en",
        ),
        (
            "El coche bomba en Salvatierra causó la muerte de dos militares y lesiones a "
            "12 personas.",
            "es",
        ),
    ],
)
def test_wounds_named_with_who_took_them_are_the_injured(text: str, language: str) -> None:
    assert dead(text, language) == [2]
    assert figures(text, language, "injured") == [12]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Un albañil fue asesinado a tiros en Silao; el hombre dejó cuatro hijos.", "es"),
        ("A bricklayer was shot dead in Silao on Friday; he left three children behind.", "en"),
    ],
)
def test_the_kin_a_victim_leaves_are_no_toll(text: str, language: str) -> None:
    assert dead(text, language) == [1]


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        ("Murieron dos policías y tres sicarios en el enfrentamiento de Silao.", "es", 5),
        ("The blast in Silao left two children and a woman dead.", "en", 3),
        ("El ataque en Silao dejó dos niños muertos.", "es", 2),
    ],
)
def test_the_dead_joined_or_left_still_count(text: str, language: str, toll: int) -> None:
    assert dead(text, language) == [toll]
