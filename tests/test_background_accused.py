"""An arrest for an earlier crime: the date of the crime someone is accused of dates that
crime, not the arrest the sentence reports ("Detienen a dos como presuntos responsables del
homicidio de un comerciante, ocurrido el pasado 3 de enero"; found on fresh Spanish pages,
session 9). Every sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 3, 9)  # a Monday


def statuses(text: str, language: str) -> dict[str, str]:
    events = extract(Article(text=text, published=PUB, language=language))
    return {e.category: e.status for e in events}


def test_the_date_of_the_accused_crime_leaves_the_arrest_news_es() -> None:
    text = (
        "Dos hombres fueron detenidos como presuntos responsables del homicidio de un "
        "comerciante, ocurrido el pasado 3 de enero en Celaya, Guanajuato."
    )
    assert statuses(text, "es") == {"arrest": "reported", "attack": "historical"}


def test_the_date_of_the_accused_crime_leaves_the_arrest_news_en() -> None:
    text = (
        "Two men were arrested on suspicion of killing a shopkeeper on January 3 in Celaya, "
        "Guanajuato."
    )
    assert statuses(text, "en") == {"arrest": "reported", "attack": "historical"}


def test_an_arrest_dated_long_ago_is_still_background_es() -> None:
    text = (
        "El 3 de enero, dos hombres fueron detenidos como presuntos responsables del "
        "homicidio de un comerciante en Celaya, Guanajuato."
    )
    assert statuses(text, "es")["arrest"] == "historical"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Fiscalía detuvo en Morelia a un sospechoso del homicidio de un regidor.", "es"),
        ("Policías estatales capturaron al presunto asesino de una maestra de Tlapa.", "es"),
        ("State police arrested a man suspected in the killing of a priest in Fresnillo.", "en"),
        (
            "A man believed to be behind the murder of a schoolteacher in Hermosillo was "
            "arrested by state police.",
            "en",
        ),
    ],
)
def test_the_crime_a_suspect_is_named_by_is_not_news(text: str, language: str) -> None:
    # "un sospechoso del homicidio de…", "the suspected killer…", "believed to be behind…":
    # the suspect is named by an earlier crime; the arrest is the news
    events = extract(Article(text=text, published=PUB, language=language))
    assert [e.category for e in events if e.status == "reported"] == ["arrest"]
    assert any(e.category == "attack" and e.status == "historical" for e in events)


def test_the_day_a_source_spoke_never_keeps_an_old_crime_news() -> None:
    # "in January" dates the murder; "said Friday" dates only the announcement
    text = (
        "Federal agents arrested a gang leader accused of masterminding the murder of a "
        "radio host in Zitácuaro in January, the security ministry said Friday."
    )
    events = extract(Article(text=text, published=date(2026, 8, 28), language="en"))
    assert [e.category for e in events if e.status == "reported"] == ["arrest"]


def test_a_relative_clause_after_the_accused_crime_is_that_crime() -> None:
    # "…del asesinato de un regidor que fue decapitado": the relative clause tells about the
    # victim of the crime the suspect is named by, not what happened to the subject
    text = (
        "La Fiscalía anunció este martes que fue arrestado un sospechoso del asesinato de un "
        "regidor de Tixtla que fue decapitado en su oficina."
    )
    events = extract(Article(text=text, published=PUB, language="es"))
    assert [e.category for e in events if e.status == "reported"] == ["arrest"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Marinos detuvieron en Uruapan a un jefe de plaza. El detenido estaría relacionado "
            "con al menos 15 homicidios en la región.",
            "es",
        ),
        (
            "Marinos detuvieron en Uruapan a un jefe de plaza. Su célula habría cometido decenas "
            "de homicidios en la zona.",
            "es",
        ),
        (
            "Marines arrested a local cartel boss in Uruapan. Prosecutors say he ordered at "
            "least 25 murders.",
            "en",
        ),
        (
            "Marines arrested a local cartel boss in Uruapan. His gang has carried out dozens "
            "of killings and kidnappings, prosecutors say.",
            "en",
        ),
    ],
)
def test_a_career_of_crimes_of_the_arrested_is_not_news(text: str, language: str) -> None:
    # many crimes told of the one arrested ("relacionado con al menos 15 homicidios", "he
    # ordered at least 25 murders"): no happening of the news
    events = extract(Article(text=text, published=PUB, language=language))
    assert {e.category for e in events if e.status == "reported"} == {"arrest"}
