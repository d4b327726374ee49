"""A town the text only measures from is no other place of the incident (issue 9 item 1):
the attack told again as having happened "en la zona cercana al municipio de X" is the
ambush told before in the next town, with its wounded, not a second attack; the record is
set first in the town the act was told in. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def test_the_attack_near_the_next_town_is_the_ambush_told() -> None:
    text = (
        "Civiles armados emboscaron a una patrulla estatal en una carretera del municipio de "
        "Tetipac, Guerrero, este sábado, y asesinaron a seis policías e hirieron a otros "
        "cinco. En un comunicado, la Secretaría de Seguridad lamentó el ataque, que ocurrió "
        "en la zona cercana al municipio de Taxco, y dijo que atiende a los cinco agentes "
        "lesionados en ese hecho."
    )
    events = live(extract(Article(text=text, published=date(2025, 6, 21), language="es")))
    assert [(e.category, e.fatalities) for e in events] == [("attack", 6)]
    assert events[0].locations[0].admin2 == "Tetipac"
