"""An apposition that picks some of the people counted, set between dashes or parentheses
rather than commas ("Al menos 20 personas –entre ellas siete policías– fueron asesinadas",
"Cinco personas (incluidos dos menores) murieron"), does not end the figure: the predicate
after it counts them all. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Al menos 20 personas –entre ellas siete policías– fueron asesinadas en Jacona.", 20),
        ("Cinco personas (incluidos dos menores) murieron en un ataque armado en Jacona.", 5),
        ("Seis hombres —entre ellos dos escoltas— fueron asesinados en un bar de Jacona.", 6),
    ],
)
def test_a_figure_goes_on_past_an_apposition_in_dashes_or_parentheses(
    sentence: str, killed: int
) -> None:
    text = "Jornada violenta en Michoacán\n\n" + sentence + " Los hechos ocurrieron este martes."
    events = live(extract(Article(text=text, published=PUB, language="es")))
    assert [e.fatalities for e in events] == [killed]
