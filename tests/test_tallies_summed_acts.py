"""A roundup's summing sentence may name other acts with no figure of their own ("cuatro
asesinatos y varias desapariciones", "…, lo que mantuvo a las corporaciones en despliegue
permanente"): they belong to the same tally, never news of their own. A count kept up to
today ("sumarían hasta hoy 65 personas asesinadas") is a running total, not the toll of the
news (issue 9). Every article here is invented for the test."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 9)  # a Monday

INCIDENTS = (
    "En la colonia Las Flores, sujetos armados mataron a dos hombres el sábado.\n\n"
    "Horas más tarde, en la colonia El Mirador, un taxista fue asesinado a balazos.\n\n"
)

LEADS = [
    "El fin de semana dejó en Celaya, Guanajuato, tres asesinatos y varias desapariciones.",
    "Tres personas fueron asesinadas en diferentes puntos de Celaya, Guanajuato, el fin de "
    "semana, lo que mantuvo a las corporaciones en despliegue permanente.",
]


def run(text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language="es"))


@pytest.mark.parametrize("lead", LEADS)
def test_acts_named_in_a_summing_sentence_are_part_of_its_tally(lead: str) -> None:
    events = run(lead + "\n\n" + INCIDENTS)
    lead_words = lead[:40]
    assert not any(lead_words in x.text for e in live(events) for x in e.evidence)
    assert sorted(e.fatalities or 0 for e in live(events)) == [1, 2]


def test_an_act_of_its_own_after_the_summary_stays_news() -> None:
    text = LEADS[0] + "\n\n" + INCIDENTS + "El lunes, policías detuvieron a dos sospechosos."
    assert "arrest" in {e.category for e in live(run(text))}


@pytest.mark.parametrize(
    "total",
    [
        "De acuerdo con el conteo de este diario, sumarían hasta hoy 40 personas asesinadas en "
        "Celaya pese a la llegada de más soldados.",
        "Con este crimen, en Celaya van hasta el momento 40 personas asesinadas.",
    ],
)
def test_a_count_kept_up_to_today_is_a_running_total(total: str) -> None:
    text = (
        "Sujetos armados mataron a dos hombres este lunes en la colonia Las Flores de Celaya, "
        "Guanajuato.\n\n" + total
    )
    events = run(text)
    (news,) = live(events)
    assert news.fatalities == 2
    assert any(e.status == "statistic" and e.fatalities == 40 for e in events)


@pytest.mark.parametrize(
    "lead",
    [
        "Se registraron asesinatos y quemas en varios municipios de Guanajuato el fin de semana.",
        "La jornada de violencia en el estado de Guanajuato arrojó un saldo trágico.",
    ],
)
def test_a_summary_with_no_figure_sums_the_incidents_after_it(lead: str) -> None:
    events = run(lead + "\n\n" + INCIDENTS)
    assert not any(lead[:30] in x.text for e in live(events) for x in e.evidence)
    assert sorted(e.fatalities or 0 for e in live(events)) == [1, 2]


def test_a_summary_with_no_figure_and_one_incident_stays() -> None:
    lead = "Se registraron asesinatos en varios municipios de Guanajuato el fin de semana."
    one = "En la colonia Las Flores de Celaya, sujetos armados mataron a dos hombres el sábado."
    events = run(lead + "\n\n" + one)
    assert any(lead[:30] in x.text for e in live(events) for x in e.evidence)
