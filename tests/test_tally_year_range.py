"""A figure told over a range of years ("entre 2019 y 2025", "between 2019 and 2025") sums
many happenings: a tally, never the toll of the news it follows, even when the article
carries no publication day to set those years in the past (issue 9, wrong counts: a number
from another clause).

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

import pytest

from sucesos.extract import extract
from sucesos.models import Article


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un explosivo sembrado en una brecha mató el lunes a tres militares e hirió a "
            "otros cuatro en Tepalcatepec, Michoacán, informó la Defensa. El general dijo "
            "que nueve militares murieron por artefactos similares entre 2019 y 2025.",
            "es",
        ),
        (
            "A bomb buried on a dirt track killed three Mexican soldiers and wounded four "
            "others on Monday in Tepalcatepec, Michoacan, the defense ministry said. The "
            "general said the army had suffered nine fatalities from similar devices "
            "between 2019 and 2025.",
            "en",
        ),
    ],
)
def test_years_range_figure_is_a_tally_in_an_undated_article(text: str, language: str) -> None:
    events = extract(Article(text=text, published=None, language=language))
    assert [e.fatalities for e in events if e.status == "reported"] == [3]
    assert [e.fatalities for e in events if e.status == "statistic"] == [9]
