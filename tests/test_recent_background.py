"""An earlier happening told with an undated time just before the news ("Recientemente, …",
"donde recientemente fueron ejecutadas …", "habían sido detenidos hace unas semanas") is
background (`historical`), not a further incident of the news day (issue 9 item 4). The
adverb as a title's adjective ("el recientemente electo alcalde") or inside the news's own
sentence dates nothing. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 11, 20)


def statuses(language: str, text: str) -> list[tuple[str, str, int | None]]:
    events = extract(Article(text=text, published=PUB, language=language))
    return sorted((e.status, e.category, e.fatalities) for e in events)


def test_a_sentence_opened_by_recientemente_is_background() -> None:
    found = statuses(
        "es",
        "Cinco personas fueron asesinadas en un bar de Villa Sol la noche del jueves. "
        "Recientemente, cuatro personas fueron asesinadas también en una fiesta en otro "
        "municipio de la región.",
    )
    assert ("historical", "attack", 4) in found, found
    assert ("reported", "attack", 5) in found, found


def test_a_clause_with_recientemente_before_its_verb_is_background() -> None:
    found = statuses(
        "es",
        "Tres policías fueron asesinados en una carretera de Villa Sol este jueves; los heridos "
        "fueron llevados a un hospital de Puerto Claro, donde recientemente fueron ejecutadas "
        "doce personas en un centro de rehabilitación.",
    )
    assert ("historical", "attack", 12) in found, found


def test_an_arrest_some_weeks_ago_is_background() -> None:
    found = statuses(
        "es",
        "Hombres armados atacaron un bar de Villa Sol la noche del jueves y mataron a seis "
        "personas. De acuerdo con la Fiscalía, los presuntos responsables habían sido detenidos "
        "hace unas semanas pero fueron puestos en libertad.",
    )
    assert ("historical", "arrest", 0) in found, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El recientemente electo alcalde de Villa Sol fue asesinado a balazos este jueves."),
        (
            "es",
            "Hombres armados mataron a dos personas en Villa Sol este jueves. Los presuntos "
            "responsables fueron detenidos hace unas horas.",
        ),
        (
            "es",
            "Hace poco más de una hora, hombres armados mataron a dos personas en Villa Sol.",
        ),
    ],
)
def test_near_phrasings_stay_news(language: str, text: str) -> None:
    found = statuses(language, text)
    assert all(s[0] == "reported" for s in found), found
