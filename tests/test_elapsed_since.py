"""A clause that opens by how long ago something happened ("A siete meses del primer
hallazgo de fosas, …", "A dos meses y medio de la desaparición de cinco jóvenes, …") names an
earlier happening: historical, never the news of the day (English says it "seven months
after the first discovery", already in `cues.toml` [background] after). Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 8)


@pytest.mark.parametrize(
    ("news", "elapsed"),
    [
        (
            "Un colectivo de madres localizó este martes tres fosas en Tierra Blanca, Veracruz.",
            "A dos meses y medio de la desaparición de cinco jóvenes en el municipio, las "
            "madres continúan la búsqueda.",
        ),
        (
            "Un colectivo de madres localizó este martes tres fosas en Tierra Blanca, Veracruz.",
            "A siete meses del secuestro de dos comerciantes en el municipio, sus familias "
            "siguen sin noticias.",
        ),
    ],
)
def test_what_happened_months_ago_is_no_news(news: str, elapsed: str) -> None:
    events = extract(Article(text=f"{news} {elapsed}", published=PUB, language="es"))
    assert [e.evidence[-1].text for e in live(events)] == [news]
