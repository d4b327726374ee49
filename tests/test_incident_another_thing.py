"""'In another' opens another happening only before a happening or a place ("In another
attack…", "in another part of town"): gunmen "traveling in another vehicle" belong to the
attack told, so the victims found afterwards stay its own (issue 9 item 1). Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def test_gunmen_in_another_vehicle_open_no_other_happening() -> None:
    text = (
        "Three federal police officers were killed in an attack in the state of Michoacan on "
        "Thursday, the agency said. The officers were on a patrol when they came under fire "
        "from gunmen traveling in another vehicle. The officers were found dead beside a "
        "highway next to their bullet-riddled patrol car."
    )
    events = live(extract(Article(text=text, published=date(2024, 12, 13), language="en")))
    assert [e.fatalities for e in events] == [3]
