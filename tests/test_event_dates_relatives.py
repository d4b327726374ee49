"""A day named in a relative clause about other people ("…a dos agentes que buscaban a los
reos que se fugaron el domingo", "…the inmates who escaped on Sunday") dates those people,
not the act its sentence tells: the act takes the running day of its account ("murieron
ayer por la tarde"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 2, 10)  # a Tuesday: "ayer" is Monday the 9th, "el domingo" the 8th


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dos policías estatales murieron ayer por la tarde tras un ataque armado en la "
            "colonia Valle Verde de Ciudad Juárez, Chihuahua.\nLa Fiscalía informó que la "
            "agresión comenzó a las 17:00 horas, cuando hombres armados dispararon contra dos "
            "agentes que buscaban a los reos que se fugaron el domingo del penal estatal.",
            "es",
        ),
        (
            "Two state police officers were killed yesterday afternoon in an armed attack in "
            "Ciudad Juarez, Chihuahua.\nProsecutors said gunmen opened fire on the two "
            "officers, who were searching for the inmates who escaped on Sunday from the "
            "state prison.",
            "en",
        ),
    ],
)
def test_a_day_of_the_people_a_relative_clause_recalls_dates_no_act(
    text: str, language: str
) -> None:
    records = live(extract(Article(text=text, published=PUB, language=language)))
    assert records
    assert {r.date for r in records} == {"2026-02-09"}


def test_an_account_after_a_recalled_day_keeps_the_accounts_day() -> None:
    text = (
        "Dos policías estatales murieron ayer por la tarde en Ciudad Juárez, Chihuahua.\n"
        "Hombres armados dispararon contra los agentes, que vigilaban a los reos que se "
        "fugaron el domingo del penal estatal.\nMás tarde, los agresores fueron abatidos por "
        "militares en la colonia Riberas del Bravo."
    )
    records = live(extract(Article(text=text, published=PUB, language="es")))
    assert records
    assert "2026-02-08" not in {r.date for r in records}
