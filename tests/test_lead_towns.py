"""The town of a lead that names only its state: the town the sentence after it sets the
story in, even when that sentence tells an act of its own. One test per language; every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

MONDAY = date(2024, 7, 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Policías estatales detuvieron a un hombre armado en el estado de Chihuahua.\n\n"
            "Los agentes siguieron al sospechoso hasta el municipio de Cuauhtémoc, donde "
            "rescataron a dos personas secuestradas que estaban atadas dentro de una camioneta.",
            "es",
        ),
        (
            "Police arrested a gunman in the northern state of Chihuahua on Monday.\n\n"
            "Officers tracked the suspect to the town of Cuauhtémoc, where they freed two "
            "kidnapped men bound inside a pickup truck.",
            "en",
        ),
    ],
)
def test_a_lead_set_in_its_state_takes_the_town_the_next_sentence_names(
    text: str, language: str
) -> None:
    events = extract(Article(text=text, published=MONDAY, language=language))
    (arrest,) = [e for e in events if e.category == "arrest"]
    assert arrest.locations[0].admin2 == "Cuauhtémoc"
