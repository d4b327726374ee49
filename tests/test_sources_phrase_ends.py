"""Where a source's name ends, and when the words before a verb are no source at all: a
passive verb of finding or saying ("six bodies were found", "el cuerpo fue localizado") has
no agent before it, what was found stands there; a speaker's phrase ends before a verb of its
own or a relative clause ("police officers were deployed who found…"); a name after the verb
ends before a preposition that opens what follows ("informó la dependencia sin dar más
detalles", "said the police after the raid"). Every sentence here was written for these
tests; the institutions are real names, the people and incidents invented."""

from __future__ import annotations

import pytest
from conftest import sentence_sources as names


@pytest.mark.parametrize(
    "sentence",
    [
        "The bodies of four state police officers were found on a dirt road near Fresnillo.",
        "Los cuerpos de cuatro policías estatales fueron localizados en un camino de terracería.",
    ],
)
def test_what_a_passive_finds_is_no_source(sentence: str) -> None:
    assert names(sentence) == []


def test_a_speaker_phrase_ends_before_a_verb_of_its_own() -> None:
    sentence = (
        "After the call, municipal police officers were deployed who found two bodies on the road."
    )
    assert names(sentence) == ["municipal police officers"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Un hombre murió en un enfrentamiento, informó la dependencia estatal sin dar más "
            "detalles.",
            "dependencia estatal",
        ),
        ("Two men were arrested, said the state police after the raid.", "state police"),
    ],
)
def test_a_name_after_the_verb_ends_before_a_preposition(sentence: str, expected: str) -> None:
    assert names(sentence) == [expected]


def test_an_initialism_does_not_end_the_name() -> None:
    sentence = "The cell's leader was arrested on Saturday, according to U.S. officials."
    assert names(sentence) == ["U.S. officials"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The radio station said his family had confirmed his death.", "his family"),
        ("Police said officers had found 30 shell casings at the scene.", "officers"),
    ],
)
def test_a_speaker_phrase_starts_after_a_verb_of_saying_with_no_that(
    sentence: str, expected: str
) -> None:
    found = names(sentence)
    assert expected in found
    assert not any(" said " in name for name in found)
