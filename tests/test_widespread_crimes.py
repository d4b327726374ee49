"""Crimes said to be widespread in a place ("los delitos violentos, como el homicidio y el
secuestro, están muy extendidos"), as a travel advisory describes a state, are a description
of the place, no happening of the news (issue 9 item 4; the English "are widespread" is
`cues.toml` [background] already). Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def test_crimes_said_to_be_widespread_are_no_news() -> None:
    text = (
        "El gobierno de Estados Unidos pidió a sus ciudadanos no viajar a Guerrero y Colima. "
        "Según la alerta, los delitos violentos, como el homicidio y el secuestro, están muy "
        "extendidos en ambos estados."
    )
    events = live(extract(Article(text=text, published=date(2024, 5, 2), language="es")))
    assert [e.category for e in events] == ["travel_advisory"]
