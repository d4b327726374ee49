"""Extraditions and the words around them (issue 9, fresh English pages of session 10): a
suspect handed over to another country is an arrest-class event of the day it was done, not
one only sought; a figure called a record is a tally; attacking a problem is no attack; nor
are vigilante forces named by their members mob violence. Every sentence here was written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 8)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Mexico extradited a former police chief of Reynosa to the United States on Friday "
            "to face kidnapping charges, prosecutors said.",
        ),
        (
            "en",
            "Two alleged Zetas financiers were extradited Friday to Texas, the Attorney "
            "General's Office said.",
        ),
        ("en", "Mexico extradites nine cartel suspects to the US"),
        (
            "es",
            "La Fiscalía General de la República extraditó el viernes a Estados Unidos a un "
            "presunto operador del Cártel del Golfo.",
        ),
        (
            "es",
            "Un presunto líder de una célula delictiva de Reynosa fue entregado en extradición "
            "a agentes estadounidenses en el aeropuerto de Toluca.",
        ),
    ],
)
def test_an_extradition_done_is_an_arrest_event(language: str, text: str) -> None:
    assert [e.category for e in live(run(language, text))] == ["arrest"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The United States has asked Mexico to extradite the former police chief, "
            "prosecutors said on Friday.",
        ),
        (
            "es",
            "Estados Unidos busca extraditar al exjefe policiaco, informó la Fiscalía el viernes.",
        ),
    ],
)
def test_an_extradition_only_sought_is_no_event(language: str, text: str) -> None:
    assert live(run(language, text)) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Mexico extradited a former police chief to Texas on Friday. Mexico has extradited "
            "68 people to the United States in 2025, a record number, officials said.",
        ),
        (
            "es",
            "México extraditó el viernes a un exjefe policiaco a Texas. En 2025 México ha "
            "extraditado a 68 personas a Estados Unidos, una cifra récord.",
        ),
    ],
)
def test_a_figure_called_a_record_is_a_tally(language: str, text: str) -> None:
    events = run(language, text)
    assert [e.category for e in live(events)] == ["arrest"]
    assert any(e.status == "statistic" for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Mexico extradited a cartel accountant on Friday. “This is one more step in our "
            "effort to attack every aspect of the cartel's business,” the attorney general said.",
        ),
        (
            "es",
            "México extraditó el viernes a un contador del cártel. El fiscal dijo que la meta "
            "es atacar las causas de la violencia.",
        ),
    ],
)
def test_attacking_a_problem_is_no_attack(language: str, text: str) -> None:
    assert [e.category for e in live(run(language, text))] == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed an army patrol near Apatzingán, Michoacán, on Sunday, killing two "
        "soldiers. In Michoacán, vigilante forces have spread despite federal warnings.",
        "Gunmen ambushed an army patrol near Apatzingán, Michoacán, on Sunday, killing two "
        "soldiers. A vigilante leader from Tepalcatepec condemned the attack.",
    ],
)
def test_vigilante_forces_named_are_no_mob_violence(text: str) -> None:
    assert "riot" not in {e.category for e in run("en", text)}
