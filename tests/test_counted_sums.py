"""A toll told over happenings its sentence counts ("dos balaceras dejaron un muerto y un
herido", "three dead in two separate shootings") is the article's sum of the incidents it
then tells one by one: a tally (`statistic`), not a further attack next to them (issue 9
item 2). The same count with no incidents told apart stays the news. Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def statuses(language: str, text: str) -> list[tuple[str, str, int | None]]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted((e.status, e.category, e.fatalities) for e in events)


SUMS = [
    (
        "es",
        "En menos de una hora, Villa Sol fue escenario de dos balaceras que dejaron como saldo "
        "un muerto y un herido. El primer ataque ocurrió en la colonia Centro, donde un hombre "
        "fue asesinado a tiros. Media hora después, otro hombre fue baleado en la colonia "
        "Norte y resultó herido.",
    ),
    (
        "es",
        "Hombres armados asesinaron a dos empleados de una gasolinera en la colonia Jardines "
        "de Villa Sol la noche del lunes. Poco después, en otra colonia, los mismos agresores "
        "mataron a tiros a una mujer que esperaba el autobús. Se trata de dos hechos "
        "relacionados, que dejaron tres personas fallecidas, informó la Fiscalía.",
    ),
    (
        "en",
        "Two shootings twenty minutes apart left one man dead and a woman wounded in Puerto "
        "Claro on Monday. In the first attack, a man was shot dead at a bus stop in the Las "
        "Palmas neighborhood. In a separate attack in the Colonia Norte, a woman was shot and "
        "wounded in her car.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SUMS)
def test_a_counted_sum_is_a_tally(language: str, text: str) -> None:
    found = statuses(language, text)
    assert [s for s in found if s[0] == "statistic"], found
    assert len([s for s in found if s[0] == "reported" and s[1] == "attack"]) == 2, found


NOT_SUMS = [
    # one incident told with its count of attacks, no incident told apart
    (
        "es",
        "Sujetos armados perpetraron dos ataques contra un bar de Villa Sol la madrugada del "
        "domingo, que dejaron tres muertos.",
    ),
    # the count names attacks still to come, and no toll
    (
        "en",
        "Police in Puerto Claro are investigating whether the two attacks were related. "
        "Gunmen shot dead a man outside a bar on Monday. Hours later, a woman was shot and "
        "killed in the market.",
    ),
    # a toll smaller than an incident it would sum: not their sum
    (
        "es",
        "Dos ataques armados dejaron un muerto en la colonia Centro de Villa Sol el lunes. "
        "Horas después, en la colonia Norte, cinco hombres fueron asesinados a tiros. En otro "
        "hecho, tres personas fueron ejecutadas en la colonia Sur.",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_SUMS)
def test_other_counts_of_attacks_stay_news(language: str, text: str) -> None:
    found = statuses(language, text)
    assert not [s for s in found if s[0] == "statistic"], found
