"""A figure that sums a span or a share of a whole is a tally, not the news it sits beside:
a month or a part of a year told by how it closed ("marzo cerró con 52 homicidios"), a
share ("siete de cada diez asesinatos"), a part of a year ("en el primer semestre del año
registró 900 personas asesinadas"), the wounded of a span told as short ("en solo un mes,
cinco niños han resultado heridos"). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live, live_dead

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 4, 3)
NEWS_ES = (
    "Un taxista fue asesinado a balazos este miércoles en la colonia Centro de Zamora, Michoacán."
)
NEWS_EN = "Gunmen shot dead a taxi driver on Wednesday in the town of Zamora, Michoacan."


def _live_dead(text: str, language: str) -> list[int]:
    return live_dead(text, language, PUB)


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        ("Febrero concluyó con 61 personas asesinadas en el municipio.", "es", NEWS_ES),
        ("El trimestre terminó con 140 personas asesinadas en la región.", "es", NEWS_ES),
        ("March ended with 52 people murdered in the municipality.", "en", NEWS_EN),
    ],
)
def test_a_month_told_by_how_it_closed_is_a_tally(tally: str, language: str, news: str) -> None:
    assert _live_dead(news + " " + tally, language) == [1]


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        (
            "Según la fiscalía, siete de cada 10 asesinatos en el estado están ligados al "
            "narcomenudeo.",
            "es",
            NEWS_ES,
        ),
        (
            "Officials say eight out of every ten killings in the state are tied to the drug "
            "trade.",
            "en",
            NEWS_EN,
        ),
    ],
)
def test_a_share_of_killings_is_a_tally(tally: str, language: str, news: str) -> None:
    assert _live_dead(news + " " + tally, language) == [1]


@pytest.mark.parametrize(
    ("tally", "language", "news"),
    [
        (
            "Tan solo en el primer semestre del año, el estado registró 912 personas asesinadas.",
            "es",
            NEWS_ES,
        ),
        (
            "In the first half of the year alone, the state recorded 912 people murdered.",
            "en",
            NEWS_EN,
        ),
    ],
)
def test_a_toll_over_part_of_a_year_is_a_tally(tally: str, language: str, news: str) -> None:
    assert _live_dead(news + " " + tally, language) == [1]


def test_the_wounded_of_a_short_span_are_a_tally() -> None:
    text = (
        "En solo un mes, cinco menores de edad han resultado heridos a balazos en ataques en "
        "el municipio de Zamora, Michoacán.\n\n" + NEWS_ES
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.fatalities for e in live(events)] == [1]
    assert all(
        not any(c.what == "injured" and c.value == 5 for c in e.counts) for e in live(events)
    )


@pytest.mark.parametrize(
    "tally",
    [
        "De enero a octubre se iniciaron en el estado 2 mil 310 carpetas de investigación por "
        "homicidio.",
        "De las 310 denuncias por homicidio doloso, en 250 se usó un arma de fuego.",
    ],
)
def test_counts_of_case_files_are_a_tally(tally: str) -> None:
    events = extract(Article(text=NEWS_ES + " " + tally, published=PUB, language="es"))
    assert [e.evidence[-1].text for e in live(events)] == [NEWS_ES]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Hallan fosa en Tepehuanes\n\nMilitares localizaron este lunes una fosa clandestina "
            "con los restos de seis personas en Tepehuanes, Durango. Es la tercera fosa "
            "localizada en el estado durante abril. Las otras dos fueron halladas en Lerdo, de "
            "donde fueron exhumados 40 cuerpos.",
        ),
        (
            "en",
            "Grave found in Tepehuanes\n\nSoldiers on Monday found a clandestine grave with the "
            "remains of six people in Tepehuanes, Durango. It is the third grave found in the "
            "state in April. The other two were found in Lerdo, where 40 bodies were exhumed.",
        ),
    ],
)
def test_the_others_of_a_tally_go_on_with_it(language: str, text: str) -> None:
    events = extract(Article(text=text, published=date(2025, 4, 23), language=language))
    assert all("40" not in x.text for e in live(events) for x in e.evidence)
