"""A pluperfect of "already" dated by a day of its own before the news day ("El pasado
miércoles los estudiantes ya habían bloqueado la autopista", "On Wednesday they had already
blocked the highway") tells a stage before the news: historical with its own day, however
near that day. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 9, 11)  # a Friday


@pytest.mark.parametrize(
    ("language", "news", "before"),
    [
        (
            "es",
            "Cerca de 200 normalistas protestaron este viernes frente al Congreso del Estado "
            "en Chilpancingo.",
            "El pasado miércoles, los estudiantes ya habían bloqueado la Autopista del Sol a "
            "la altura de Tixtla.",
        ),
        (
            "es",
            "Cerca de 200 normalistas protestaron este viernes frente al Congreso del Estado "
            "en Chilpancingo.",
            "Los estudiantes ya habían incendiado una patrulla frente a la Fiscalía el jueves.",
        ),
        (
            "en",
            "About 200 students protested on Friday outside the state Congress in "
            "Chilpancingo, Guerrero.",
            "On Wednesday, the students had already blocked the Highway of the Sun near Tixtla.",
        ),
    ],
)
def test_an_act_already_done_days_before_is_no_news(language: str, news: str, before: str) -> None:
    events = extract(Article(text=f"{news} {before}", published=PUB, language=language))
    assert not [e for e in live(events) if before in e.evidence[-1].text]
    assert [e.status for e in events if before in e.evidence[-1].text] == ["historical"]
