"""An undated report (no publication day) whose lead a near day dates ("La noche del
viernes…", "On Friday night…") tells news, even when the only year its record can carry is
one a later sentence it took in names ("…durante 2023", "…since 2023"): the year is borrowed,
the record is no trend over that year. A report no near day dates stays as it was. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

_CASES = [
    (
        "es",
        "La noche del viernes, hombres armados irrumpieron en una fiesta en el municipio de "
        "Salvatierra, Guanajuato, y dispararon contra los invitados. Tres personas murieron en "
        "el lugar y otras dos resultaron heridas. Vecinos de la zona dijeron que ataques así "
        "se han vuelto comunes en la región durante 2023.",
    ),
    (
        "en",
        "On Friday night, gunmen burst into a party in the town of Salvatierra, Guanajuato, and "
        "opened fire on the guests. Three people died at the scene and two more were wounded. "
        "Neighbours said attacks like this one have become common in the region since 2023.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _CASES)
def test_a_near_day_lead_keeps_its_news_past_a_borrowed_year(language: str, text: str) -> None:
    events = extract(Article(text=text, published=None, language=language))
    news = [e for e in live(events) if e.fatalities == 3]
    assert len(news) == 1, [(e.status, e.category, e.date, e.fatalities) for e in events]
