"""A threat named is no threat made (issue 9, sentences that report no act): threats someone
had received or reported before ("ya había denunciado amenazas de muerte", "he had received
death threats"), those threats told again, a complaint over them, living under threat, a
danger called a threat ("representan una amenaza"), or the one who extorts named ("un
presunto extorsionador") give no threat record. A threat told as news stays one. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 2, 9)


def threats(text: str, language: str) -> list[str]:
    """The categories and kinds of threat among every record of the text, live or not."""
    events = extract(Article(text=text, published=PUB, language=language))
    return [e.category for e in events if e.category == "threat"] + [
        k for e in events for k in e.kinds if k == "threat"
    ]


def test_threats_reported_before_are_no_threat_es() -> None:
    text = (
        "Un locutor de radio fue asesinado a balazos este domingo en Las Choapas, Veracruz. "
        "El comunicador ya había denunciado en varias ocasiones haber recibido amenazas de "
        "muerte."
    )
    assert threats(text, "es") == []


def test_threats_kept_receiving_are_no_threat_es() -> None:
    text = (
        "Una regidora de Zitácuaro, Michoacán, fue asesinada este domingo afuera de su casa. "
        "Según sus compañeros, recibía amenazas desde que asumió el cargo."
    )
    assert threats(text, "es") == []


def test_those_threats_told_again_are_no_threat_es() -> None:
    text = (
        "Comerciantes del mercado de Zitácuaro, Michoacán, cerraron sus locales este domingo. "
        "Los locatarios denunciaron estas amenazas desde el mes de noviembre."
    )
    assert threats(text, "es") == []


def test_living_under_threat_is_no_threat_es() -> None:
    text = (
        "Hombres armados atacaron este domingo la casa de un comisario ejidal en Zitácuaro, "
        "Michoacán. Sus vecinos dijeron que la comunidad vive bajo amenaza desde hace meses."
    )
    assert threats(text, "es") == []


def test_a_danger_called_a_threat_is_no_threat_es() -> None:
    text = (
        "Soldados aseguraron este domingo 14 artefactos explosivos en Zitácuaro, Michoacán. "
        "Los artefactos representan una grave amenaza para los habitantes de la zona."
    )
    assert threats(text, "es") == []


def test_the_one_who_extorts_named_is_no_threat_es() -> None:
    text = (
        "Vecinos de Zitácuaro, Michoacán, golpearon este domingo a un presunto "
        "extorsionador en el tianguis municipal."
    )
    assert threats(text, "es") == []


def test_threats_received_before_are_no_threat_en() -> None:
    text = (
        "A radio host was shot dead on Sunday in Las Choapas, Veracruz. He had received "
        "death threats last year, a colleague said."
    )
    assert threats(text, "en") == []


def test_threats_kept_receiving_are_no_threat_en() -> None:
    text = (
        "A councilwoman was shot dead on Sunday outside her home in Zitácuaro, Michoacán. "
        '"She was receiving threats," a colleague said.'
    )
    assert threats(text, "en") == []


def test_a_complaint_over_threats_is_no_threat_en() -> None:
    text = (
        "A councilwoman was shot dead on Sunday in Zitácuaro, Michoacán. She had filed a "
        "complaint over threats in January; the source of those threats was never found."
    )
    assert threats(text, "en") == []


def test_a_danger_called_a_threat_is_no_threat_en() -> None:
    text = (
        "Soldiers seized 14 explosive devices on Sunday in Zitácuaro, Michoacán. The devices "
        "pose a serious threat to residents, the army said."
    )
    assert threats(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La alcaldesa de Zitácuaro, Michoacán, denunció este domingo amenazas de un "
            "grupo criminal.",
        ),
        ("en", "Gunmen threatened the staff of a bar in Zitácuaro, Michoacán, on Sunday."),
        (
            "es",
            "Una banda cobró piso este domingo a los comerciantes del tianguis de Zitácuaro, "
            "Michoacán, bajo amenaza de quemar sus puestos.",
        ),
    ],
)
def test_a_threat_told_as_news_stays_a_threat(language: str, text: str) -> None:
    events = live(extract(Article(text=text, published=PUB, language=language)))
    assert [e.category for e in events] == ["threat"]
