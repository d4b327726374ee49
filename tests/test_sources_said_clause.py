"""A verb of saying whose speaker stands right before it has no speaker after it: English
leaves out "that", so the words after "said" are what was said ("Police said gunmen arrived
…"), never a second source. After a comma the verb may open an inverted attribution, whose
speaker follows it ("…, informaron autoridades estatales", "…, according to state police").
An impersonal Spanish verb ("se reportaron", "se informó") has no speaker at all: what follows
it is what was reported.
Every sentence here was written for these tests; the incidents are invented."""

from __future__ import annotations

import pytest
from conftest import sentence_sources as names


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Police said gunmen arrived in two pickup trucks and opened fire on the crowd.", "Police"),
        ("The state prosecutor's office said Friday the two officers died on a dirt road.", None),
        (
            "Witnesses said soldiers were patrolling the market when the shooting began.",
            "Witnesses",
        ),
    ],
)
def test_what_follows_said_is_no_second_source(sentence: str, speaker: str | None) -> None:
    found = names(sentence)
    assert len(found) <= 1
    if speaker is not None:
        assert found == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Tres hombres fueron asesinados durante una fiesta, informaron este domingo "
            "autoridades estatales.",
            "autoridades estatales",
        ),
        (
            "Five men were shot dead near the market, according to municipal police.",
            "municipal police",
        ),
    ],
)
def test_after_a_comma_the_speaker_follows_the_verb(sentence: str, speaker: str) -> None:
    assert speaker in names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Por ahora no se reportan personas detenidas tras la agresión en el barrio.",
        "En el enfrentamiento no se reportaron agentes estatales lesionados.",
        "Durante la tarde se informó la detención de dos hombres en la colonia Centro.",
    ],
)
def test_an_impersonal_verb_of_saying_has_no_speaker_after_it(sentence: str) -> None:
    assert names(sentence) == []
