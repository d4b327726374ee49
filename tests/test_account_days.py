"""The day of an event its own words do not date: the running day of the account it goes on
telling (a round-up's "El domingo…" before it), or, for a lead dated only by the day a
source spoke, the day the next sentences tell its incident on. One test per phrasing class,
in Spanish and English; every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

MONDAY = date(2024, 7, 1)


def live(text: str, published: date, language: str) -> list[EventRecord]:
    events = extract(Article(text=text, published=published, language=language))
    return [e for e in events if e.status in ("reported", "disputed")]


def test_an_undated_act_of_a_round_up_takes_the_day_told_before_it() -> None:
    text = (
        "Entre el viernes y el domingo, al menos seis personas fueron asesinadas en Guerrero.\n\n"
        "El viernes por la noche, un taxista fue asesinado a balazos en Acapulco.\n\n"
        "El domingo por la mañana, hombres armados atacaron un bar en la colonia Centro de "
        "Chilpancingo.\n\n"
        "En Iguala, policías estatales detuvieron a dos hombres con armas largas."
    )
    (arrest,) = [e for e in live(text, MONDAY, "es") if e.category == "arrest"]
    assert arrest.date == "2024-06-30"


def test_an_undated_act_of_an_english_round_up_takes_the_day_told_before_it() -> None:
    text = (
        "At least nine people were killed in Guanajuato between Friday and Sunday, "
        "authorities said.\n\n"
        "Gunmen attacked a family party in Irapuato on Sunday, killing four people.\n\n"
        "Police found the bodies of two men in a vacant lot in Silao."
    )
    (found,) = [e for e in live(text, MONDAY, "en") if e.category == "body_discovery"]
    assert found.date == "2024-06-30"


def test_a_lead_dated_by_its_source_takes_the_day_the_next_sentence_tells() -> None:
    text = (
        "Gunmen burned a dozen vehicles and blocked highways across the state of Jalisco, "
        "authorities said Wednesday.\n\n"
        "Videos on social media showed armed men setting buses on fire late Tuesday near the "
        "town of Tlaquepaque."
    )
    (blockade,) = [e for e in live(text, date(2024, 3, 13), "en") if e.category == "roadblock"]
    assert blockade.date == "2024-03-12"


def test_a_day_inside_what_a_source_said_dates_the_incident() -> None:
    text = (
        "3 police killed in Mexico ambush\n\n"
        "MEXICO CITY (AP) — Mexico's federal police said three officers have been killed in an "
        "attack in the state of Michoacan.\n\n"
        "The agency said the officers were on a routine patrol near Morelia on Thursday when "
        "they came under fire from assailants."
    )
    (attack,) = live(text, date(2024, 3, 15), "en")
    assert attack.date == "2024-03-14"
