"""A tally takes no source from a neighbouring sentence whose speaker talks of something
else: the sentence of an incident the tally sums ("Ataques dejan cinco policías muertos"
above "Dos policías fueron asesinados en X, informó la Secretaría") or a quotation of a
speaker's opinion ("'La estrategia funciona', dijo el alcalde"). Every article here is
invented for the test (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 6, 2)


def _tallies(text: str, language: str) -> list[EventRecord]:
    events = extract(Article(text=text, published=PUB, language=language))
    return [e for e in events if e.status == "statistic"]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Emboscadas dejan cinco policías muertos en Durango\n\n"
            "Dos policías estatales fueron asesinados el lunes en una emboscada en Lerdo, "
            "informó la Secretaría de Seguridad Pública.\n\n"
            "En otro hecho, tres agentes municipales murieron en un ataque en Gómez Palacio.",
            "es",
            "Secretaría",
        ),
        (
            "Ambushes leave five police officers dead in Durango\n\n"
            "Two state police officers were killed on Monday in an ambush in Lerdo, the "
            "Public Security Ministry said.\n\n"
            "In another attack, three municipal officers died in Gomez Palacio.",
            "en",
            "Ministry",
        ),
    ],
)
def test_a_tally_takes_no_source_of_an_incident_it_sums(
    text: str, language: str, speaker: str
) -> None:
    (tally,) = _tallies(text, language)
    assert not any(speaker in s.name for s in tally.sources)
    assert len(live(extract(Article(text=text, published=PUB, language=language)))) == 2


def test_a_tally_takes_no_source_of_a_quoted_opinion() -> None:
    text = (
        "Suman 41 homicidios en Uruapan en octubre\n\n"
        "Con el asesinato de un taxista, ya suman 41 homicidios en Uruapan en lo que va de "
        "octubre.\n\n"
        '"Vamos a recuperar la paz en las colonias", dijo el alcalde Mario Robles.'
    )
    (tally,) = _tallies(text, "es")
    assert not any("Robles" in s.name for s in tally.sources)
