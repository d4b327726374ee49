"""When neither an event's own words nor the lead name its day, the event takes the day the
account dates its news to ("Eight people were shot dead in Guerrero. […] In Coyuca, two men
were shot dead on Tuesday"), not the publication day: a roundup's items that name no day go
with the day its other items tell. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 9, 17)  # a Wednesday: "el martes", "on Tuesday" is the 16th

TEXTS = {
    "es": "Jornada violenta en Guerrero deja ocho muertos\n\n"
    "Ocho personas, entre ellas un matrimonio, fueron asesinadas a balazos en distintos "
    "municipios de Guerrero, informaron autoridades estatales.\n\n"
    "En Acapulco, un matrimonio fue asesinado a tiros dentro de su vivienda en la colonia "
    "La Mira.\n\n"
    "Las dos víctimas fueron identificadas por sus familiares como comerciantes del mercado.\n\n"
    "En la colonia Progreso, hombres armados atacaron a un taxista, quien murió en el lugar.\n\n"
    "Las autoridades señalan que en la colonia Hogar Moderno fue asesinado a balazos un "
    "hombre.\n\n"
    "En la comunidad de El Pelillo, en Coyuca de Benítez, dos hombres y una mujer fueron "
    "asesinados a balazos el martes.",
    "en": "Violent day in Guerrero leaves eight dead\n\n"
    "Eight people, among them a married couple, were shot dead in several towns of Guerrero, "
    "state authorities said.\n\n"
    "In Acapulco, a married couple was shot dead inside their home in the La Mira "
    "neighborhood.\n\n"
    "Relatives identified the two victims as vendors at the town market.\n\n"
    "In the Progreso neighborhood, gunmen attacked a taxi driver, who died at the scene.\n\n"
    "Authorities said a man was also shot dead in the Hogar Moderno neighborhood.\n\n"
    "In the village of El Pelillo, in Coyuca de Benítez, two men and a woman were shot dead "
    "on Tuesday.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_an_undated_item_takes_the_day_the_account_tells(language: str) -> None:
    events = extract(Article(text=TEXTS[language], published=PUB, language=language))
    (couple,) = [e for e in live(events) if any("La Mira" in x.text for x in e.evidence)]
    assert couple.date == "2025-09-16"
