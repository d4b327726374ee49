"""What a threat names is threatened, not done (issue 9, threat nouns): "amenazas de muerte
y secuestro", "amenazas de extorsión y de incendio", "threats of assassination and
kidnapping", "kidnapping threats" report a threat, not an abduction, a killing or an arson.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 1, 14)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El alcalde de Tixtla, Guerrero, denunció este lunes amenazas de muerte y secuestro "
            "por parte de un grupo criminal.",
        ),
        (
            "es",
            "Los comerciantes de Tixtla, Guerrero, denunciaron este lunes amenazas de "
            "extorsión y de incendio de sus negocios.",
        ),
        (
            "en",
            "The mayor of Tixtla, Guerrero, reported on Monday threats of assassination and "
            "kidnapping from a criminal group.",
        ),
        (
            "en",
            "Shopkeepers in Tixtla, Guerrero, said on Monday they had received kidnapping "
            "threats from a local gang.",
        ),
    ],
)
def test_what_a_threat_names_is_not_done(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert [e.category for e in live(events)] == ["threat"]
