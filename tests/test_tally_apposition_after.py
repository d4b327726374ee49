"""The news came after an earlier act, told before a running total (issue 9, background vs
news; mends a side effect of f89bae9): "The attack comes days after gunmen killed X, marking
the ninth such killing this year" — the killing after "days after" is earlier than the news,
so it stays background and never joins the news's record.

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

TEXT = (
    "Gunmen stormed a billiards hall in Irapuato on Saturday night, killing six men and "
    "wounding three others.\n\n"
    "The massacre also comes days after unknown attackers shot dead a local reporter in the "
    "town of Dolores Hidalgo, marking the ninth killing of a journalist in the country this year."
)


def test_an_act_the_news_came_after_stays_background_before_a_running_total() -> None:
    events = extract(Article(text=TEXT, published=date(2025, 3, 3), language="en"))
    assert [e.fatalities for e in live(events)] == [6]
