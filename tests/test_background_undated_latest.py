"""A report with no publication date was written no earlier than the latest day or month it
names with its year: past its first act, a sentence dated only well before that day tells
an earlier happening (`assemble/floating.py`, `FloatingDays.latest`). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest
from conftest import live, told_live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord


def _run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, language=language, published=None))


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Buscadoras que se volvieron blanco\n\nLas madres que buscan a sus hijos reciben "
            "amenazas de las bandas.\n\nEn 2021, cuatro buscadoras fueron asesinadas en el "
            "estado de Guanajuato.\n\nEn Celaya, una madre que buscaba a su hijo fue asesinada "
            "a balazos la mañana del martes 9 de mayo de 2023, informó su colectivo.",
            "cuatro buscadoras",
        ),
        (
            "en",
            "Searchers who became targets\n\nMothers who search for their missing children "
            "often receive threats from the gangs.\n\nIn 2021, four searchers were murdered in "
            "the state of Guanajuato.\n\nIn Celaya, a mother who searched for her son was shot "
            "dead on the morning of Tuesday, May 9, 2023, her group said.",
            "four searchers",
        ),
        (
            "en",
            "Ex-mayor jailed over radio host's killing\n\nA court sentenced a former mayor to "
            "eight years in prison over the killing of a radio host, prosecutors said on "
            "Wednesday.\n\nThe radio host was shot dead outside his studio on May 2, 2019, as "
            "he arrived for his morning show.\n\nReporters marked the first anniversary of his "
            "death with a march in Zitacuaro in May 2020.",
            "shot dead outside",
        ),
    ],
)
def test_a_date_well_before_the_latest_the_report_names_is_background(
    language: str, text: str, words: str
) -> None:
    assert not told_live(_run(language, text), words)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Atacan a balazos a familia en Tlapa\n\nHombres armados atacaron a una familia en "
            "Tlapa, Guerrero, el 3 de octubre de 2021.\n\nEl 5 de octubre de 2021, un comando "
            "incendió 20 casas en la comunidad vecina, informó la fiscalía el 12 de octubre de "
            "2021.",
            "incendió 20 casas",
        ),
        (
            "en",
            "Gunmen attack family in Tlapa\n\nGunmen attacked a family in Tlapa, Guerrero, on "
            "October 3, 2021.\n\nOn October 5, 2021, an armed group burned 20 houses in a "
            "nearby village, prosecutors said on October 12, 2021.",
            "burned 20 houses",
        ),
    ],
)
def test_a_date_weeks_before_the_latest_stays_news(language: str, text: str, words: str) -> None:
    # within the weeks of the news: the report may tell several days of one wave
    events = _run(language, text)
    assert told_live(events, words)
    assert live(events)


ENGLISH_LEAD = (
    "Riot at prison leaves 12 dead\n\nTwelve inmates were killed on Monday in a riot at the "
    "state prison in Ciudad Juarez, officials said."
)


@pytest.mark.parametrize(
    ("context", "words"),
    [
        ("In February, 2015, three inmates were stabbed to death in the same prison.", "stabbed"),
        (
            "Guards found the bodies of two inmates in a cell on March 5, 2021, after a fight "
            "between gangs.",
            "bodies of two inmates",
        ),
    ],
)
def test_past_a_weekday_lead_english_dates_an_earlier_happening_by_its_year(
    context: str, words: str
) -> None:
    events = _run("en", f"{ENGLISH_LEAD}\n\n{context}")
    assert not told_live(events, words)
    assert [e for e in live(events) if e.fatalities == 12]  # the news stays news


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        # the lead's weekday (March 1, 2021 was a Monday): the news told again with its year
        (
            "en",
            f"{ENGLISH_LEAD}\n\nThe riot broke out in the east wing on March 1, 2021, when two "
            "gangs clashed over a cell.",
            "gangs clashed",
        ),
        # Spanish names a recent day by its date: no such rule
        (
            "es",
            "Motín en penal deja 12 muertos\n\nDoce internos murieron el lunes durante un "
            "motín dentro del penal de Ciudad Juárez, informaron autoridades.\n\nEl 5 de marzo "
            "de 2021, guardias hallaron los cuerpos de dos internos en una celda.",
            "hallaron los cuerpos",
        ),
    ],
)
def test_a_date_the_lead_may_name_or_a_spanish_date_stays_news(
    language: str, text: str, words: str
) -> None:
    assert told_live(_run(language, text), words)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Asesinan a tres taxistas en Iguala\n\nEl 12 de marzo de 2025, tres taxistas "
            "fueron asesinados a balazos en Iguala, Guerrero.\n\nLas bandas cobran cuotas a "
            "los choferes de la región.\n\nA finales de febrero, los taxistas realizaron un "
            "paro en Taxco para exigir seguridad.",
            "realizaron un paro",
        ),
        (
            "en",
            "Three taxi drivers shot dead in Iguala\n\nOn March 12, 2025, three taxi drivers "
            "were shot dead in Iguala, Guerrero.\n\nGangs extort the drivers of the region."
            "\n\nIn late February, taxi drivers went on strike in Taxco to demand protection.",
            "went on strike",
        ),
        (
            "en",
            "Three taxi drivers shot dead in Iguala\n\nOn March 12, 2025, three taxi drivers "
            "were shot dead in Iguala, Guerrero.\n\nGangs extort the drivers of the region."
            "\n\nIn Taxco, gang threats forced most taxi drivers to stop working earlier in "
            "the year, residents said.",
            "stop working earlier",
        ),
    ],
)
def test_an_earlier_month_of_the_news_year_told_with_no_year_is_background(
    language: str, text: str, words: str
) -> None:
    """An undated report was written no earlier than the latest day it names with its year
    ("March 12, 2025"): a month before that one, told after it with no year ("A finales de
    febrero", "In late February"), is over and tells an earlier happening, as "earlier in
    the year" does (`FloatingDays._months_before_latest`, cues.toml [background])."""
    assert not told_live(_run(language, text), words)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Asesinan a tres taxistas en Iguala\n\nEl 12 de marzo de 2025, tres taxistas "
            "fueron asesinados a balazos en Iguala, Guerrero.\n\nDesde febrero, los taxistas "
            "realizaron un paro en Taxco para exigir seguridad.",
            "realizaron un paro",
        ),
    ],
)
def test_a_span_up_to_now_from_an_earlier_month_stays_news(
    language: str, text: str, words: str
) -> None:
    assert told_live(_run(language, text), words)
