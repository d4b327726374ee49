"""Another victim told with the one before it ("otro hombre también fue asesinado junto con
él", "another man was also shot dead with him") is one more dead of that attack, even where
the sentence names a place of its own, such as the state of the speaker ("El gobierno de
Veracruz informó…", "The Veracruz state government said…"): before, the place made it a
second incident of one dead. Every article here is invented for the test (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 6, 18)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un locutor de radio fue asesinado a balazos la noche del martes en Tuxpan.\n\n"
            "El gobierno de Veracruz informó que otro hombre también fue asesinado junto con "
            "él cuando ambos salían de una fonda.",
            "es",
        ),
        (
            "A radio host was shot dead on Tuesday night in the port city of Tuxpan.\n\n"
            "The Veracruz state government said another man was also shot dead with him as "
            "the two left a diner.",
            "en",
        ),
    ],
)
def test_another_victim_with_the_first_is_one_more_dead(text: str, language: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.fatalities for e in events] == [2]
