"""Background that runs on past its dated sentence, and days ahead that never date an event
(issue 9): "In March, gunmen ambushed… Then they had set fire to…", "…seven bodies were
recovered. The bodies were found in a truck", "ahead of the June 2 elections". One test per
class of phrasing, with the Spanish twin where the rule is shared; every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 16)  # a Tuesday
NEWS = "Gunmen killed three men at a car wash in Uruapan, Michoacán, on Monday. "
NOTICIA = "Sicarios asesinaron a tres hombres en un autolavado de Uruapan, Michoacán, el lunes. "


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def status_of(events: list[EventRecord], words: str) -> set[str]:
    return {e.status for e in events if any(words in ev.text for ev in e.evidence)}


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            NEWS + "In March, gunmen ambushed a police convoy near Apatzingán. Then they set fire "
            "to the patrol trucks.",
            "Then they set fire",
        ),
        (
            "es",
            NOTICIA + "En marzo, sicarios emboscaron a un convoy policial cerca de Apatzingán. "
            "Luego incendiaron las patrullas.",
            "Luego incendiaron",
        ),
    ],
)
def test_a_sentence_that_opens_with_then_goes_on_telling_the_background(
    language: str, text: str, words: str
) -> None:
    assert status_of(run(language, text), words) == {"historical"}


def test_a_pluperfect_after_a_background_sentence_goes_on_telling_it() -> None:
    text = (
        NEWS + "In March, gunmen ambushed a police convoy near Apatzingán. The attackers had "
        "torched two patrol trucks on the highway."
    )
    assert status_of(run("en", text), "had torched") == {"historical"}


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            NEWS + "In February, nine bodies were recovered from a ravine near Zamora. The bodies "
            "were found wrapped in blankets in Jacona.",
            "The bodies were found",
        ),
        (
            "es",
            NOTICIA + "En febrero, nueve cuerpos fueron hallados en una barranca de Zamora. Los "
            "cuerpos fueron localizados envueltos en cobijas en Jacona.",
            "Los cuerpos fueron localizados",
        ),
    ],
)
def test_a_noun_of_the_background_sentence_named_again_goes_on_telling_it(
    language: str, text: str, words: str
) -> None:
    assert status_of(run(language, text), words) == {"historical"}


def test_a_sentence_with_a_date_of_its_own_is_news_again() -> None:
    text = (
        NEWS + "In February, nine bodies were recovered from a ravine near Zamora. The bodies "
        "of two more men were found in Jacona on Monday."
    )
    assert status_of(run("en", text), "were found in Jacona") == {"reported"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a candidate for mayor in Tlapa, Guerrero, ahead of the December 6 vote.",
        "Gunmen killed a candidate for mayor in Tlapa, Guerrero, days before a runoff set for "
        "December 6.",
    ],
)
def test_a_day_ahead_never_dates_the_event(text: str) -> None:
    events = run("en", text)
    attack = [e for e in events if e.category == "attack"]
    assert [e.status for e in attack] == ["reported"]
    assert attack[0].date is None or str(attack[0].date) <= PUB.isoformat()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Roads in Jalisco reopened on Tuesday. The cartel's leader was killed in an operation "
            "by the Army at dawn on Sunday in Tapalpa, Jalisco.",
        ),
        (
            "es",
            "Las carreteras de Jalisco reabrieron el martes. El líder del cártel murió en un "
            "operativo del Ejército la madrugada del domingo en Tapalpa, Jalisco.",
        ),
    ],
)
def test_a_killing_in_an_operation_keeps_its_day_and_town(language: str, text: str) -> None:
    events = [e for e in run(language, text) if any("Tapalpa" in v.text for v in e.evidence)]
    assert {(e.status, str(e.date)) for e in events} == {("reported", "2025-09-14")}
    assert {loc.admin2 for e in events for loc in e.locations} == {"Tapalpa"}


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Police arrested a suspect in Orizaba on Monday. Months earlier, in February, armed "
            "men had taken a radio host from her home. Her body was found the following day on "
            "a road near Tehuacán.",
            "Her body was found",
        ),
        (
            "es",
            "La policía detuvo a un sospechoso en Orizaba el lunes. En febrero, hombres armados "
            "se llevaron de su casa a una locutora. Su cuerpo fue hallado al día siguiente en "
            "una carretera cerca de Tehuacán.",
            "Su cuerpo fue hallado",
        ),
    ],
)
def test_a_time_counted_from_the_background_goes_on_telling_it(
    language: str, text: str, words: str
) -> None:
    # "the following day", "al día siguiente": the day after the February happening
    assert status_of(run(language, text), words) == {"historical"}


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "es",
            "Un tribunal condenó a tres hombres por la masacre de nueve jornaleros en un rancho "
            "de Caborca en 2019, informó la Fiscalía. Un cuarto acusado obtuvo un amparo. La "
            "masacre fue perpetrada por un comando que llegó en dos camionetas.",
            "La masacre fue perpetrada",
        ),
        (
            "en",
            "A court convicted three men for the ambush of eleven police officers near "
            "Coahuayana in 2021, prosecutors said. A fourth defendant was freed on appeal. The "
            "ambush was carried out by gunmen who blocked the road with trucks.",
            "The ambush was carried out",
        ),
    ],
)
def test_an_event_noun_told_again_goes_on_telling_its_background(
    language: str, text: str, words: str
) -> None:
    # "La masacre…", "The ambush…" two sentences after the dated one: the same happening
    assert status_of(run(language, text), words) == {"historical"}


def test_an_event_noun_of_the_same_kind_names_the_crime_an_arrest_was_for() -> None:
    # "The killing…" right after the arrest for the March murder: that murder again
    text = (
        "Federal agents have arrested a gang leader accused of ordering the murder of a radio "
        "host in Zitácuaro in March, the security ministry said Friday. The killing of the "
        "radio host drew condemnation from press groups."
    )
    events = extract(Article(text=text, published=date(2026, 8, 28), language="en"))
    assert [e.category for e in events if e.status == "reported"] == ["arrest"]
