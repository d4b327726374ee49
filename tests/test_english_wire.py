"""English wire phrasing found on fresh pages (issue 9): a wire dateline with its day and
agency, an arrest ordered (a warrant, not an arrest), running totals "so far in" a year and a
state "one of the six states that…", forces that "confronted" armed men and the confrontation
named again with its day. One test per class of phrasing, with the Spanish twin where the rule
is shared; every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 16)  # a Tuesday
NEWS = "Gunmen killed three men at a car wash in Uruapan, Michoacán, on Monday. "


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def test_a_wire_dateline_with_day_and_agency_is_no_place_of_the_event() -> None:
    text = (
        "Five gunmen killed in Mexico\n\nMexico City, Sep 16 (IANS) Five gunmen were killed in "
        "a clash with soldiers in Nuevo Laredo, Tamaulipas, the Defence Ministry said Monday."
    )
    states = {loc.admin1 for e in live(run("en", text)) for loc in e.locations}
    assert states == {"Tamaulipas"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", NEWS + "On Monday night a judge ordered the arrest of two suspects."),
        ("en", NEWS + "Four municipal police officers were ordered arrested over the killings."),
        (
            "es",
            "Sicarios asesinaron a tres hombres en Uruapan, Michoacán, el lunes. Un juez "
            "ordenó la captura de dos sospechosos.",
        ),
    ],
)
def test_an_arrest_ordered_is_no_arrest(language: str, text: str) -> None:
    assert [e.category for e in live(run(language, text))] == ["attack"]


@pytest.mark.parametrize(
    "tally",
    [
        "Officials said there have been 1,204 homicides in the state so far in 2025.",
        "Michoacán is one of the six states that account for about half of the country's "
        "homicides, according to federal figures.",
    ],
)
def test_a_state_tally_next_to_the_news_is_a_statistic(tally: str) -> None:
    events = run("en", NEWS + tally)
    assert {e.status for e in events if tally[:30] in e.evidence[0].text} == {"statistic"}


def test_forces_that_confront_armed_men_clash() -> None:
    events = run("en", "Soldiers confronted criminals near Tepalcatepec, Michoacán, on Monday.")
    assert [e.category for e in live(events)] == ["armed_clash"]


def test_the_confrontation_named_again_gives_its_day() -> None:
    text = (
        "Mexican soldiers killed six alleged gunmen in Tamaulipas, officials said Tuesday. The "
        "state prosecutor said the confrontation occurred Sunday morning in Mier."
    )
    clashes = [e for e in live(run("en", text)) if e.category == "armed_clash"]
    assert [str(e.date) for e in clashes] == ["2025-09-14"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Residents of Reynosa, Tamaulipas, protested against the National Guard on Monday."),
        ("es", "Vecinos de Reynosa, Tamaulipas, protestaron contra la Guardia Nacional el lunes."),
    ],
)
def test_a_protest_against_someone_is_news(language: str, text: str) -> None:
    assert [(e.category, e.status) for e in run(language, text)] == [("protest", "reported")]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Cartel gunmen burn buses\n\nGunmen set fire to buses in two states after troops "
            "raided a ranch. One person was killed and four were arrested in Colima and "
            "Michoacán, two of Mexico's most violent states, officials said.",
            "One person was killed",
        ),
        (
            "es",
            "Sicarios queman autobuses\n\nSicarios incendiaron autobuses en dos estados tras un "
            "cateo militar. Una persona murió y cuatro fueron detenidas en Colima y Michoacán, dos "
            "de los estados más violentos del país, informaron las autoridades.",
            "Una persona murió",
        ),
    ],
)
def test_a_rank_that_only_describes_a_place_makes_no_tally(
    language: str, text: str, words: str
) -> None:
    events = run(language, text)
    assert {e.status for e in events if any(words in x.text for x in e.evidence)} == {"reported"}


def test_it_is_not_the_first_time_tells_background() -> None:
    text = (
        "Cartel members set fire to buses in Colima on Tuesday. It is not the first time that "
        "cartel members have answered military operations with blockades."
    )
    events = live(run("en", text))
    assert not [e.category for e in events if "first time" in e.evidence[0].text]
