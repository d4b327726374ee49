"""A place told by the violence it lives through ("Guerrero, estado que vive una ola de
masacres y desapariciones", "Guerrero vive una ola de asesinatos", "a state gripped by a
wave of killings and kidnappings") names the times, not a happening: its acts make no event
of their own beside the news. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2026, 1, 13)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El gobierno confirmó este martes que un grupo armado secuestró a seis personas "
            "el fin de semana en Tixtla, Guerrero, estado que vive una ola de masacres y "
            "desapariciones.",
        ),
        (
            "es",
            "Guerrero vive una ola de asesinatos y secuestros. Un comando asesinó este lunes a "
            "dos hombres en Chilapa.",
        ),
        (
            "en",
            "Gunmen killed two men on Monday in Chilapa, in a state that is experiencing a "
            "wave of killings and kidnappings.",
        ),
    ],
)
def test_the_violence_a_place_lives_through_is_no_event(language: str, text: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert len(live(events)) == 1
