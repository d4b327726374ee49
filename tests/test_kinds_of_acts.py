"""Acts named as kinds, habits, demands, fears and plans (issue 9, items 1 and 7): analysis
and feature stories name acts that are no happening, and none of them is an event: the
object of a trend ("un aumento de los secuestros", "a rise in kidnappings"), what a group
does by trade or is known for ("una banda dedicada al secuestro", "a gang known for
beheadings"), a multitude with no number ("numerosos enfrentamientos", "countless
killings"), a habit ("se registran asesinatos a diario", "one person is killed every day"),
what is demanded, feared or to be prevented ("exigieron la detención", "residents fear new
attacks", "para prevenir ataques") and what will be done ("se reforzarán los operativos").
The article's news stays. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 10, 8)

NEWS = {
    "es": (
        "Hombres armados asesinaron a dos comerciantes este martes en el mercado de Salvatierra, "
        "Guanajuato, informó la Fiscalía del estado.\n\n"
    ),
    "en": (
        "Gunmen killed two shopkeepers on Tuesday at the market in Salvatierra, Guanajuato, the "
        "state prosecutor's office said.\n\n"
    ),
}


def run(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def told_live(events: list[EventRecord], sentence: str) -> bool:
    return any(sentence[:30] in x.text for e in live(events) for x in e.evidence)


def only_the_news(sentence: str, language: str) -> None:
    events = run(NEWS[language] + sentence, language)
    assert not told_live(events, sentence)
    news = [e for e in live(events) if e.category == "attack"]
    assert len(news) == 1 and news[0].fatalities == 2


TREND = {
    "es": "El alcalde reconoció un aumento de los secuestros y las extorsiones en Salvatierra.",
    "en": "The mayor acknowledged an increase in kidnappings and armed attacks in Salvatierra.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_object_of_a_trend_is_no_happening(language: str) -> None:
    only_the_news(TREND[language], language)


TRADE = {
    "es": "Según la policía, en la zona opera una banda dedicada al secuestro de comerciantes.",
    "en": "According to police, a gang known for beheadings and ambushes operates in the area.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_what_a_gang_does_by_trade_is_no_happening(language: str) -> None:
    only_the_news(TRADE[language], language)


MULTITUDE = {
    "es": (
        "La pugna entre las dos bandas ha provocado numerosos enfrentamientos armados, "
        "ejecuciones y desapariciones en la región."
    ),
    "en": "The feud between the two gangs has brought countless shootouts and kidnappings.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_multitude_of_acts_with_no_number_is_no_happening(language: str) -> None:
    only_the_news(MULTITUDE[language], language)


def test_a_vague_multitude_of_people_still_counts() -> None:
    text = "Un ataque armado contra un bar de Salvatierra dejó numerosos heridos este martes."
    events = live(run(text, "es"))
    injured = [c.value for e in events for c in e.counts if c.what == "injured"]
    assert injured == [3]
    # and a trend's share is no count of dead ("del 25 %")
    trend = "Las autoridades reportan un incremento del 25 % en homicidios en el estado."
    assert not any(e.fatalities == 25 for e in run(NEWS["es"] + trend, "es"))


HABIT = {
    "es": "Los comerciantes dicen que en el mercado se registran asaltos y balaceras a diario.",
    "en": "Shopkeepers say at least one person is killed every day near the market.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_acts_told_as_a_habit_are_no_happening(language: str) -> None:
    only_the_news(HABIT[language], language)
    if language == "es":
        # an outlet's name is no habit: "dijo a Diario de Salvatierra"
        told = NEWS["es"].replace("informó la Fiscalía del estado", "dijo a Diario de Salvatierra")
        news = [e for e in live(run(told + HABIT["es"], "es")) if e.category == "attack"]
        assert len(news) == 1 and news[0].fatalities == 2


DEMAND = {
    "es": "Los familiares de las víctimas exigieron la detención de los responsables.",
    "en": "Relatives of the victims demanded the arrest of those responsible.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_an_arrest_demanded_is_no_arrest(language: str) -> None:
    events = run(NEWS[language] + DEMAND[language], language)
    assert not any(e.category == "arrest" for e in live(events))


FEAR = {
    "es": "Los vecinos de Salvatierra temen nuevos enfrentamientos entre las bandas.",
    "en": "Residents of Salvatierra fear new attacks by the gangs.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_acts_feared_are_no_happening(language: str) -> None:
    only_the_news(FEAR[language], language)


PLAN = {
    "es": "El gobernador anunció que se reforzarán los operativos para prevenir ataques.",
    "en": "The governor asked vendors to close early to prevent attacks.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_operations_to_come_and_attacks_to_prevent_are_no_happening(language: str) -> None:
    events = run(NEWS[language] + PLAN[language], language)
    assert not any(told_live([e], PLAN[language]) for e in live(events))


CATALOGUE = {
    "es": (
        "Desde que empezó la pugna, en la sierra hay asaltos, extorsiones, familias "
        "desplazadas y bloqueos donde hombres armados revisan los teléfonos."
    ),
    "en": (
        "Since the feud began there were carjackings, kidnappings, bystanders caught in "
        "crossfires and roadblocks where gunmen checked phones."
    ),
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_catalogue_of_violence_is_no_happening(language: str) -> None:
    only_the_news(CATALOGUE[language], language)
    # a catalogue with a place or a day of its own is news
    news = {
        "es": "Hubo balaceras y bloqueos en Salvatierra este martes.",
        "en": "There were shootings and roadblocks in Salvatierra on Tuesday.",
    }[language]
    assert any(e.category == "roadblock" for e in live(run(news, language)))


CAMERA = {
    "es": (
        "Una cámara de vigilancia capturó el momento en que los agresores huyeron. Una vez "
        "que la camioneta se detuvo, los hombres bajaron corriendo."
    ),
    "en": "The attack was captured on a surveillance video shared by neighbours.",
}


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_camera_that_captures_and_a_truck_that_stops_arrest_no_one(language: str) -> None:
    events = run(NEWS[language] + CAMERA[language], language)
    assert not any(e.category == "arrest" for e in live(events))


DENIED_PASSIVE = [
    "Las autoridades destacaron que no se instalaron más bloqueos en la región.",
    "En el lugar no se encontraron casquillos ni se localizaron más cuerpos.",
]


@pytest.mark.parametrize("sentence", DENIED_PASSIVE)
def test_a_denied_passive_of_finding_or_setting_up_reports_nothing(sentence: str) -> None:
    # the Spanish "se" passive: "no se instalaron más bloqueos" denies the roadblocks
    events = run(NEWS["es"] + sentence, "es")
    assert not told_live(events, sentence)
    news = [e for e in live(events) if e.category == "attack"]
    assert len(news) == 1 and not any(c.what == "bodies" for c in news[0].counts)
