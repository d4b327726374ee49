"""A headline that names one person killed in the same clause as a count of states ("…urges
citizens in three states to stay indoors after gang leader is killed") tells the article's
incident, not a sum over those states: the killing joins the town's clash the body tells,
and no record of one dead placed only in the country is left to stand as an event of its own.
Invented articles, both languages."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

STORIES = {
    "en": (
        "U.S. consulate urges citizens in three Mexican states to stay indoors after gang "
        "leader is killed",
        "Soldiers killed the leader of a criminal gang and three of his bodyguards on Sunday "
        "in a firefight at a ranch outside Zitácuaro, Michoacán, the Defense Ministry said. The "
        "U.S. consulate in Guadalajara asked its citizens in Michoacán, Guerrero and Jalisco to "
        "stay indoors until further notice.",
    ),
    "es": (
        "Piden a estadounidenses en tres estados no salir tras ser abatido un jefe criminal",
        "Militares abatieron este domingo al jefe de una banda criminal y a tres de sus escoltas "
        "en un enfrentamiento en un rancho de Zitácuaro, Michoacán, informó la Defensa. El "
        "consulado de Estados Unidos pidió a sus ciudadanos en Michoacán, Guerrero y Jalisco no "
        "salir de casa.",
    ),
}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_headline_killing_beside_a_count_of_states_is_the_towns_clash(language: str) -> None:
    title, body = STORIES[language]
    article = Article(
        id=f"syn-adv-{language}",
        title=title,
        text=body,
        published=date(2026, 3, 8),
        language=language,
    )
    violent = [r for r in extract(article) if r.category in ("attack", "armed_clash")]
    assert [r.locations[0].admin2 for r in violent] == ["Zitácuaro"]
    (clash,) = violent
    assert clash.evidence[0].text.startswith(title)  # the headline's killing is the clash
